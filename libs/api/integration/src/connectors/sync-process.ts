import { createServer } from 'node:net';
import { Client } from 'pg';
import sqlite3 from 'sqlite3';
import type { DatabaseConfig, RedisConfig } from '@rapport/api-core';
import type { TestApi } from '@rapport/api-testing';
import { cliEnv } from '../cli/cli-process';
import { startNodeProcess, startWorkerProcess, waitFor, WorkerProcess } from '../scaleout/worker-process';

/** A process that runs connector syncs, and where to ask it for one when it serves HTTP. */
export interface SyncProcess extends WorkerProcess {
  url: string | null;
}

/** `npm run worker` on Redis, with the connector's key and the fake Zendesk's address. */
export function syncWorker(api: TestApi, redis: RedisConfig, name: string, connectorEnv: NodeJS.ProcessEnv): SyncProcess {
  return { ...startWorkerProcess(api, redis, name, connectorEnv), url: null };
}

/** The API itself as its own process (no Redis: its jobs run in it), serving on a free port once it answers. */
export async function syncApi(api: TestApi, name: string, connectorEnv: NodeJS.ProcessEnv): Promise<SyncProcess> {
  const port = await freePort();
  const started = startNodeProcess('apps/api/src/main.ts', { ...cliEnv(api), HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', PGAPPNAME: name, ...connectorEnv });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    'the API process to answer',
    async () => {
      if (started.child.exitCode !== null) {
        throw new Error(`the API process exited: ${started.output().slice(-2000)}`);
      }
      return fetch(`${url}/api/health`).then(
        (answer) => answer.ok,
        () => false,
      );
    },
    120_000,
    100,
  );
  return { ...started, url };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') {
    throw new Error('no free port');
  }
  return address.port;
}

export interface HeldConnector {
  stagingId: string | null;
  stagedBytes: number;
  pagesFetched: number;
  /**
   * Lets go of the row. `killed`: the connection name of a process killed while its cursor save waited here; on
   * PostgreSQL its connections are ended first, or the server (which has not yet noticed the client is gone) would
   * run that save once the row is free.
   */
  release(killed?: string): Promise<void>;
}

/**
 * Holds the Zendesk connector's row from outside, as a competing writer would, so that a sync's next cursor save
 * waits (SQLite: the database's write lock; PostgreSQL: the row). What it returns is the kept state until `release`.
 */
export async function holdConnectorRow(database: DatabaseConfig): Promise<HeldConnector> {
  if (database.kind === 'sqlite') {
    const db = new sqlite3.Database(database.file);
    const run = (sql: string) => new Promise<void>((resolve, reject) => db.run(sql, (error) => (error ? reject(error) : resolve())));
    await run('PRAGMA busy_timeout = 120000');
    await run('BEGIN IMMEDIATE');
    const rows = await new Promise<Array<Record<string, unknown>>>((resolve, reject) =>
      db.all(ROW_QUERY, (error, result: Array<Record<string, unknown>>) => (error ? reject(error) : resolve(result))),
    );
    return held(rows[0], async () => {
      await run('ROLLBACK');
      await new Promise<void>((resolve) => db.close(() => resolve()));
    });
  }
  const { rows, release } = await holdInPostgres(database, `${ROW_QUERY} FOR UPDATE`);
  return held(rows[0], release);
}

/**
 * PostgreSQL only: holds the import jobs' table, so that a sync which has moved its staging file among the uploads
 * waits to create its import job.
 */
export async function holdImportJobInserts(database: DatabaseConfig): Promise<{ release(killed?: string): Promise<void> }> {
  if (database.kind !== 'postgres') {
    throw new Error('holdImportJobInserts needs PostgreSQL');
  }
  return holdInPostgres(database, 'LOCK TABLE import_jobs IN SHARE MODE');
}

async function holdInPostgres(database: DatabaseConfig & { kind: 'postgres' }, lock: string) {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  await client.query(`SET search_path TO ${database.schema ?? 'public'}`);
  await client.query('BEGIN');
  const { rows } = await client.query(lock);
  return {
    rows: rows as Array<Record<string, unknown>>,
    release: async (killed?: string) => {
      if (killed !== undefined) {
        await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [killed]);
      }
      await client.query('ROLLBACK');
      await client.end();
    },
  };
}

const ROW_QUERY = `SELECT staging_id, staged_bytes, pages_fetched FROM help_desk_connectors WHERE kind = 'zendesk'`;

function held(row: Record<string, unknown> | undefined, release: (killed?: string) => Promise<void>): HeldConnector {
  if (row === undefined) {
    throw new Error('no Zendesk connector row to hold');
  }
  return {
    stagingId: row['staging_id'] === null ? null : String(row['staging_id']),
    stagedBytes: Number(row['staged_bytes']),
    pagesFetched: Number(row['pages_fetched']),
    release,
  };
}
