import { createTestApi, getJson, postJson, sendJson, TestApi, TestSession } from '@rapport/api-testing';
import { GOOD_RATINGS, ReviewWorld, seedReviewWorld, SIMPLE_RUBRIC } from './review-fixtures';

jest.setTimeout(120_000);

interface Assignment {
  id: string;
  conversationId: string;
  reviewerId: string;
}

const HIDDEN_SCORES = { responsiveness: null, courtesy: null, comprehension: null, overall: null };

describe('reviews: the conversation explorer stays blind while the caller has a review to do', () => {
  let api: TestApi;
  let world: ReviewWorld;
  let rubricId: string;

  beforeAll(async () => {
    api = await createTestApi();
    world = await seedReviewWorld(api);
    rubricId = (await postJson(api, '/api/reviews/rubrics', SIMPLE_RUBRIC, world.lead.headers)).body.id;
  });
  afterAll(() => api.close());

  async function queueOf(reviewer: TestSession, seed: number): Promise<Assignment[]> {
    const body = {
      name: `blind ${seed}`,
      rubricId,
      seed,
      from: '2026-03-01',
      to: '2026-03-31',
      rule: { kind: 'random', perVendorWeek: 1 },
      reviewerIds: [reviewer.user.id],
    };
    const queue = await postJson(api, '/api/reviews/queues', body, world.lead.headers);
    expect(queue.status).toBe(201);
    return (await getJson(api, `/api/reviews/queues/${queue.body.id}/assignments`, world.lead.headers)).body;
  }

  const explorer = (conversationId: string, session: TestSession) =>
    getJson(api, `/api/conversations/${conversationId}`, session.headers);

  it('hides scores, signals and evidence from the assigned reviewer until the review is submitted', async () => {
    const [reviewer, other] = world.reviewers;
    const [assignment] = await queueOf(reviewer, 7);
    const conversationId = assignment?.conversationId as string;

    const open = await explorer(conversationId, world.admin);
    expect(open.status).toBe(200);
    expect(open.body.blind).toBe(false);
    expect(typeof open.body.scores.overall).toBe('number');
    expect(open.body.signals).not.toBeNull();
    expect(open.body.scorerVersion).not.toBeNull();

    const hidden = await explorer(conversationId, reviewer);
    expect(hidden.status).toBe(200);
    expect(hidden.body).toMatchObject({
      blind: true,
      scores: HIDDEN_SCORES,
      signals: null,
      scorerVersion: null,
      evidence: [],
    });
    // The transcript and the rest stay readable.
    expect(hidden.body.messages).toEqual(open.body.messages);
    expect(hidden.body.id).toBe(conversationId);

    // Another reviewer without an assignment of this conversation sees it as before.
    expect((await explorer(conversationId, other)).body.scores).toEqual(open.body.scores);

    // A saved draft keeps it blind; the submitted review lifts it.
    const draft = await sendJson(
      api,
      'PUT',
      `/api/reviews/assignments/${assignment?.id}/review`,
      { ratings: GOOD_RATINGS.slice(0, 1), comments: [] },
      reviewer.headers,
    );
    expect(draft.status).toBe(200);
    expect((await explorer(conversationId, reviewer)).body.blind).toBe(true);
    const submit = await postJson(
      api,
      `/api/reviews/assignments/${assignment?.id}/submit`,
      { ratings: GOOD_RATINGS },
      reviewer.headers,
    );
    expect(submit.status).toBe(201);
    const revealed = await explorer(conversationId, reviewer);
    expect(revealed.body.blind).toBe(false);
    expect(revealed.body.scores).toEqual(open.body.scores);
    expect(revealed.body.evidence).toEqual(open.body.evidence);
    expect(revealed.body.signals).toEqual(open.body.signals);
  });

  it('is blind for a calibration session’s reviewers until each has submitted', async () => {
    const [first, second] = world.reviewers;
    // A conversation neither reviewer still has to grade in a queue (the first holds the rest of the test above's
    // queue), so only the calibration decides whether they are blind.
    const open = new Set<string>();
    for (const reviewer of [first, second]) {
      const items: Array<{ conversationId: string; reviewStatus: string | null }> = (await getJson(api, '/api/reviews/assignments/mine', reviewer.headers)).body;
      items.filter((item) => item.reviewStatus !== 'submitted').forEach((item) => open.add(item.conversationId));
    }
    const assignment = (await queueOf(world.lead, 11)).find((item) => !open.has(item.conversationId));
    expect(assignment).toBeDefined();
    const conversationId = assignment?.conversationId as string;
    const session = await postJson(
      api,
      '/api/reviews/calibrations',
      {
        name: 'Blind calibration',
        rubricId,
        conversationIds: [conversationId],
        reviewerIds: [first.user.id, second.user.id],
      },
      world.lead.headers,
    );
    expect(session.status).toBe(201);
    expect((await explorer(conversationId, first)).body.blind).toBe(true);
    expect((await explorer(conversationId, second)).body.blind).toBe(true);

    const mine: Array<{ id: string; conversationId: string; kind: string; reviewStatus: string | null }> = (
      await getJson(api, '/api/reviews/assignments/mine', first.headers)
    ).body;
    const calibration = mine.find((item) => item.conversationId === conversationId && item.kind === 'calibration');
    expect(calibration).toBeDefined();
    const submit = await postJson(
      api,
      `/api/reviews/assignments/${calibration?.id}/submit`,
      { ratings: GOOD_RATINGS },
      first.headers,
    );
    expect(submit.status).toBe(201);
    expect((await explorer(conversationId, first)).body.blind).toBe(false);
    expect((await explorer(conversationId, second)).body.blind).toBe(true);
    // The lead holds an unsubmitted queue assignment of it too.
    expect((await explorer(conversationId, world.lead)).body.blind).toBe(true);
  });
});
