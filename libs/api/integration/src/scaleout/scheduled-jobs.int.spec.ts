import { BullJobQueue, JOB_QUEUE, type RedisConfig } from '@rapport/api-core';
import { ReportJobs, ReportSchedule } from '@rapport/api-reports';
import { QueueRefillScheduler, QueueRefillTimer } from '@rapport/api-reviews';
import { createTestApi, getJson, postJson, TestApi } from '@rapport/api-testing';
import type { ArchivedReportDto } from '@rapport/contracts';
import { ReviewWorld, seedReviewWorld, SIMPLE_RUBRIC } from '../reviews/review-fixtures';
import { dropRedisKeys, redisOverrides, startWorkerProcess, testRedis, waitFor, WorkerProcess } from './worker-process';

jest.setTimeout(600_000);

/**
 * Report generation and the review-queue refills as jobs on Redis: two API instances schedule them, only worker
 * processes run them, each once, and a failed run is retried with its attempts shown by the API.
 */
describe('scheduled reports and refills as jobs of worker processes on Redis', () => {
  let redis: RedisConfig;
  let api: TestApi;
  let second: TestApi;
  let world: ReviewWorld;
  let worker: WorkerProcess | undefined;

  const startWorker = (name: string) => (worker = startWorkerProcess(api, redis, name));
  const stopWorker = async () => {
    await worker?.stop();
    worker = undefined;
  };
  const archive = async (target: TestApi = api) => (await getJson(target, '/api/reports/archive', world.admin.headers)).body.items as ArchivedReportDto[];
  const march = async (target: TestApi = api) => (await archive(target)).filter((item) => item.month === '2026-03');
  const jobsInRedis = async () => {
    const counts = await api.app.get<BullJobQueue>(JOB_QUEUE).counts();
    return Object.values(counts).reduce((sum, value) => sum + value, 0);
  };

  beforeAll(async () => {
    redis = testRedis();
    api = await createTestApi(redisOverrides(redis));
    second = await createTestApi({ ...redisOverrides(redis), database: api.database });
    startWorker('rapport-worker-seed');
    world = await seedReviewWorld(api);
    await waitFor('every conversation scored', async () => {
      const [row] = await api.dataSource.query(`SELECT COUNT(*) AS n FROM conversations WHERE score_status <> 'scored'`);
      return Number(row.n) === 0;
    }, 180_000, 200);
    await stopWorker();
  });
  afterAll(async () => {
    await stopWorker();
    await second.app.close();
    await api.close();
    await dropRedisKeys(redis);
  });

  it('queues the month’s reports once from two API instances’ schedules; only a worker process generates them', async () => {
    const [one, two] = await Promise.all([api.app.get(ReportSchedule).due(new Date('2026-04-01T02:00:00Z')), second.app.get(ReportSchedule).due(new Date('2026-04-01T02:00:00Z'))]);
    // The monthly report and one per vendor, each queued by one instance only.
    expect([...one, ...two]).toHaveLength(3);
    expect(new Set([...one, ...two]).size).toBe(3);
    await Promise.all([api.app.get(ReportJobs).idle(), second.app.get(ReportJobs).idle()]);
    expect((await march(second)).map((item) => [item.status, item.job.state, item.job.attempt])).toEqual([
      ['pending', 'waiting', 0],
      ['pending', 'waiting', 0],
      ['pending', 'waiting', 0],
    ]);

    startWorker('rapport-worker-reports');
    await waitFor('the reports generated', async () => (await march()).every((item) => item.status === 'ready'), 180_000, 200);
    const generated = await march(second);
    expect(generated.map((item) => item.job)).toEqual(generated.map(() => ({ state: 'done', attempt: 1, attempts: 4, lastFailure: null, nextRetryAt: null })));
    await waitFor('the queue emptied', async () => (await jobsInRedis()) === 0, 60_000, 100);
    // Run once: a second run would have written another generation time.
    expect((await march()).map((item) => item.generatedAt)).toEqual(generated.map((item) => item.generatedAt));
    await stopWorker();
  });

  it('refills a due queue once from two API instances’ schedulers, in the worker, however often its job is queued', async () => {
    const rubricId = (await postJson(api, '/api/reviews/rubrics', SIMPLE_RUBRIC, world.lead.headers)).body.id;
    const created = await postJson(
      api,
      '/api/reviews/queues',
      { name: 'daily', rubricId, from: '2026-03-01', to: '2026-03-31', reviewerIds: [world.reviewers[0].user.id], seed: 7, rule: { kind: 'random', perVendorWeek: 1 }, refill: 'daily' },
      world.lead.headers,
    );
    expect(created.status).toBe(201);
    const queueId: string = created.body.id;
    const overdue = new Date(Date.now() - 60_000).toISOString();
    await api.dataSource.createQueryBuilder().update('review_queues').set({ nextRefillAt: overdue }).where('id = :id', { id: queueId }).execute();
    const refills = async () => (await getJson(api, `/api/audit?action=review.queue_refill&targetId=${queueId}&limit=10`, world.admin.headers)).body.entries.length as number;

    await Promise.all([api.app.get(QueueRefillTimer).tick(), second.app.get(QueueRefillTimer).tick()]);
    // The slot's job queued again while it waits is the same job.
    await second.app.get(QueueRefillScheduler).queueSlot({ queueId, due: overdue });
    expect(await jobsInRedis()).toBe(1);
    expect(await refills()).toBe(0);

    startWorker('rapport-worker-refill');
    await waitFor('the refill', async () => (await refills()) === 1, 120_000, 100);
    // Queued again after it ran (a late duplicate): the worker finds the slot refilled and does nothing.
    await api.app.get(QueueRefillScheduler).queueSlot({ queueId, due: overdue });
    await waitFor('the duplicate run', async () => (await jobsInRedis()) === 0, 60_000, 100);
    expect(await refills()).toBe(1);
    await stopWorker();
  });

  it('retries a report whose generation failed, its attempt, failure and next retry shown by the API', async () => {
    startWorker('rapport-worker-retry');
    const started = Date.now();
    // The reviews the report reads are away: the first run fails as a database outage would.
    await api.dataSource.query('ALTER TABLE reviews RENAME TO reviews_away');
    try {
      expect((await postJson(api, '/api/reports/archive/regenerate', { month: '2026-03', vendor: 'alpha-support' }, world.admin.headers)).status).toBe(202);
      const alpha = async () => (await march(second)).find((item) => item.vendor?.slug === 'alpha-support');
      await waitFor('a failed run', async () => (await alpha())?.job.state === 'retrying', 120_000, 25);
      const retrying = await alpha();
      expect(retrying).toMatchObject({ status: 'pending', error: null, job: { state: 'retrying', attempts: 4 } });
      expect(retrying?.job.attempt).toBeGreaterThanOrEqual(1);
      expect(retrying?.job.lastFailure).toMatch(/reviews/);
      expect(Date.parse(retrying?.job.nextRetryAt ?? '')).toBeGreaterThan(started);
    } finally {
      await api.dataSource.query('ALTER TABLE reviews_away RENAME TO reviews');
    }
    await waitFor('the retried report', async () => (await march()).find((item) => item.vendor?.slug === 'alpha-support')?.status === 'ready', 120_000, 100);
    const done = (await march(second)).find((item) => item.vendor?.slug === 'alpha-support');
    expect(done?.job).toMatchObject({ state: 'done', attempts: 4, nextRetryAt: null });
    expect(done?.job.attempt).toBeGreaterThanOrEqual(2);
    expect(done?.job.lastFailure).toMatch(/reviews/);
  });
});
