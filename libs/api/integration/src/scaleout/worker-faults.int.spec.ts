import { RollupMaintainer } from '@rapport/api-analytics';
import type { RedisConfig } from '@rapport/api-core';
import { buildConversation, createTestApi, getJson, loginAs, seedVendor, TestApi } from '@rapport/api-testing';
import { SCORER_VERSION } from '@rapport/scoring';
import { rollupRows } from '../analytics/rollup-rows';
import { count, uploadFile, waitForImport } from '../ingestion/import-helpers';
import { dropRedisKeys, killRedisClients, redisOverrides, startWorkerProcess, testRedis, waitFor, WorkerProcess } from './worker-process';

jest.setTimeout(900_000);

/** Three batches of 1,000: a fault lands between two commits. */
const CONVERSATIONS = 3_000;

const jsonl = (prefix: string, conversations: number) =>
  Array.from({ length: conversations }, (_, i) => JSON.stringify(buildConversation({ vendor: 'acme', externalId: `${prefix}-${i}` }))).join('\n');

async function scalar(api: TestApi, sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await api.dataSource.query(sql, params);
  return Number(Object.values(row)[0]);
}

describe('import and scoring jobs in worker processes on Redis', () => {
  let api: TestApi;
  let redis: RedisConfig;
  let admin: Record<string, string>;
  const workers: WorkerProcess[] = [];
  const others: TestApi[] = [];

  const worker = (name: string) => {
    const started = startWorkerProcess(api, redis, name);
    workers.push(started);
    return started;
  };
  const kill = async (target: WorkerProcess) => {
    target.child.kill('SIGKILL');
    await target.exited;
  };
  const committed = (jobId: string) => scalar(api, `SELECT records_committed FROM import_jobs WHERE id = '${jobId}'`);
  const upload = async (target: TestApi, name: string, conversations: number) => {
    const answer = await uploadFile(target, admin, { name: `${name}.jsonl`, content: jsonl(name, conversations) }, { format: 'jsonl' });
    // Accepted: from here nothing may be lost.
    expect(answer.status).toBe(202);
    return answer.body.id as string;
  };
  const allScored = (scorerVersion = SCORER_VERSION) =>
    waitFor('every conversation scored', async () => (await scalar(api, `SELECT COUNT(*) FROM conversations WHERE score_status = 'scored' AND scorer_version = '${scorerVersion}'`)) === (await count(api, 'conversations')), 180_000, 200);
  const expectRollupsEqualRebuild = async () => {
    const maintained = await rollupRows(api);
    expect(maintained.length).toBeGreaterThan(0);
    await api.dataSource.transaction((manager) => api.app.get(RollupMaintainer).rebuild(manager));
    expect(await rollupRows(api)).toEqual(maintained);
  };

  beforeEach(async () => {
    redis = testRedis();
    api = await createTestApi(redisOverrides(redis));
    admin = (await loginAs(api, 'admin')).headers;
    await seedVendor(api, { slug: 'acme' });
  });
  afterEach(async () => {
    await Promise.all(workers.splice(0).map(kill));
    await Promise.all(others.splice(0).map((other) => other.app.close()));
    await api.close();
    await dropRedisKeys(redis);
  });

  it('takes over an import and a rescore from a worker killed with SIGKILL, with exact counts and nothing twice', async () => {
    const first = worker('rapport-worker-a');
    const jobId = await upload(api, 'killed', CONVERSATIONS);
    await waitFor('the first committed batch', async () => (await committed(jobId)) >= 1_000);
    await kill(first);
    const cutAt = await committed(jobId);
    expect(cutAt).toBeLessThan(CONVERSATIONS);

    const second = worker('rapport-worker-b');
    const job = await waitForImport(api, admin, jobId, 180_000);
    expect(job).toMatchObject({ status: 'completed', counts: { created: CONVERSATIONS, updated: 0, unchanged: 0, failed: 0 } });
    expect(await count(api, 'conversations')).toBe(CONVERSATIONS);
    expect(await count(api, 'messages')).toBe(2 * CONVERSATIONS);
    await allScored();
    await kill(second);

    // A scorer upgrade: every score is outdated, and the next worker to start scores them again.
    await api.dataSource.query(`UPDATE conversations SET scorer_version = 'previous'`);
    const third = worker('rapport-worker-c');
    await waitFor('part of the rescore', async () => (await scalar(api, `SELECT COUNT(*) FROM conversations WHERE scorer_version = '${SCORER_VERSION}'`)) > 0, 120_000, 10);
    await kill(third);
    expect(await scalar(api, `SELECT COUNT(*) FROM conversations WHERE scorer_version = 'previous'`)).toBeGreaterThan(0);

    worker('rapport-worker-d');
    await allScored();
    expect(await count(api, 'conversation_scores')).toBe(CONVERSATIONS);
    expect(await scalar(api, `SELECT COUNT(DISTINCT conversation_id) FROM conversation_scores`)).toBe(CONVERSATIONS);
    await expectRollupsEqualRebuild();
  });

  it('finishes an import whose Redis connections are dropped twice while it runs', async () => {
    worker('rapport-worker-a');
    const jobId = await upload(api, 'redis-cut', CONVERSATIONS);
    await waitFor('the first committed batch', async () => (await committed(jobId)) >= 1_000);
    expect(await killRedisClients(redis)).toBeGreaterThan(0);
    await waitFor('another committed batch', async () => (await committed(jobId)) >= 2_000 || (await committed(jobId)) === CONVERSATIONS);
    expect(await killRedisClients(redis)).toBeGreaterThan(0);
    const job = await waitForImport(api, admin, jobId, 180_000);
    expect(job).toMatchObject({ status: 'completed', counts: { created: CONVERSATIONS, updated: 0, unchanged: 0, failed: 0 } });
    // Its queue job as the API shows it, written by the worker that ran it.
    expect(job.job).toMatchObject({ state: 'done', attempts: 5, nextRetryAt: null });
    expect(job.job.attempt).toBeGreaterThanOrEqual(1);
    expect(await count(api, 'conversations')).toBe(CONVERSATIONS);
    await allScored();
    await expectRollupsEqualRebuild();
  });

  if (process.env['RAPPORT_TEST_DATABASE'] === 'postgres') {
    it('retries a batch whose PostgreSQL connection is terminated, from its last commit', async () => {
      worker('rapport-worker-pg');
      const jobId = await upload(api, 'pg-cut', CONVERSATIONS);
      await waitFor('the first committed batch', async () => (await committed(jobId)) >= 1_000);
      const terminated = await scalar(api, `SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = 'rapport-worker-pg'`);
      expect(terminated).toBeGreaterThan(0);
      const job = await waitForImport(api, admin, jobId, 180_000);
      expect(job).toMatchObject({ status: 'completed', counts: { created: CONVERSATIONS, updated: 0, unchanged: 0, failed: 0 } });
      expect(await count(api, 'conversations')).toBe(CONVERSATIONS);
      expect(await count(api, 'messages')).toBe(2 * CONVERSATIONS);
      await allScored();
      await expectRollupsEqualRebuild();
    });
  }

  it('runs two API instances and two workers on one database as one: concurrent imports and reads, shared rate limits', async () => {
    const second = await createTestApi({ ...redisOverrides(redis), database: api.database, rateLimits: { loginPerMinute: 2, ingestionPerMinute: 100_000 } });
    others.push(second);
    worker('rapport-worker-a');
    worker('rapport-worker-b');
    const half = CONVERSATIONS / 2;
    const [one, two] = await Promise.all([upload(api, 'north', half), upload(second, 'south', half)]);
    let reads = 0;
    const failures: number[] = [];
    let reading = true;
    const reader = (async () => {
      while (reading) {
        for (const target of [api, second]) {
          const answer = await getJson(target, '/api/analytics/scorecard?month=2026-03', admin);
          reads++;
          if (answer.status !== 200) {
            failures.push(answer.status);
          }
        }
      }
    })();
    let jobs: Awaited<ReturnType<typeof waitForImport>>[];
    try {
      // Both imports, two workers and the readers share two cores with the rest of the machine: generous deadlines.
      jobs = await Promise.all([waitForImport(api, admin, one, 400_000), waitForImport(second, admin, two, 400_000)]);
      await allScored();
    } finally {
      reading = false;
      await reader.catch(() => undefined);
    }
    expect(failures).toEqual([]);
    expect(reads).toBeGreaterThan(0);
    for (const job of jobs) {
      expect(job).toMatchObject({ status: 'completed', counts: { created: half, failed: 0 } });
    }
    expect(await count(api, 'conversations')).toBe(CONVERSATIONS);
    await expectRollupsEqualRebuild();
    // Both instances answer from the same, current data: no instance serves an answer from before the imports.
    for (const target of [api, second]) {
      const scorecard = await getJson(target, '/api/analytics/scorecard?month=2026-03', admin);
      expect(scorecard.body.rows[0]).toMatchObject({ vendor: { slug: 'acme' }, volume: { current: CONVERSATIONS } });
    }

    // The sign-in limit (2 a minute on the second and a third instance) counts across instances: alternating between
    // them, the third attempt is refused (counted per process, each would still allow it).
    const attempt = async (target: TestApi) => (await fetch(`${target.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'nobody@example.com', password: 'wrong password 1' }) })).status;
    const third = await createTestApi({ ...redisOverrides(redis), database: api.database, rateLimits: { loginPerMinute: 2, ingestionPerMinute: 100_000 } });
    others.push(third);
    const statuses = [await attempt(second), await attempt(third), await attempt(second)];
    expect(statuses[0]).toBe(401);
    expect(statuses[2]).toBe(429);
  });
});
