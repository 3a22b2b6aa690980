import { JOB_QUEUE, JobQueue } from '@rapport/api-core';
import { QueueRefillScheduler, QueueRefillTimer, RefillSlot } from '@rapport/api-reviews';
import { buildConversation, createTestApi, getJson, postJson, sendJson, TestApi } from '@rapport/api-testing';
import { LANGUAGES, ReviewWorld, seedReviewWorld } from './review-fixtures';

jest.setTimeout(180_000);

/** Human grades on 0–100 per automatic dimension: the review total is then the value given to all three. */
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
const DAY_MS = 86_400_000;

interface Assignment {
  id: string;
  conversationId: string;
  language: string;
  vendor: { id: string };
}

interface Queue {
  id: string;
  items: number;
  refill: string | null;
  nextRefillAt: string | null;
  createdAt: string;
}

describe('reviews: adaptive sampling by agreement strength, and scheduled refills', () => {
  let api: TestApi;
  let world: ReviewWorld;
  let rubricId: string;

  beforeAll(async () => {
    api = await createTestApi();
    world = await seedReviewWorld(api);
    rubricId = (await postJson(api, '/api/reviews/rubrics', DIMENSION_RUBRIC, world.lead.headers)).body.id;
  });
  afterAll(() => api.close());

  async function createQueue(body: Record<string, unknown>): Promise<Queue> {
    const response = await postJson(
      api,
      '/api/reviews/queues',
      { rubricId, from: '2026-03-01', to: '2026-03-31', reviewerIds: [world.reviewers[0].user.id], ...body },
      world.lead.headers,
    );
    expect(response.status).toBe(201);
    return response.body;
  }
  const itemsOf = async (queueId: string): Promise<Assignment[]> =>
    (await getJson(api, `/api/reviews/queues/${queueId}/assignments`, world.lead.headers)).body;

  it('oversamples the language whose automatic scores humans confirm least, and leaves out a well confirmed one', async () => {
    // Reviews of 8 English and 8 Spanish conversations: English grades follow the automatic overall, Spanish ones
    // run against it. Portuguese is never reviewed (agreement unknown).
    const graded = await createQueue({ name: 'graded', seed: 3, rule: { kind: 'stratified', perStratum: 2 } });
    for (const item of (await itemsOf(graded.id)).filter((entry) => entry.language !== 'pt')) {
      const overall: number = (await getJson(api, `/api/conversations/${item.conversationId}`, world.admin.headers))
        .body.scores.overall;
      const grade = Math.round(item.language === 'en' ? overall : 100 - overall);
      const ratings = DIMENSION_RUBRIC.criteria.map((criterion) => ({ criterion: criterion.key, value: grade }));
      const response = await postJson(
        api,
        `/api/reviews/assignments/${item.id}/submit`,
        { ratings },
        world.reviewers[0].headers,
      );
      expect(response.status).toBe(201);
    }
    const agreement = await getJson(api, '/api/reviews/agreement?minReviews=8', world.lead.headers);
    const overall = (language: string) =>
      agreement.body.cells.find(
        (c: { dimension: string; language: string; vendor: unknown }) =>
          c.dimension === 'overall' && c.language === language && c.vendor === null,
      );
    // The data are what the test means them to be: English strongly confirmed, Spanish not at all.
    expect(overall('en')).toMatchObject({ n: 8, status: 'ok' });
    expect(overall('en').spearman.rho).toBeGreaterThan(0.9);
    expect(overall('es').spearman.rho).toBeLessThan(-0.9);
    expect(overall('pt')).toBeUndefined();

    const adaptive = await createQueue({
      name: 'adaptive',
      seed: 9,
      rule: { kind: 'adaptive', limit: 12, minReviews: 8 },
    });
    const languages = (await itemsOf(adaptive.id)).map((item) => item.language);
    const count = (language: string) => languages.filter((value) => value === language).length;
    // Needs: English at most 1 − 0.9 = 0.1, Spanish 1 (rho below 0), Portuguese 1 (never reviewed). By highest
    // averages English would need a quotient 0.1 / 1 above 1 / 7 for a draw among twelve: it gets none.
    expect([count('en'), count('es'), count('pt')]).toEqual([0, 6, 6]);
    // The same seed draws the same conversations.
    const again = await createQueue({
      name: 'adaptive again',
      seed: 9,
      rule: { kind: 'adaptive', limit: 12, minReviews: 8 },
    });
    expect((await itemsOf(again.id)).map((item) => item.conversationId).sort()).toEqual(
      (await itemsOf(adaptive.id)).map((item) => item.conversationId).sort(),
    );
  });

  it('refills a weekly queue when due, once per due time, audited, and says when it refills next', async () => {
    const refillDue = scheduledRefills();
    const queue = await createQueue({
      name: 'weekly',
      seed: 21,
      rule: { kind: 'random', perVendorWeek: 1 },
      refill: 'weekly',
    });
    // One conversation per vendor and ISO week: two vendors, two weeks.
    expect(queue).toMatchObject({ items: 4, refill: 'weekly' });
    const created = Date.parse(queue.createdAt);
    expect(queue.nextRefillAt).toBe(new Date(created + 7 * DAY_MS).toISOString());

    // A third week of March is imported after the queue was made.
    const [customer, agent] = LANGUAGES.en;
    const batch = [world.vendorA, world.vendorB].map((vendor) =>
      buildConversation({
        vendor: vendor.slug,
        source: 'reviews-late',
        channel: 'chat',
        language: 'en',
        messages: [
          { role: 'customer', at: '2026-03-17T10:00:00.000Z', text: customer },
          { role: 'agent', at: '2026-03-17T10:03:00.000Z', text: agent, agentId: `agent-${vendor.slug}-late` },
        ],
      }),
    );
    const ingest = await postJson(api, '/api/conversations/batch', batch, world.admin.headers);
    expect(ingest.body.counts.created).toBe(2);
    for (const outcome of ingest.body.items as Array<{ id: string }>) {
      await scored(outcome.id);
    }

    expect(await refillDue(new Date(created + 7 * DAY_MS - 1000))).toEqual([]);
    expect((await itemsOf(queue.id)).length).toBe(4);

    const due = new Date(created + 7 * DAY_MS + 1000);
    const first = await refillDue(due);
    // A refill tops the queue up to the rule's target: the two first weeks hold theirs already, the new week gets
    // one per vendor (each vendor's only conversation of that week).
    expect(first.filter((refill) => refill.queueId === queue.id)).toEqual([{ queueId: queue.id, due: new Date(created + 7 * DAY_MS).toISOString() }]);
    const afterFirst = await itemsOf(queue.id);
    expect(afterFirst.length).toBe(6);
    const late = new Set((ingest.body.items as Array<{ id: string }>).map((outcome) => outcome.id));
    expect(afterFirst.filter((item) => late.has(item.conversationId))).toHaveLength(2);
    // The same due time again adds nothing and is not refilled again.
    expect(await refillDue(due)).toEqual([]);
    // The job of that slot queued again (a retried enqueue, another instance) finds it refilled: no second refill.
    await api.app.get(QueueRefillScheduler).queueSlot({ queueId: queue.id, due: new Date(created + 7 * DAY_MS).toISOString() });
    await api.app.get<JobQueue>(JOB_QUEUE).idle();

    // Two passes at once a week later: one of them refills, the other finds it claimed. Nothing arrived since, so
    // nothing is missing: the period is not drawn again.
    const later = new Date(created + 14 * DAY_MS + 1000);
    const passes = (await Promise.all([refillDue(later), refillDue(later)])).flat();
    expect(passes.filter((refill) => refill.queueId === queue.id).map((refill) => refill.due)).toEqual([new Date(created + 14 * DAY_MS).toISOString()]);
    expect((await itemsOf(queue.id)).map((item) => item.conversationId).sort()).toEqual(afterFirst.map((item) => item.conversationId).sort());

    const listed: Queue[] = (await getJson(api, '/api/reviews/queues', world.lead.headers)).body;
    expect(listed.find((entry) => entry.id === queue.id)?.nextRefillAt).toBe(
      new Date(created + 21 * DAY_MS).toISOString(),
    );
    const audit = await getJson(
      api,
      `/api/audit?action=review.queue_refill&targetId=${queue.id}&limit=50`,
      world.admin.headers,
    );
    expect(audit.status).toBe(200);
    expect(
      audit.body.entries.map((entry: { actorKind: string; details: { added: number } }) => [
        entry.actorKind,
        entry.details.added,
      ]),
    ).toEqual([
      ['system', 0],
      ['system', 2],
    ]);
  });

  it('refills neither calibration sessions nor queues without a schedule, and refuses an unknown schedule', async () => {
    const refillDue = scheduledRefills();
    const plain = await createQueue({ name: 'plain', seed: 30, rule: { kind: 'random', perVendorWeek: 1 } });
    expect(plain).toMatchObject({ refill: null, nextRefillAt: null });
    const far = new Date(Date.parse(plain.createdAt) + 400 * DAY_MS);
    expect((await refillDue(far)).map((refill) => refill.queueId)).not.toContain(plain.id);
    const bad = await postJson(
      api,
      '/api/reviews/queues',
      {
        name: 'hourly',
        rubricId,
        from: '2026-03-01',
        to: '2026-03-31',
        rule: { kind: 'random', perVendorWeek: 1 },
        reviewerIds: [world.reviewers[0].user.id],
        refill: 'hourly',
      },
      world.lead.headers,
    );
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('refill');
  });

  it('changes or removes a queue’s schedule after its creation, audited; the next refill counts from the change', async () => {
    const queue = await createQueue({ name: 'later scheduled', seed: 50, rule: { kind: 'random', perVendorWeek: 1 } });
    expect(queue.refill).toBeNull();
    const path = `/api/reviews/queues/${queue.id}/schedule`;
    const before = Date.now();
    const weekly = await sendJson(api, 'PUT', path, { refill: 'weekly' }, world.lead.headers);
    expect(weekly.status).toBe(200);
    expect(weekly.body).toMatchObject({ id: queue.id, refill: 'weekly', items: queue.items });
    const next = Date.parse(weekly.body.nextRefillAt);
    expect(next).toBeGreaterThanOrEqual(before + 7 * DAY_MS);
    expect(next).toBeLessThanOrEqual(Date.now() + 7 * DAY_MS);
    const daily = await sendJson(api, 'PUT', path, { refill: 'daily' }, world.lead.headers);
    expect(Date.parse(daily.body.nextRefillAt) - Date.now()).toBeLessThanOrEqual(DAY_MS);
    const removed = await sendJson(api, 'PUT', path, { refill: null }, world.lead.headers);
    expect(removed.body).toMatchObject({ refill: null, nextRefillAt: null });
    const listed: Queue[] = (await getJson(api, '/api/reviews/queues', world.lead.headers)).body;
    expect(listed.find((entry) => entry.id === queue.id)).toMatchObject({ refill: null, nextRefillAt: null });

    const audit = await getJson(api, `/api/audit?action=review.queue_schedule&targetId=${queue.id}&limit=10`, world.admin.headers);
    expect(audit.body.entries.map((entry: { actorId: string; details: { from: string | null; to: string | null } }) => [entry.actorId, entry.details.from, entry.details.to])).toEqual([
      [world.lead.user.id, 'daily', null],
      [world.lead.user.id, 'weekly', 'daily'],
      [world.lead.user.id, null, 'weekly'],
    ]);
    expect((await sendJson(api, 'PUT', path, { refill: 'hourly' }, world.lead.headers)).status).toBe(400);
    expect((await sendJson(api, 'PUT', path, { refill: 'weekly' }, world.reviewers[0].headers)).status).toBe(403);
    const session = await postJson(
      api,
      '/api/reviews/calibrations',
      { name: 'not refilled', rubricId, conversationIds: [(await itemsOf(queue.id))[0]?.conversationId], reviewerIds: world.reviewers.map((reviewer) => reviewer.user.id) },
      world.lead.headers,
    );
    expect((await sendJson(api, 'PUT', `/api/reviews/queues/${session.body.id}/schedule`, { refill: 'daily' }, world.lead.headers)).status).toBe(409);
  });

  it('has the in-process timer refill a queue whose refill time has passed', async () => {
    const queue = await createQueue({
      name: 'daily',
      seed: 40,
      rule: { kind: 'random', perVendorWeek: 1 },
      refill: 'daily',
    });
    expect(queue.nextRefillAt).toBe(new Date(Date.parse(queue.createdAt) + DAY_MS).toISOString());
    // As if the API had been down past the refill time: the next tick (at the real clock's now) makes it up.
    const overdue = new Date(Date.now() - 60_000).toISOString();
    await api.dataSource.query(
      `UPDATE review_queues SET next_refill_at = ${api.database.kind === 'postgres' ? '$1' : '?'} WHERE id = ${
        api.database.kind === 'postgres' ? '$2' : '?'
      }`,
      [overdue, queue.id],
    );
    await api.app.get(QueueRefillTimer).tick();
    await api.app.get<JobQueue>(JOB_QUEUE).idle();
    const after: Queue[] = (await getJson(api, '/api/reviews/queues', world.lead.headers)).body;
    const refilled = after.find((entry) => entry.id === queue.id);
    // Refilled (audited), though nothing was missing: the queue was drawn after the last arrivals.
    const audit = await getJson(api, `/api/audit?action=review.queue_refill&targetId=${queue.id}&limit=5`, world.admin.headers);
    expect(audit.body.entries).toHaveLength(1);
    expect(refilled?.items).toBe(queue.items);
    expect(Date.parse(refilled?.nextRefillAt ?? '')).toBeGreaterThan(Date.now());
    expect(Date.parse(refilled?.nextRefillAt ?? '') - Date.parse(overdue)).toBeLessThanOrEqual(DAY_MS);
  });

  /** A scheduler pass at `now`, and the refill jobs it queued run: the slots it claimed. */
  function scheduledRefills(): (now: Date) => Promise<RefillSlot[]> {
    const scheduler = api.app.get(QueueRefillScheduler);
    return async (now) => {
      const slots = await scheduler.queueDue(now);
      await api.app.get<JobQueue>(JOB_QUEUE).idle();
      return slots;
    };
  }

  async function scored(id: string): Promise<void> {
    for (let attempt = 0; attempt < 100; attempt++) {
      const detail = await getJson(api, `/api/conversations/${id}`, world.admin.headers);
      if (detail.body.scoreStatus === 'scored') {
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`conversation ${id} was not scored in time`);
  }
});
