import { createTestApi, getJson, postJson, TestApi } from '@rapport/api-testing';
import { GOOD_RATINGS, ReviewWorld, seedReviewWorld, SIMPLE_RUBRIC } from './review-fixtures';

jest.setTimeout(120_000);

interface ReviewedScore {
  vendor: { id: string };
  status: string;
  n: number;
  mean: number | null;
}

describe('reviews: reviewed QA scores by the period of the reviewed conversations', () => {
  let api: TestApi;
  let world: ReviewWorld;

  beforeAll(async () => {
    api = await createTestApi();
    world = await seedReviewWorld(api);
    const rubricId = (await postJson(api, '/api/reviews/rubrics', SIMPLE_RUBRIC, world.lead.headers)).body.id;
    // Two conversations per vendor and ISO week of March (the weeks of the 2nd and the 9th), all reviewed today.
    const queue = await postJson(
      api,
      '/api/reviews/queues',
      {
        name: 'scores',
        rubricId,
        seed: 4,
        from: '2026-03-01',
        to: '2026-03-31',
        rule: { kind: 'random', perVendorWeek: 2 },
        reviewerIds: [world.reviewers[0].user.id],
      },
      world.lead.headers,
    );
    const items: Array<{ id: string }> = (
      await getJson(api, `/api/reviews/queues/${queue.body.id}/assignments`, world.lead.headers)
    ).body;
    expect(items).toHaveLength(8);
    for (const item of items) {
      const submit = await postJson(
        api,
        `/api/reviews/assignments/${item.id}/submit`,
        { ratings: GOOD_RATINGS },
        world.reviewers[0].headers,
      );
      expect(submit.status).toBe(201);
    }
  });
  afterAll(() => api.close());

  const scores = async (query: string, headers = world.lead.headers): Promise<ReviewedScore[]> => {
    const response = await getJson(api, `/api/reviews/vendor-scores?minReviews=2&${query}`, headers);
    expect(response.status).toBe(200);
    return response.body;
  };
  const byVendor = (list: ReviewedScore[]) => list.map((score) => [score.vendor.id, score.n]);

  it('counts reviews of the conversations of the period, whenever they were submitted', async () => {
    const march = await scores('from=2026-03-01&to=2026-03-31&periodOf=conversation');
    expect(byVendor(march)).toEqual([
      [world.vendorA.id, 4],
      [world.vendorB.id, 4],
    ]);
    // Every review gets (1×75 + 3×100 + 1×100 + 1×40) / 6 (see GOOD_RATINGS).
    for (const score of march) {
      expect(score.status).toBe('ok');
      expect(score.mean).toBeCloseTo(515 / 6, 10);
    }
    expect(byVendor(await scores('from=2026-03-09&to=2026-03-31&periodOf=conversation'))).toEqual([
      [world.vendorA.id, 2],
      [world.vendorB.id, 2],
    ]);
    // By submission day (the default) March holds none of them: they were all submitted today.
    expect(await scores('from=2026-03-01&to=2026-03-31')).toEqual([]);
  });

  it('shows a partner its own vendor only, and refuses an unknown period basis', async () => {
    expect(
      byVendor(await scores('from=2026-03-01&to=2026-03-31&periodOf=conversation', world.partnerB.headers)),
    ).toEqual([[world.vendorB.id, 4]]);
    const bad = await getJson(api, '/api/reviews/vendor-scores?periodOf=import', world.lead.headers);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('periodOf');
  });
});
