import { createTestApi, getJson, postJson, TestApi, TestSession } from '@rapport/api-testing';
import { GOOD_RATINGS, ReviewWorld, seedReviewWorld, SIMPLE_RUBRIC } from './review-fixtures';

jest.setTimeout(120_000);

interface Mine {
  id: string;
  conversationId: string;
  queueId: string;
  kind: string;
}

describe('reviews: a calibration session stays blind until every participant has submitted', () => {
  let api: TestApi;
  let world: ReviewWorld;
  let sessionId: string;
  let conversations: string[];
  const reviewIds = new Map<string, string[]>();

  beforeAll(async () => {
    api = await createTestApi();
    world = await seedReviewWorld(api);
    const rubricId = (await postJson(api, '/api/reviews/rubrics', SIMPLE_RUBRIC, world.lead.headers)).body.id;
    const listed = await getJson(api, '/api/conversations?from=2026-03-01&to=2026-03-31&pageSize=2&sort=createdAt', world.admin.headers);
    conversations = listed.body.items.map((item: { id: string }) => item.id);
    const session = await postJson(
      api,
      '/api/reviews/calibrations',
      { name: 'Blind session', rubricId, conversationIds: conversations, reviewerIds: world.reviewers.map((reviewer) => reviewer.user.id) },
      world.lead.headers,
    );
    expect(session.status).toBe(201);
    sessionId = session.body.id;
  });
  afterAll(() => api.close());

  async function submitAll(reviewer: TestSession): Promise<void> {
    const mine: Mine[] = (await getJson(api, '/api/reviews/assignments/mine', reviewer.headers)).body;
    const ids: string[] = [];
    for (const item of mine.filter((entry) => entry.queueId === sessionId)) {
      const submit = await postJson(api, `/api/reviews/assignments/${item.id}/submit`, { ratings: GOOD_RATINGS }, reviewer.headers);
      expect(submit.status).toBe(201);
      ids.push(submit.body.id);
    }
    expect(ids).toHaveLength(conversations.length);
    reviewIds.set(reviewer.user.id, ids);
  }

  const reviewersOf = async (session: TestSession, conversationId: string): Promise<string[]> => {
    const response = await getJson(api, `/api/reviews?conversationId=${conversationId}`, session.headers);
    expect(response.status).toBe(200);
    return response.body.map((review: { id: string }) => review.id).sort();
  };
  const report = (session: TestSession) => getJson(api, `/api/reviews/calibrations/${sessionId}/report`, session.headers);

  it('hides one participant’s grades from the others, and the report from every participant, while the session is open', async () => {
    const [first, second] = world.reviewers;
    await submitAll(first);
    const firstReviews = reviewIds.get(first.user.id) as string[];
    const conversationId = conversations[0] as string;

    // The lead, who does not grade in this session, sees the submitted reviews.
    const byLead = await reviewersOf(world.lead, conversationId);
    expect(byLead).toHaveLength(1);
    expect(firstReviews).toContain(byLead[0]);
    // The participant who has not submitted sees none of them, by list or by id.
    expect(await reviewersOf(second, conversationId)).toEqual([]);
    expect((await getJson(api, `/api/reviews/${byLead[0]}`, second.headers)).status).toBe(404);
    // The one who submitted sees their own only; the report is closed to both until the session is.
    expect(await reviewersOf(first, conversationId)).toEqual(byLead);
    expect((await report(second)).status).toBe(409);
    const closed = await report(first);
    expect(closed.status).toBe(409);
    expect(closed.body.code).toBe('calibration_open');
    expect((await report(world.lead)).status).toBe(200);
  });

  it('opens every grade and the report to the participants once all have submitted', async () => {
    const [first, second] = world.reviewers;
    await submitAll(second);
    const all = [...(reviewIds.get(first.user.id) ?? []), ...(reviewIds.get(second.user.id) ?? [])];
    for (const conversationId of conversations) {
      const seenByFirst = await reviewersOf(first, conversationId);
      expect(seenByFirst).toHaveLength(2);
      expect(await reviewersOf(second, conversationId)).toEqual(seenByFirst);
      expect(seenByFirst.every((id) => all.includes(id))).toBe(true);
    }
    const opened = await report(first);
    expect(opened.status).toBe(200);
    expect(opened.body.reviewers).toHaveLength(2);
  });

  it('keeps a reviewer from another reviewer’s grade of a conversation they still have to grade in a queue', async () => {
    const [first, second] = world.reviewers;
    const rubricId = (await getJson(api, '/api/reviews/rubrics', world.lead.headers)).body[0].id;
    const queue = await postJson(
      api,
      '/api/reviews/queues',
      { name: 'later', rubricId, seed: 3, from: '2026-03-01', to: '2026-03-31', rule: { kind: 'random', perVendorWeek: 1 }, reviewerIds: [second.user.id] },
      world.lead.headers,
    );
    expect(queue.status).toBe(201);
    const items: Array<{ id: string; conversationId: string }> = (await getJson(api, `/api/reviews/queues/${queue.body.id}/assignments`, world.lead.headers)).body;
    // One the calibration session above did not grade: its conversations already carry both reviewers' grades.
    const item = items.find((entry) => !conversations.includes(entry.conversationId)) as { id: string; conversationId: string };
    expect(item).toBeDefined();
    // The first reviewer grades the same conversation in a queue of their own (same rule and seed: same draw).
    const own = await postJson(
      api,
      '/api/reviews/queues',
      { name: 'same draw', rubricId, seed: 3, from: '2026-03-01', to: '2026-03-31', rule: { kind: 'random', perVendorWeek: 1 }, reviewerIds: [first.user.id] },
      world.lead.headers,
    );
    const mine: Mine[] = (await getJson(api, '/api/reviews/assignments/mine', first.headers)).body;
    const assignment = mine.find((entry) => entry.queueId === own.body.id && entry.conversationId === item.conversationId) as Mine;
    const submitted = await postJson(api, `/api/reviews/assignments/${assignment.id}/submit`, { ratings: GOOD_RATINGS }, first.headers);
    expect(submitted.status).toBe(201);
    expect(await reviewersOf(world.lead, item.conversationId)).toEqual([submitted.body.id]);
    expect(await reviewersOf(second, item.conversationId)).toEqual([]);
    expect((await postJson(api, `/api/reviews/assignments/${item.id}/submit`, { ratings: GOOD_RATINGS }, second.headers)).status).toBe(201);
    expect(await reviewersOf(second, item.conversationId)).toContain(submitted.body.id);
  });
});
