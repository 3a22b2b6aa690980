import { createTestApi, getJson, postJson, TestApi, TestSession } from '@rapport/api-testing';
import { GOOD_RATINGS, ReviewWorld, seedReviewWorld, SIMPLE_RUBRIC } from './review-fixtures';
import { reviewerQueues } from './review-queue-helpers';

jest.setTimeout(120_000);

describe('reviews: disputes, coaching, partner scope and reviewed scores', () => {
  let api: TestApi;
  let world: ReviewWorld;
  let rubricId: string;
  let queues: ReturnType<typeof reviewerQueues>;
  const submitted = (reviewer: TestSession, ratings = GOOD_RATINGS) => queues.submitted(reviewer, ratings);

  beforeAll(async () => {
    api = await createTestApi();
    world = await seedReviewWorld(api);
    rubricId = (await postJson(api, '/api/reviews/rubrics', SIMPLE_RUBRIC, world.lead.headers)).body.id;
    queues = reviewerQueues(api, world, () => rubricId);
  });
  afterAll(() => api.close());

  it('runs a dispute from the partner to the lead and back, every step audited', async () => {
    const { reviewId, assignment } = await submitted(world.reviewers[1]);
    expect(assignment.vendor.id).toBe(world.vendorA.id);
    const opened = await postJson(
      api,
      `/api/reviews/${reviewId}/disputes`,
      { reason: 'The agent did check the order.' },
      world.partnerA.headers,
    );
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({
      status: 'open',
      reviewId,
      reply: null,
    });
    expect(
      (await postJson(api, `/api/reviews/${reviewId}/disputes`, { reason: 'again' }, world.partnerA.headers)).status,
    ).toBe(409);

    const rejected = await postJson(
      api,
      `/api/reviews/disputes/${opened.body.id}/decision`,
      { decision: 'reject', reply: 'The grade stands.' },
      world.lead.headers,
    );
    expect(rejected.body).toMatchObject({
      status: 'rejected',
      reply: 'The grade stands.',
    });
    expect(
      (
        await postJson(
          api,
          `/api/reviews/disputes/${opened.body.id}/decision`,
          { decision: 'reject', reply: 'twice' },
          world.lead.headers,
        )
      ).status,
    ).toBe(409);

    const second = await postJson(
      api,
      `/api/reviews/${reviewId}/disputes`,
      { reason: 'Please look again at message 2.' },
      world.partnerA.headers,
    );
    const adjusted = GOOD_RATINGS.map((rating) =>
      rating.criterion === 'speed' ? { criterion: 'speed', value: 100 } : rating,
    );
    const accepted = await postJson(
      api,
      `/api/reviews/disputes/${second.body.id}/decision`,
      { decision: 'accept', reply: 'Adjusted.', ratings: adjusted },
      world.lead.headers,
    );
    // (75 + 300 + 100 + 100) / 6
    expect(accepted.body).toMatchObject({
      status: 'accepted',
      totalAfter: 575 / 6,
    });

    const seen = await getJson(api, `/api/reviews/${reviewId}`, world.partnerA.headers);
    expect(seen.body).toMatchObject({
      version: 2,
      total: 575 / 6,
      reviewer: null,
    });
    expect(seen.body.history.map((entry: { reason: string; by: string | null }) => [entry.reason, entry.by])).toEqual([
      ['submit', null],
      ['dispute', null],
    ]);
    expect(seen.body.disputes.map((dispute: { status: string }) => dispute.status)).toEqual(['rejected', 'accepted']);
    expect(JSON.stringify(seen.body)).not.toContain(world.reviewers[1].user.id);

    const audit = await getJson(api, `/api/audit?vendorId=${world.vendorA.id}&limit=500`, world.admin.headers);
    const trail = (
      audit.body.entries as Array<{
        action: string;
        targetId: string;
        details: { reviewId?: string };
      }>
    )
      .filter((entry) => entry.targetId === reviewId || entry.details?.reviewId === reviewId)
      .map((entry) => entry.action)
      .reverse();
    expect(trail).toEqual([
      'review.create',
      'dispute.open',
      'dispute.resolve',
      'dispute.open',
      'review.update',
      'dispute.resolve',
    ]);
  });

  it('closes disputes after the configured window', async () => {
    const { reviewId } = await submitted(world.reviewers[0]);
    // Submitted 15 days ago: one day past the default window of 14.
    const longAgo = new Date(Date.now() - 15 * 86_400_000).toISOString();
    await api.dataSource.query(
      `UPDATE reviews SET submitted_at = ${api.database.kind === 'postgres' ? '$1' : '?'} WHERE id = ${api.database.kind === 'postgres' ? '$2' : '?'}`,
      [longAgo, reviewId],
    );
    const late = await postJson(
      api,
      `/api/reviews/${reviewId}/disputes`,
      { reason: 'too late' },
      world.partnerA.headers,
    );
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('dispute_window_closed');
  });

  it('shows coaching notes to the agent’s vendor only, which acknowledges them', async () => {
    const { reviewId } = await submitted(world.reviewers[0]);
    const note = await postJson(
      api,
      `/api/reviews/${reviewId}/coaching`,
      { text: 'Confirm the delivery date in the first reply.' },
      world.reviewers[0].headers,
    );
    expect(note.status).toBe(201);
    const ownList = await getJson(api, '/api/reviews/coaching', world.partnerA.headers);
    expect(ownList.body.map((item: { id: string }) => item.id)).toContain(note.body.id);
    expect(
      (await getJson(api, '/api/reviews/coaching', world.partnerB.headers)).body.map((item: { id: string }) => item.id),
    ).not.toContain(note.body.id);
    expect(
      (await postJson(api, `/api/reviews/coaching/${note.body.id}/acknowledge`, {}, world.partnerB.headers)).status,
    ).toBe(404);
    const acknowledged = await postJson(
      api,
      `/api/reviews/coaching/${note.body.id}/acknowledge`,
      {},
      world.partnerA.headers,
    );
    expect(acknowledged.body.acknowledgedAt).toEqual(expect.any(String));
  });

  it('names in a coaching note only an agent of the reviewed conversation’s vendor', async () => {
    const { reviewId } = await submitted(world.reviewers[0]);
    const agentOf = async (vendorId: string): Promise<string> => {
      const placeholder = api.database.kind === 'postgres' ? '$1' : '?';
      const rows: Array<{ id: string }> = await api.dataSource.query(
        `SELECT id FROM agents WHERE vendor_id = ${placeholder} ORDER BY id`,
        [vendorId],
      );
      expect(rows.length).toBeGreaterThan(0);
      return rows[0]?.id as string;
    };
    const otherVendorsAgent = await agentOf(world.vendorB.id);
    const refused = await postJson(
      api,
      `/api/reviews/${reviewId}/coaching`,
      { text: 'Confirm the delivery date.', agentId: otherVendorsAgent },
      world.reviewers[0].headers,
    );
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).not.toContain('Confirm the delivery date.');
    const partnerNotes = (await getJson(api, '/api/reviews/coaching', world.partnerA.headers)).body;
    expect(JSON.stringify(partnerNotes)).not.toContain(otherVendorsAgent);
    const ownAgent = await agentOf(world.vendorA.id);
    const accepted = await postJson(
      api,
      `/api/reviews/${reviewId}/coaching`,
      { text: 'Confirm the delivery date.', agentId: ownAgent },
      world.reviewers[0].headers,
    );
    expect(accepted.status).toBe(201);
    expect(accepted.body.agentId).toBe(ownAgent);
  });

  it('keeps partners to their own vendor on every review route', async () => {
    const { reviewId } = await submitted(world.reviewers[0]);
    const { partnerA, partnerB } = world;
    const listA = await getJson(api, '/api/reviews', partnerA.headers);
    expect(listA.body.length).toBeGreaterThan(0);
    expect(
      listA.body.every(
        (review: { vendor: { id: string }; reviewer: unknown }) =>
          review.vendor.id === world.vendorA.id && review.reviewer === null,
      ),
    ).toBe(true);
    expect(
      (await getJson(api, '/api/reviews', partnerB.headers)).body.some(
        (review: { vendor: { id: string } }) => review.vendor.id === world.vendorA.id,
      ),
    ).toBe(false);
    expect((await getJson(api, `/api/reviews/${reviewId}`, partnerB.headers)).status).toBe(404);
    expect((await getJson(api, `/api/reviews?vendorId=${world.vendorA.id}`, partnerB.headers)).status).toBe(404);
    expect(
      (await postJson(api, `/api/reviews/${reviewId}/disputes`, { reason: 'not ours' }, partnerB.headers)).status,
    ).toBe(404);
    expect(
      (await getJson(api, '/api/reviews/disputes', partnerB.headers)).body.some(
        (dispute: { vendor: { id: string } }) => dispute.vendor.id === world.vendorA.id,
      ),
    ).toBe(false);
    const scoresB = await getJson(api, '/api/reviews/vendor-scores', partnerB.headers);
    expect(scoresB.body.every((score: { vendor: { id: string } }) => score.vendor.id === world.vendorB.id)).toBe(true);
    for (const path of ['/api/reviews/queues', '/api/reviews/assignments/mine', '/api/reviews/rubrics']) {
      expect((await getJson(api, path, partnerA.headers)).status).toBe(403);
    }
  });

  it('gives each vendor its reviewed QA score: mean of submitted totals with n', async () => {
    const scores = await getJson(api, '/api/reviews/vendor-scores?minReviews=2', world.lead.headers);
    const rows: Array<{ total: number | string; vendor_id: string }> = await api.dataSource.query(
      `SELECT total, vendor_id FROM reviews WHERE status = 'submitted'`,
    );
    const ofA = rows.filter((row) => row.vendor_id === world.vendorA.id).map((row) => Number(row.total));
    expect(ofA.length).toBeGreaterThan(1);
    const a = scores.body.find((score: { vendor: { id: string } }) => score.vendor.id === world.vendorA.id);
    expect(a).toMatchObject({ status: 'ok', n: ofA.length });
    expect(a.mean).toBeCloseTo(ofA.reduce((sum, value) => sum + value, 0) / ofA.length, 10);
    expect(a.lower).toBeLessThanOrEqual(a.mean);
    expect(a.upper).toBeGreaterThanOrEqual(a.mean);
    const strict = await getJson(api, `/api/reviews/vendor-scores?minReviews=${ofA.length + 1}`, world.lead.headers);
    expect(strict.body.find((score: { vendor: { id: string } }) => score.vendor.id === world.vendorA.id)).toMatchObject(
      { status: 'insufficient', n: ofA.length, mean: null },
    );
  });
});
