import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ConnectorJobs } from '@rapport/api-connectors';
import { APP_CONFIG, AppConfig, RedisConfig } from '@rapport/api-core';
import { importStorageDir } from '@rapport/api-ingestion';
import { createTestApi, loginAs, seedVendor, sendJson, TestApi } from '@rapport/api-testing';
import { FakeZendesk, zendeskTicket } from '@rapport/fake-help-desks';
import { quietBackgroundWork } from '../cli/cli-process';
import { waitForImport } from '../ingestion/import-helpers';
import { dropRedisKeys, redisOverrides, testRedis, waitFor } from '../scaleout/worker-process';
import { holdConnectorRow, holdImportJobInserts, syncApi, SyncProcess, syncWorker } from './sync-process';

jest.setTimeout(600_000);

const KEY = 'cd'.repeat(32);
const TOKEN = 'good-token';

/**
 * Five pages of three tickets (ids 1–15); page 2 brings ticket 2 again, solved, and page 3 deletes ticket 4:
 * 17 records fetched, 14 live tickets, each with its two comments.
 */
const PAGES = [
  [1, 2, 3].map((id) => zendeskTicket(id)),
  [4, 5, 6].map((id) => zendeskTicket(id)),
  [...[7, 8, 9].map((id) => zendeskTicket(id)), zendeskTicket(2, { status: 'solved', updated_at: '2026-03-03T09:00:00Z' })],
  [...[10, 11, 12].map((id) => zendeskTicket(id)), zendeskTicket(4, { status: 'deleted' })],
  [13, 14, 15].map((id) => zendeskTicket(id)),
];
const LIVE = ['1', '2', '3', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15'];

/**
 * Where the kill lands: `comments` while the process waits for a comment page of page `page` (its earlier pages kept);
 * `written` once page `page` is in the staging file and its cursor save waits (rows written, cursor not saved);
 * `handover` (PostgreSQL) once the last page's file has moved among the uploads and its import job waits to be created.
 */
interface KillPoint {
  phase: 'comments' | 'written' | 'handover';
  page: number;
}

/** A few kill points drawn from a seed (RAPPORT_TEST_SEED to replay another draw): each phase, then either. */
function killPoints(seed: number): KillPoint[] {
  let state = seed >>> 0 || 1;
  const next = (below: number) => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return (state >>> 8) % below;
  };
  const phases = ['comments', 'written', next(2) === 0 ? 'comments' : 'written'] as const;
  const drawn: KillPoint[] = phases.map((phase) => ({ phase, page: 1 + next(PAGES.length - 1) }));
  // Only PostgreSQL can hold the import job's creation without holding the last page's cursor save.
  return process.env['RAPPORT_TEST_DATABASE'] === 'postgres' ? [...drawn, { phase: 'handover', page: PAGES.length - 1 }] : drawn;
}

/** The killed process's name (its database connections carry it). */
const FIRST = 'rapport-sync-a';
const SEED = Number(process.env['RAPPORT_TEST_SEED'] ?? 19);

interface Mode {
  name: string;
  /** A Redis prefix of the test's own, or none: the API then runs its jobs itself. */
  redis: () => RedisConfig | undefined;
  /** Starts a process that runs syncs; `env` holds the connector's key and the fake Zendesk's address. */
  start: (api: TestApi, redis: RedisConfig | undefined, name: string, env: NodeJS.ProcessEnv) => Promise<SyncProcess>;
}

