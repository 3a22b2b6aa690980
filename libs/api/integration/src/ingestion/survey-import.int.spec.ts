import { createTestApi, loginAs, seedVendor, TestApi } from '@rapport/api-testing';
import { count, errorLines, fixture, importFile } from './import-helpers';

jest.setTimeout(60_000);

interface StoredSurvey {
  conversation: string;
  question_key: string;
  score: number;
  scale: string;
  normalized: number;
  linked: string | null;
  agent: string | null;
  comment: string | null;
  answered_at: string;
}

describe('CSAT survey imports', () => {
  let api: TestApi;
  let admin: Record<string, string>;
  const surveys = () => importFile(api, admin, { name: 'surveys.csv', content: fixture('surveys.csv') }, { format: 'survey-csv', source: 'crm' });
  const conversations = () => importFile(api, admin, { name: 'conversations.jsonl', content: fixture('surveyed-conversations.jsonl') }, { format: 'jsonl' });

  async function stored(): Promise<StoredSurvey[]> {
    const rows: StoredSurvey[] = await api.dataSource.query(
      `SELECT s.conversation_external_id AS conversation, s.question_key, s.score, s.scale, s.normalized, s.comment, s.answered_at,
              c.external_id AS linked, a.external_id AS agent
         FROM csat_surveys s LEFT JOIN conversations c ON c.id = s.conversation_id LEFT JOIN agents a ON a.id = s.agent_id
        ORDER BY s.conversation_external_id, s.question_key`,
    );
    return rows.map((row) => ({ ...row, score: Number(row.score), normalized: Number(row.normalized) }));
  }

  beforeEach(async () => {
    api = await createTestApi();
    admin = (await loginAs(api, 'admin')).headers;
    await seedVendor(api, { slug: 'acme' });
  });
  afterEach(() => api.close());

  it('stores valid answers and reports scores outside their scale, unknown scales, bad times and duplicates by line', async () => {
    const job = await surveys();
    expect(job).toMatchObject({ status: 'completed', recordKind: 'surveys', counts: { received: 11, created: 5, updated: 0, unchanged: 0, failed: 6 } });
    const errors = await errorLines(api, admin, job.id);
    expect(errors.map((error) => [error.line, error.field])).toEqual([
      [5, 'score'],
      [6, 'answered_at'],
      [8, 'scale'],
      [9, 'conversation_id'],
      [10, 'conversation_id'],
      [11, 'score'],
    ]);
    expect(errors[0]?.reason).toMatch(/score 8 is outside the 1-5 scale/);
    expect(errors[4]?.reason).toMatch(/duplicate answer to question "csat" for conversation "c-1" \(first on line 2\)/);
    const answers = await stored();
    expect(answers.map((a) => [a.conversation, a.question_key, a.score, a.scale, Math.round(a.normalized), a.answered_at])).toEqual([
      ['c-1', 'csat', 5, '1-5', 100, '2026-03-02T12:00:00.000Z'],
      ['c-1', 'nps', 9, '0-10', 90, '2026-03-02T12:00:00.000Z'],
      ['c-2', 'csat', 3, '1-7', 33, '2026-03-02T10:00:00.000Z'],
      ['c-5', 'csat', 1, 'thumbs', 100, '2026-03-02T12:00:00.000Z'],
      ['c-8', 'csat', 2, '1-5', 25, '2026-03-02T12:00:00.000Z'],
    ]);
  });

  it('keeps answers that arrive before their conversation and links and credits them when it arrives', async () => {
    const first = await surveys();
    expect(first.surveysWaiting).toBe(5);
    expect((await stored()).map((a) => a.linked)).toEqual([null, null, null, null, null]);

    await conversations();
    const answers = await stored();
    expect(answers.map((a) => [a.conversation, a.question_key, a.linked, a.agent])).toEqual([
      // The last customer-visible agent reply before the answer: ben at 11:30 (cara's 11:40 note is internal, ana's 13:00 is later).
      ['c-1', 'csat', 'c-1', 'ben'],
      ['c-1', 'nps', 'c-1', 'ben'],
      // Answered 12:00+02:00 = 10:00 UTC: ana replied at 09:50, ben only at 10:30.
      ['c-2', 'csat', 'c-2', 'ana'],
      ['c-5', 'csat', null, null],
      // The survey names its agent: credited to ben although ana wrote the last reply.
      ['c-8', 'csat', 'c-8', 'ben'],
    ]);
  });

  it('links answers at once when the conversation is already stored, and recomputes credit when it is updated', async () => {
    await conversations();
    const job = await surveys();
    expect(job.surveysWaiting).toBe(1);
    expect((await stored()).find((a) => a.conversation === 'c-1' && a.question_key === 'csat')?.agent).toBe('ben');

    const updated = JSON.parse(fixture('surveyed-conversations.jsonl').split('\n')[0] as string);
    updated.messages.splice(4, 0, { role: 'agent', at: '2026-03-02T11:45:00Z', text: 'Tracking number sent by e-mail.', agentId: 'cara' });
    const update = await importFile(api, admin, { name: 'later.jsonl', content: JSON.stringify(updated) }, { format: 'jsonl' });
    expect(update.counts).toMatchObject({ updated: 1, failed: 0 });
    expect((await stored()).filter((a) => a.conversation === 'c-1').map((a) => a.agent)).toEqual(['cara', 'cara']);
  });

  it('imports survey JSON, updating a changed answer and leaving identical ones unchanged', async () => {
    await surveys();
    const json = JSON.stringify({
      responses: [
        { conversationExternalId: 'c-2', questionKey: 'csat', score: 6, scale: '1-7', comment: 'Better after the refund', answeredAt: '2026-03-02T10:00:00Z' },
        { conversationExternalId: 'c-1', questionKey: 'nps', score: 9, scale: '0-10', answeredAt: '2026-03-02T12:00:00Z' },
        { conversationExternalId: 'c-9', score: 11, scale: '0-10', answeredAt: '2026-03-02T12:00:00Z' },
      ],
    });
    const job = await importFile(api, admin, { name: 'responses.json', content: json }, { format: 'survey-json', source: 'crm' });
    expect(job.counts).toEqual({ received: 3, created: 0, updated: 1, unchanged: 1, failed: 1 });
    expect((await stored()).find((a) => a.conversation === 'c-2')).toMatchObject({ score: 6, comment: 'Better after the refund' });
    expect(await count(api, 'csat_surveys')).toBe(5);
  });

  it('refuses a survey CSV without a source before reading it', async () => {
    const form = await importFile(api, admin, { name: 'surveys.csv', content: fixture('surveys.csv') }, { format: 'survey-csv' }).catch((error: Error) => error.message);
    expect(form).toMatch(/upload refused with 400: .*source is required/);
  });
});
