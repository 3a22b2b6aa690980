import { createTestApi, getJson, postJson, TestApi, TestSession } from '@rapport/api-testing';
import { GOOD_RATINGS, ReviewWorld, seedReviewWorld, SIMPLE_RUBRIC } from './review-fixtures';

jest.setTimeout(120_000);

interface Summary {
  id: string;
  scores: { responsiveness: number | null; courtesy: number | null; comprehension: number | null; overall: number | null };
}

const NO_SCORES = { responsiveness: null, courtesy: null, comprehension: null, overall: null };
const MONTH = 'from=2026-03-01&to=2026-03-31';

/** The reviews fixture's conversations in CSV: header and one record per line, semicolon-separated, no quoting needed. */
function csvRecords(text: string): Array<Record<string, string>> {
  const [header, ...rows] = text.replace(/^\uFEFF/, '').split('\r\n').filter((line) => line.length > 0);
  const names = (header as string).split(';');
  return rows.map((row) => Object.fromEntries(row.split(';').map((value, index) => [names[index], value])));
}

describe('reviews: lists, drill-downs and exports stay blind while the caller has a review to do', () => {
  let api: TestApi;
  let world: ReviewWorld;
  let reviewer: TestSession;
  let hidden: Array<{ id: string; conversationId: string }>;
  let everything: Summary[];

  beforeAll(async () => {
    api = await createTestApi();
    world = await seedReviewWorld(api);
    reviewer = world.reviewers[0];
    const rubricId = (await postJson(api, '/api/reviews/rubrics', SIMPLE_RUBRIC, world.lead.headers)).body.id;
    const queue = await postJson(
      api,
      '/api/reviews/queues',
      { name: 'blind lists', rubricId, seed: 5, from: '2026-03-01', to: '2026-03-31', rule: { kind: 'random', perVendorWeek: 1 }, reviewerIds: [reviewer.user.id] },
      world.lead.headers,
    );
    expect(queue.status).toBe(201);
    hidden = (await getJson(api, `/api/reviews/queues/${queue.body.id}/assignments`, world.lead.headers)).body;
    // Two vendors × two weeks, one each.
    expect(hidden).toHaveLength(4);
    everything = (await getJson(api, `/api/conversations?${MONTH}&pageSize=100`, world.admin.headers)).body.items;
    expect(everything).toHaveLength(world.conversations);
  });
  afterAll(() => api.close());

  const list = async (session: TestSession, query: string): Promise<Summary[]> => {
    const response = await getJson(api, `/api/conversations?${MONTH}&pageSize=100&${query}`, session.headers);
    expect(response.status).toBe(200);
    return response.body.items;
  };
  const hiddenIds = () => new Set(hidden.map((item) => item.conversationId));
  const scoreOf = (id: string) => everything.find((item) => item.id === id)?.scores.overall as number;

  it('lists the conversations to review without their scores, the others with theirs', async () => {
    const seen = await list(reviewer, 'sort=createdAt');
    expect(seen).toHaveLength(world.conversations);
    for (const item of seen) {
      const truth = everything.find((other) => other.id === item.id) as Summary;
      expect(typeof truth.scores.overall).toBe('number');
      expect(item.scores).toEqual(hiddenIds().has(item.id) ? NO_SCORES : truth.scores);
    }
    // Another reviewer sees every score.
    expect((await list(world.reviewers[1], 'sort=createdAt')).every((item) => item.scores.overall !== null)).toBe(true);
  });

  it('neither includes nor excludes a hidden conversation by its score in a score band, and sorts it as unscored', async () => {
    const target = hidden[0]?.conversationId as string;
    const score = scoreOf(target);
    // The band holding exactly its score finds it for the admin, never for the reviewer; nor does the band outside it.
    expect((await list(world.admin, `overallMin=${score}&overallMax=${score}`)).map((item) => item.id)).toContain(target);
    expect((await list(reviewer, `overallMin=${score}&overallMax=${score}`)).map((item) => item.id)).not.toContain(target);
    expect((await list(reviewer, `overallMin=0&overallMax=100`)).map((item) => item.id)).not.toContain(target);
    for (const sort of ['overall', '-overall', '-courtesy']) {
      const order = (await list(reviewer, `sort=${sort}`)).map((item) => item.id);
      // Unknown values go last in either direction: the four hidden ones are the last four.
      expect(new Set(order.slice(-4))).toEqual(hiddenIds());
    }
  });

  it('leaves hidden conversations out of the drill-down by fired rule and by scorer signal', async () => {
    const target = hidden[0]?.conversationId as string;
    const detail = (await getJson(api, `/api/conversations/${target}`, world.admin.headers)).body;
    const rule = detail.evidence[0]?.rule as string;
    expect(rule).toEqual(expect.any(String));
    expect((await list(world.admin, `rule=${encodeURIComponent(rule)}`)).map((item) => item.id)).toContain(target);
    const examples = await list(reviewer, `rule=${encodeURIComponent(rule)}&sort=csat`);
    expect(examples.length).toBeGreaterThan(0);
    expect(examples.some((item) => hiddenIds().has(item.id))).toBe(false);
    for (const signal of ['language-mismatch', 'clarification-request', 'asks-other-agent']) {
      expect((await list(reviewer, `signals=${signal}`)).some((item) => hiddenIds().has(item.id))).toBe(false);
    }
  });

  it('exports the conversations to review without scores, scorer version or fired rules', async () => {
    const download = async (session: TestSession) => {
      const response = await fetch(`${api.url}/api/exports/conversations?${MONTH}&separator=semicolon`, { headers: session.headers });
      expect(response.status).toBe(200);
      return csvRecords(await response.text());
    };
    const full = await download(world.admin);
    const blind = await download(reviewer);
    expect(blind).toHaveLength(world.conversations);
    for (const record of blind) {
      const truth = full.find((other) => other['conversation_id'] === record['conversation_id']) as Record<string, string>;
      expect(truth['overall']).not.toBe('');
      if (hiddenIds().has(record['conversation_id'] as string)) {
        for (const column of ['overall', 'courtesy', 'comprehension', 'responsiveness', 'scorer_version', 'fired_rules']) {
          expect(record[column]).toBe('');
        }
        expect(record['external_id']).toBe(truth['external_id']);
      } else {
        expect(record).toEqual(truth);
      }
    }
    // A band filter on the export is blind in the same way.
    const target = hidden[0]?.conversationId as string;
    const score = scoreOf(target);
    const response = await fetch(`${api.url}/api/exports/conversations?${MONTH}&separator=semicolon&overallMin=${score}&overallMax=${score}`, { headers: reviewer.headers });
    expect(csvRecords(await response.text()).map((record) => record['conversation_id'])).not.toContain(target);
  });

  it('shows everything again once the review is submitted', async () => {
    const [first] = hidden;
    const submit = await postJson(api, `/api/reviews/assignments/${first?.id}/submit`, { ratings: GOOD_RATINGS }, reviewer.headers);
    expect(submit.status).toBe(201);
    const seen = await list(reviewer, 'sort=createdAt');
    expect(seen.find((item) => item.id === first?.conversationId)?.scores.overall).toBe(scoreOf(first?.conversationId as string));
    expect(seen.filter((item) => item.scores.overall === null)).toHaveLength(3);
  });
});
