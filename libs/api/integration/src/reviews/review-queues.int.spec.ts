import { createTestApi, getJson, postJson, sendJson, TestApi } from '@rapport/api-testing';
import { ReviewWorld, seedReviewWorld, SIMPLE_RUBRIC } from './review-fixtures';

jest.setTimeout(120_000);

interface Assignment {
  id: string;
  conversationId: string;
  vendor: { id: string };
  language: string;
  channel: string;
  reviewerId: string;
}

describe('review queues: rubrics, sampling and assignment', () => {
  let api: TestApi;
  let world: ReviewWorld;
  let rubricId: string;

  beforeAll(async () => {
    api = await createTestApi();
    world = await seedReviewWorld(api);
    const created = await postJson(api, '/api/reviews/rubrics', SIMPLE_RUBRIC, world.lead.headers);
    expect(created.status).toBe(201);
    rubricId = created.body.id;
  });
  afterAll(() => api.close());

  async function createQueue(rule: Record<string, unknown>, seed: number, reviewers = world.reviewers) {
    const body = {
      name: `queue ${seed}`,
      rubricId,
      seed,
      from: '2026-03-01',
      to: '2026-03-31',
      rule,
      reviewerIds: reviewers.map((reviewer) => reviewer.user.id),
    };
    const queue = await postJson(api, '/api/reviews/queues', body, world.lead.headers);
    expect(queue.status).toBe(201);
    const items = await getJson(api, `/api/reviews/queues/${queue.body.id}/assignments`, world.lead.headers);
    expect(items.status).toBe(200);
    return { queue: queue.body, items: items.body as Assignment[] };
  }

  it('stratifies by vendor × language × channel: one conversation of each of the 12 strata', async () => {
    const { items } = await createQueue({ kind: 'stratified', perStratum: 1 }, 42);
    const strata = items.map((item) => `${item.vendor.id}|${item.language}|${item.channel}`);
    expect(items).toHaveLength(12);
    expect(new Set(strata).size).toBe(12);
    expect(new Set(items.map((item) => item.language))).toEqual(new Set(['en', 'es', 'pt']));
  });

  it('draws the same conversations for the same seed and different ones for another seed', async () => {
    const ids = (items: Assignment[]) => items.map((item) => item.conversationId).sort();
    const first = await createQueue({ kind: 'random', perVendorWeek: 3 }, 7);
    const again = await createQueue({ kind: 'random', perVendorWeek: 3 }, 7);
    const other = await createQueue({ kind: 'random', perVendorWeek: 3 }, 8);
    // 2 vendors × 2 weeks × 3.
    expect(first.items).toHaveLength(12);
    expect(ids(again.items)).toEqual(ids(first.items));
    expect(ids(other.items)).not.toEqual(ids(first.items));
  });

  it('never holds a conversation twice; a refill only tops the queue up to the rule’s limit', async () => {
    const [{ n }] = await api.dataSource.query('SELECT COUNT(*) AS n FROM conversations WHERE overall < 100');
    const eligible = Number(n);
    expect(eligible).toBeGreaterThan(30);
    const { queue, items } = await createQueue({ kind: 'low-score', below: 100, limit: 30 }, 3);
    expect(items).toHaveLength(30);
    const refilled = await postJson(api, `/api/reviews/queues/${queue.id}/refill`, {}, world.lead.headers);
    expect(refilled.status).toBe(201);
    // The queue holds its 30 already: nothing is missing, nothing is drawn (the period is not drawn again).
    expect(refilled.body.items).toBe(30);
    const after = (await getJson(api, `/api/reviews/queues/${queue.id}/assignments`, world.lead.headers))
      .body as Assignment[];
    expect(after.map((item) => item.conversationId).sort()).toEqual(items.map((item) => item.conversationId).sort());
    expect(new Set(after.map((item) => item.conversationId)).size).toBe(after.length);
  });

  it('shares the items out evenly among reviewers, and each sees only their own', async () => {
    const { items } = await createQueue({ kind: 'random', perVendorWeek: 5 }, 11);
    expect(items).toHaveLength(20);
    const counts = world.reviewers.map(
      (reviewer) => items.filter((item) => item.reviewerId === reviewer.user.id).length,
    );
    expect(counts).toEqual([10, 10]);
    const mine = await getJson(api, '/api/reviews/assignments/mine', world.reviewers[0].headers);
    expect(mine.status).toBe(200);
    expect(mine.body.length).toBeGreaterThan(0);
    expect(mine.body.every((item: Assignment) => item.reviewerId === world.reviewers[0].user.id)).toBe(true);
  });

  it('lists the active QA reviewers and leads a lead may name, and no one else', async () => {
    const response = await getJson(api, '/api/reviews/reviewers', world.lead.headers);
    expect(response.status).toBe(200);
    const ids = (response.body as Array<{ id: string; role: string }>).map((person) => person.id).sort();
    expect(ids).toEqual([world.lead.user.id, ...world.reviewers.map((reviewer) => reviewer.user.id)].sort());
    expect((await getJson(api, '/api/reviews/reviewers', world.reviewers[0].headers)).status).toBe(403);
    expect((await getJson(api, '/api/reviews/reviewers', world.partnerA.headers)).status).toBe(403);
  });

  it('refuses reviewers who are not QA reviewers or leads', async () => {
    const body = {
      name: 'bad',
      rubricId,
      from: '2026-03-01',
      to: '2026-03-31',
      rule: { kind: 'stratified', perStratum: 1 },
      reviewerIds: [world.partnerA.user.id],
    };
    const response = await postJson(api, '/api/reviews/queues', body, world.lead.headers);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('invalid_input');
  });

  it('versions a rubric once it is in use, and old queues keep the version they were made with', async () => {
    const created = await postJson(
      api,
      '/api/reviews/rubrics',
      { ...SIMPLE_RUBRIC, name: 'Versioned' },
      world.lead.headers,
    );
    const id = created.body.id;
    // Not in use yet: an edit replaces version 1.
    const renamed = await sendJson(
      api,
      'PUT',
      `/api/reviews/rubrics/${id}`,
      { ...SIMPLE_RUBRIC, name: 'Versioned, renamed' },
      world.lead.headers,
    );
    expect(renamed.body).toMatchObject({
      version: 1,
      versionId: created.body.versionId,
      name: 'Versioned, renamed',
    });
    const body = {
      name: 'uses v1',
      rubricId: id,
      from: '2026-03-01',
      to: '2026-03-31',
      rule: { kind: 'stratified', perStratum: 1 },
      reviewerIds: [world.reviewers[0].user.id],
    };
    const queue = await postJson(api, '/api/reviews/queues', body, world.lead.headers);
    expect(queue.body.rubricVersion).toBe(1);
    const edited = await sendJson(
      api,
      'PUT',
      `/api/reviews/rubrics/${id}`,
      {
        ...SIMPLE_RUBRIC,
        name: 'Versioned',
        criteria: SIMPLE_RUBRIC.criteria.slice(0, 2),
      },
      world.lead.headers,
    );
    expect(edited.body).toMatchObject({ version: 2 });
    expect(edited.body.versionId).not.toBe(created.body.versionId);
    const items = (await getJson(api, `/api/reviews/queues/${queue.body.id}/assignments`, world.lead.headers))
      .body as Assignment[];
    const workspace = await getJson(api, `/api/reviews/assignments/${items[0]?.id}`, world.reviewers[0].headers);
    expect(workspace.body.rubric).toMatchObject({
      version: 1,
      versionId: created.body.versionId,
    });
    expect(workspace.body.rubric.criteria).toHaveLength(4);
    expect((await getJson(api, `/api/reviews/rubrics/${id}`, world.reviewers[0].headers)).body.criteria).toHaveLength(
      2,
    );
    const audit = await getJson(api, `/api/audit?action=rubric.change&targetId=${id}`, world.admin.headers);
    expect(audit.body.entries.map((entry: { details: { version: number } }) => entry.details.version)).toEqual([
      2, 1, 1,
    ]);
  });

  it('lets only leads and administrators change rubrics and queues', async () => {
    for (const session of [world.reviewers[0], world.partnerA]) {
      expect((await postJson(api, '/api/reviews/rubrics', SIMPLE_RUBRIC, session.headers)).status).toBe(403);
      expect((await postJson(api, '/api/reviews/queues', {}, session.headers)).status).toBe(403);
    }
    expect((await postJson(api, '/api/reviews/rubrics', SIMPLE_RUBRIC, world.admin.headers)).status).toBe(201);
  });
});
