import { CONVERSATION_MIGRATIONS } from '@rapport/api-conversations';
import { buildConversation, createTestApi, getJson, loginAs, postJson, seedVendor, TestApi, TestSession } from '@rapport/api-testing';
import type { ConversationSummaryDto } from '@rapport/contracts';
import { detail, ingest } from '../settings/rescore-helpers';

// Boots the whole API on a fresh database and signs users in with argon2; CI machines are small.
jest.setTimeout(120_000);

/** Answers on the 0–10 scale: satisfied from 8 (top-3-box, libs/analytics/METHODS.md), as every aggregate counts. */
const ANSWERS = [
  { questionKey: 'csat', score: 8, satisfied: true },
  { questionKey: 'agent', score: 7, satisfied: false },
  { questionKey: 'resolution', score: 10, satisfied: true },
];

describe('one "satisfied" rule for stored survey answers and aggregates', () => {
  let api: TestApi;
  let admin: TestSession;
  let id: string;

  beforeAll(async () => {
    api = await createTestApi();
    admin = await loginAs(api, 'admin');
    const vendor = await seedVendor(api);
    const conversation = buildConversation({ vendor: vendor.slug, createdAt: '2026-03-02T10:00:00.000Z' });
    [id] = (await ingest(api, admin.headers, [conversation])) as [string];
    const surveys = ANSWERS.map(({ questionKey, score }) => ({ source: 'test', conversationExternalId: conversation.externalId, questionKey, score, scale: '0-10', answeredAt: '2026-03-02T11:00:00.000Z' }));
    const response = await postJson(api, '/api/surveys/batch', surveys, admin.headers);
    expect(response.body.counts).toMatchObject({ created: 3, failed: 0 });
  });
  afterAll(() => api.close());

  async function stored(): Promise<Array<[string, boolean]>> {
    const rows: Array<{ question_key: string; satisfied: boolean | number }> = await api.dataSource.query('SELECT question_key, satisfied FROM csat_surveys ORDER BY question_key');
    return rows.map((row) => [row.question_key, row.satisfied === true || row.satisfied === 1]);
  }

  const expected = ANSWERS.map(({ questionKey, satisfied }) => [questionKey, satisfied] as [string, boolean]).sort(([a], [b]) => a.localeCompare(b));

  it('stores 8 of 0–10 as satisfied, like the analytics rule, and shows it so on the conversation', async () => {
    expect(await stored()).toEqual(expected);
    const surveys = (await detail(api, admin.headers, id)).surveys;
    expect(surveys.map((survey) => [survey.questionKey, survey.satisfied]).sort(([a], [b]) => String(a).localeCompare(String(b)))).toEqual(expected);
    expect(surveys.find((survey) => survey.questionKey === 'csat')).toMatchObject({ score: 8, normalized: 80, satisfied: true });
    // The list reads the analytics facts, which pick the `csat` question: the same verdict.
    const list = await getJson(api, '/api/conversations?month=2026-03', admin.headers);
    expect((list.body.items as ConversationSummaryDto[]).find((item) => item.id === id)?.csatSatisfied).toBe(true);
  });

  it('the migration recomputes answers stored under the earlier top-2-box rule', async () => {
    // As the earlier rule stored them: 8 of 0–10 not satisfied.
    await api.dataSource.query(`UPDATE csat_surveys SET satisfied = ${api.database.kind === 'postgres' ? 'false' : '0'} WHERE score = 8`);
    expect(await stored()).not.toEqual(expected);
    const migration = CONVERSATION_MIGRATIONS.find((candidate) => candidate.name === 'CsatSatisfiedRule1764000000130');
    expect(migration).toBeDefined();
    const runner = api.dataSource.createQueryRunner();
    try {
      await new (migration as NonNullable<typeof migration>)().up(runner);
    } finally {
      await runner.release();
    }
    expect(await stored()).toEqual(expected);
  });
});
