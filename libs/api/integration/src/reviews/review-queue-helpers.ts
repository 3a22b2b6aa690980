import { getJson, postJson, TestApi, TestSession } from '@rapport/api-testing';
import { GOOD_RATINGS, ReviewWorld } from './review-fixtures';

export interface Assignment {
  id: string;
  conversationId: string;
  vendor: { id: string };
  reviewerId: string;
}

/**
 * Queues of one reviewer for the review workflow specs: each call makes a fresh queue (its own seed, one per
 * stratum of March 2026) and answers its assignments with vendor A's first; `submitted` also submits the first.
 */
export function reviewerQueues(api: TestApi, world: ReviewWorld, rubricId: () => string) {
  let sequence = 0;

  async function assignmentsOf(reviewer: TestSession): Promise<Assignment[]> {
    sequence++;
    const body = {
      name: `q${sequence}`,
      rubricId: rubricId(),
      seed: 100 + sequence,
      from: '2026-03-01',
      to: '2026-03-31',
      rule: { kind: 'stratified', perStratum: 1 },
      reviewerIds: [reviewer.user.id],
    };
    const queue = await postJson(api, '/api/reviews/queues', body, world.lead.headers);
    expect(queue.status).toBe(201);
    const items = (await getJson(api, `/api/reviews/queues/${queue.body.id}/assignments`, world.lead.headers))
      .body as Assignment[];
    expect(items.length).toBeGreaterThan(1);
    return [...items].sort(
      (a, b) => Number(b.vendor.id === world.vendorA.id) - Number(a.vendor.id === world.vendorA.id),
    );
  }

  async function submitted(
    reviewer: TestSession,
    ratings = GOOD_RATINGS,
  ): Promise<{ reviewId: string; assignment: Assignment }> {
    const [assignment] = await assignmentsOf(reviewer);
    const response = await postJson(
      api,
      `/api/reviews/assignments/${assignment?.id}/submit`,
      { ratings },
      reviewer.headers,
    );
    expect(response.status).toBe(201);
    return { reviewId: response.body.id, assignment: assignment as Assignment };
  }

  return { assignmentsOf, submitted };
}