describe.each<Mode>([
  {
    name: 'a worker process on Redis',
    redis: testRedis,
    start: async (api, redis, name, env) => syncWorker(api, redis as RedisConfig, name, env),
  },
  {
    name: 'the API process with its in-process queue',
    redis: () => undefined,
    start: (api, _redis, name, env) => syncApi(api, name, env),
  },
])('Zendesk sync killed with SIGKILL in $name, then resumed by a fresh process', (mode) => {
  let zendesk: FakeZendesk;
  let api: TestApi;
  let redis: RedisConfig | undefined;
  let admin: Record<string, string>;
  const processes: SyncProcess[] = [];

  const row = async () => (await api.dataSource.query(`SELECT * FROM help_desk_connectors WHERE kind = 'zendesk'`))[0] as Record<string, unknown>;
  const scalar = async (sql: string) => Number(Object.values((await api.dataSource.query(sql))[0])[0]);
  const kill = async (target: SyncProcess) => {
    target.child.kill('SIGKILL');
    await target.exited;
  };
  const storage = () => importStorageDir(api.app.get<AppConfig>(APP_CONFIG));

  /** Lets page `page` be written while its cursor save waits on the held row, then kills: the page must be cut. */
  async function killOnceWritten(target: SyncProcess, page: number, answer: () => void): Promise<void> {
    const held = await holdConnectorRow(api.database);
    let cutBytes = 0;
    try {
      expect(held.pagesFetched).toBe(page);
      const file = join(storage(), 'connector-staging', `upload-${held.stagingId}`);
      // Every ticket of pages 0…page on disk, one a line: the page is written and its cursor save waits on the row.
      const lines = PAGES.slice(0, page + 1).reduce((sum, tickets) => sum + tickets.length, 0);
      answer();
      await waitFor('the page written to the staging file', async () => readFileSync(file, 'utf8').split('\n').length - 1 === lines);
      await kill(target);
      cutBytes = statSync(file).size - held.stagedBytes;
    } finally {
      await held.release(FIRST);
    }
    expect(cutBytes).toBeGreaterThan(0);
  }

  /** Lets the last page be kept and its file moved among the uploads while the import job waits, then kills. */
  async function killOnceHandedOver(target: SyncProcess, answer: () => void): Promise<void> {
    const held = await holdImportJobInserts(api.database);
    try {
      answer();
      const file = join(storage(), `upload-${String((await row())['staging_id'])}`);
      await waitFor('the staging file moved among the uploads', async () => existsSync(file));
      await kill(target);
    } finally {
      await held.release(FIRST);
    }
  }

  const start = async (name: string) => {
    const started = await mode.start(api, redis, name, { CONNECTOR_SECRET_KEY: KEY, ZENDESK_BASE_URL: zendesk.url });
    processes.push(started);
    return started;
  };

  beforeEach(async () => {
    zendesk = new FakeZendesk({ pages: PAGES.map((tickets) => ({ tickets })) });
    await zendesk.start();
    redis = mode.redis();
    api = await createTestApi({ ...(redis ? redisOverrides(redis) : {}), connectors: { secretKey: KEY, zendeskBaseUrl: zendesk.url } });
    // The test API never syncs itself: only the processes under test do.
    api.app.get(ConnectorJobs).onModuleDestroy();
    await quietBackgroundWork(api);
    admin = (await loginAs(api, 'admin')).headers;
    await seedVendor(api, { slug: 'acme' });
    // Manual syncs only: nothing but the resume may start the second run.
    const saved = await sendJson(api, 'PUT', '/api/connectors/zendesk', { subdomain: 'acme', email: 'admin@acme.test', apiToken: TOKEN, enabled: false, vendorByGroup: { '360010': 'acme' } }, admin);
    expect(saved.status).toBe(200);
  });
  afterEach(async () => {
    for (const started of processes.splice(0)) {
      await kill(started);
    }
    await api.close();
    await zendesk.close();
    if (redis) {
      await dropRedisKeys(redis);
    }
  });

  it.each(killPoints(SEED))(`(seed ${SEED}) kill while $phase on page $page: exact counts, every ticket once, cursor at the end`, async ({ phase, page }) => {
    const heldTicket = Number(PAGES[page][1]['id']);
    let reached: () => void = () => undefined;
    const asked = new Promise<void>((resolve) => (reached = resolve));
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    zendesk.onComments = (ticketId) => {
      if (ticketId === heldTicket && zendesk.pageRequests(page) === 1) {
        reached();
        return answered;
      }
      return undefined;
    };

    const first = await start(FIRST);
    const sync = await fetch(`${first.url ?? api.url}/api/connectors/zendesk/sync`, { method: 'POST', headers: { ...admin, 'content-type': 'application/json' }, body: '{}' });
    expect(sync.status).toBe(202);
    await asked;
    if (phase === 'written') {
      await killOnceWritten(first, page, answer);
    } else if (phase === 'handover') {
      await killOnceHandedOver(first, answer);
    } else {
      await kill(first);
    }
    answer();

    // What the killed process kept: the pages before `page` (all of them once handed over), nothing imported.
    const kept = phase === 'handover' ? PAGES.length : page;
    expect(await row()).toMatchObject({ state: 'fetching', pages_fetched: kept, fetch_cursor: `c${kept}` });
    expect(await scalar(`SELECT COUNT(*) FROM import_jobs`)).toBe(0);
    expect(await scalar(`SELECT COUNT(*) FROM conversations`)).toBe(0);

    await start('rapport-sync-b');
    await waitFor('the resumed sync to hand over its import', async () => (await row())['state'] === 'idle', 180_000, 100);
    const done = await row();
    expect(done).toMatchObject({ cursor: `c${PAGES.length}`, fetch_cursor: null, staging_id: null, tickets_fetched: 17, pages_fetched: PAGES.length, last_error: null });
    const job = await waitForImport(api, admin, String(done['last_import_job_id']), 180_000);
    expect(job).toMatchObject({ status: 'completed', format: 'zendesk', createdBy: 'Zendesk connector', counts: { created: LIVE.length, failed: 0 } });
    expect(job.fileName).toContain('17 tickets, 5 pages');
    expect(await scalar(`SELECT COUNT(*) FROM import_jobs`)).toBe(1);

    const rows: Array<{ external_id: string }> = await api.dataSource.query(`SELECT external_id FROM conversations WHERE source = 'zendesk-connector'`);
    expect(rows.map((conversation) => conversation.external_id).sort((a, b) => Number(a) - Number(b))).toEqual(LIVE);
    expect(await scalar(`SELECT COUNT(*) FROM conversations`)).toBe(LIVE.length);
    expect(await scalar(`SELECT COUNT(*) FROM messages`)).toBe(2 * LIVE.length);
    // Resumed from the saved cursor: the pages before the kill were asked for once, the cut page again, the rest once.
    expect(PAGES.map((_, index) => zendesk.pageRequests(index))).toEqual(PAGES.map((_, index) => (index === page && phase !== 'handover' ? 2 : 1)));
  });
});

