import { createTestApi, getJson, postJson, TestApi } from '@rapport/api-testing';
import { ReviewWorld, seedReviewWorld } from './review-fixtures';

jest.setTimeout(120_000);

/** Human grades on 0–100 per automatic dimension, so they can be set to the automatic score plus a known offset. */
const DIMENSION_RUBRIC = {
  name: 'Dimensions',
  criteria: ['responsiveness', 'courtesy', 'comprehension'].map((dimension) => ({
    key: dimension,
    label: dimension,
    group: dimension,
    weight: 1,
    scale: '0-100',
  })),
};

interface Assignment {
  id: string;
  conversationId: string;
  language: string;
  reviewerId: string;
}

describe('calibration and automatic-vs-human agreement', () => {
  let api: TestApi;
  let world: ReviewWorld;
  let rubricId: string;

  beforeAll(async () => {
    api = await createTestApi();
    world = await seedReviewWorld(api);
    rubricId = (await postJson(api, '/api/reviews/rubrics', DIMENSION_RUBRIC, world.lead.headers)).body.id;
  });
  afterAll(() => api.close());

  const ratings = (values: number[]) =>
    DIMENSION_RUBRIC.criteria.map((criterion, index) => ({ criterion: criterion.key, value: values[index] ?? 0 }));

  it('has every reviewer of a calibration grade the same conversations, and reports their agreement', async () => {
    const page = await getJson(api, '/api/conversations?pageSize=3&sort=-createdAt', world.lead.headers);
    expect(page.body.items).toHaveLength(3);
    const conversationIds: string[] = page.body.items.map((item: { id: string }) => item.id);
    const reviewerIds = world.reviewers.map((reviewer) => reviewer.user.id);
    const session = await postJson(
      api,
      '/api/reviews/calibrations',
      { name: 'March calibration', rubricId, conversationIds, reviewerIds },
      world.lead.headers,
    );
    expect(session.status).toBe(201);
    expect(session.body).toMatchObject({ kind: 'calibration', items: 6 });

    // Both reviewers agree on the first two conversations and are 60 points apart on the third.
    const grades = [
      [ratings([20, 20, 20]), ratings([80, 80, 80]), ratings([10, 10, 10])],
      [ratings([20, 20, 20]), ratings([80, 80, 80]), ratings([70, 70, 70])],
    ];
    for (const [index, reviewer] of world.reviewers.entries()) {
      const mine = (
        (await getJson(api, '/api/reviews/assignments/mine', reviewer.headers)).body as Assignment[]
      ).filter((item) => conversationIds.includes(item.conversationId));
      expect(mine).toHaveLength(3);
      for (const item of mine) {
        const workspace = await getJson(api, `/api/reviews/assignments/${item.id}`, reviewer.headers);
        expect(workspace.body.automatic).toBeNull();
        const submitted = await postJson(
          api,
          `/api/reviews/assignments/${item.id}/submit`,
          { ratings: grades[index]?.[conversationIds.indexOf(item.conversationId)] },
          reviewer.headers,
        );
        expect(submitted.status).toBe(201);
      }
    }
    const report = await getJson(api, `/api/reviews/calibrations/${session.body.id}/report`, world.lead.headers);
    expect(report.status).toBe(200);
    const total = report.body.alphas.find(
      (alpha: { criterion: string; language: string | null }) => alpha.criterion === 'total' && alpha.language === null,
    );
    expect(total).toMatchObject({ level: 'interval', units: 3 });
    // Interval alpha (Krippendorff 2011) of two coders on three units (20, 20), (80, 80), (10, 70), by hand:
    // D_o = Σ within-unit δ² / n = 2 · 60² / 6; D_e = Σ over all ordered value pairs δ² / (n (n − 1)).
    const values = [20, 20, 80, 80, 10, 70];
    let sumAll = 0;
    for (const a of values) {
      for (const b of values) {
        sumAll += (a - b) ** 2;
      }
    }
    const expectedDe = sumAll / (values.length * (values.length - 1));
    const expectedDo = (2 * 60 ** 2) / values.length;
    expect(total.alpha).toBeCloseTo(1 - expectedDo / expectedDe, 10);
    expect(report.body.mostDisagreed[0]).toMatchObject({ conversationId: conversationIds[2], spread: 60 });
    expect(report.body.reviewers.map((reviewer: { submitted: number }) => reviewer.submitted)).toEqual([3, 3]);
    // Reviewer 1 grades the third conversation 60 below reviewer 2, so deviates by −60 / 3 on average.
    expect(report.body.reviewers[0].meanDeviation).toBeCloseTo(-20, 10);
    expect(
      (await getJson(api, `/api/reviews/calibrations/${session.body.id}/report`, world.partnerA.headers)).status,
    ).toBe(403);
  });

  it('compares automatic scores with human grades per dimension and language, with n and a minimum', async () => {
    const body = {
      name: 'agreement',
      rubricId,
      seed: 5,
      from: '2026-03-01',
      to: '2026-03-31',
      rule: { kind: 'stratified', perStratum: 2 },
      reviewerIds: [world.reviewers[0].user.id],
    };
    const queue = await postJson(api, '/api/reviews/queues', body, world.lead.headers);
    const items = (await getJson(api, `/api/reviews/queues/${queue.body.id}/assignments`, world.lead.headers))
      .body as Assignment[];
    const english = items.filter((item) => item.language === 'en');
    expect(english).toHaveLength(8);
    const offsets: number[] = [];
    for (const item of items.filter((entry) => entry.language !== 'pt')) {
      const conversation = (await getJson(api, `/api/conversations/${item.conversationId}`, world.admin.headers)).body;
      const courtesy = Math.round(conversation.scores.courtesy);
      // Human courtesy 10 points above the automatic score (rounded to the whole points a 0–100 criterion takes).
      const human = Math.min(100, courtesy + 10);
      if (item.language === 'en') {
        offsets.push(human - conversation.scores.courtesy);
      }
      const response = await postJson(
        api,
        `/api/reviews/assignments/${item.id}/submit`,
        { ratings: ratings([50, human, 50]) },
        world.reviewers[0].headers,
      );
      expect(response.status).toBe(201);
    }
    const agreement = await getJson(api, '/api/reviews/agreement?minReviews=8', world.lead.headers);
    expect(agreement.status).toBe(200);
    const cell = (language: string) =>
      agreement.body.cells.find(
        (c: { dimension: string; language: string; vendor: unknown }) =>
          c.dimension === 'courtesy' && c.language === language && c.vendor === null,
      );
    expect(cell('en')).toMatchObject({ n: 8, status: 'ok' });
    expect(cell('en').bias.mean).toBeCloseTo(offsets.reduce((a, b) => a + b, 0) / offsets.length, 10);
    expect(cell('pt')).toBeUndefined();
    const perVendor = agreement.body.cells.filter(
      (c: { dimension: string; language: string; vendor: unknown }) =>
        c.dimension === 'courtesy' && c.language === 'en' && c.vendor !== null,
    );
    expect(perVendor.map((c: { n: number; status: string }) => [c.n, c.status])).toEqual([
      [4, 'insufficient'],
      [4, 'insufficient'],
    ]);
    expect((await getJson(api, '/api/reviews/agreement', world.partnerA.headers)).status).toBe(403);
  });
});
