import { Client } from 'pg';
import sqlite3 from 'sqlite3';
import type { DatabaseConfig } from '@rapport/api-core';

export interface HeldJob {
  id: string;
  status: string;
  recordsCommitted: number;
  created: number;
  failed: number;
}

/**
 * Freezes an import's progress from outside its process, the way a competing writer would: waits for the batch being
 * committed, then holds a lock that the import's next batch needs (SQLite: the database's write lock; PostgreSQL:
 * the job's row, which every batch updates first). What it returns is exactly what is committed until `release`.
 */
export async function holdImportJob(database: DatabaseConfig): Promise<{ job: HeldJob | undefined; release: () => Promise<void> }> {
  if (database.kind === 'sqlite') {
    const db = new sqlite3.Database(database.file);
    const run = (sql: string) => new Promise<void>((resolve, reject) => db.run(sql, (error) => (error ? reject(error) : resolve())));
    await run('PRAGMA busy_timeout = 120000');
    await run('BEGIN IMMEDIATE');
    const rows = await new Promise<Array<Record<string, unknown>>>((resolve, reject) =>
      db.all(JOB_QUERY, (error, result: Array<Record<string, unknown>>) => (error ? reject(error) : resolve(result))),
    );
    return {
      job: heldJob(rows[0]),
      release: async () => {
        await run('ROLLBACK');
        await new Promise<void>((resolve) => db.close(() => resolve()));
      },
    };
  }
  const client = new Client({ connectionString: database.url });
  await client.connect();
  await client.query(`SET search_path TO ${database.schema ?? 'public'}`);
  await client.query('BEGIN');
  const { rows } = await client.query(`${JOB_QUERY} FOR UPDATE`);
  return {
    job: heldJob(rows[0]),
    release: async () => {
      await client.query('ROLLBACK');
      await client.end();
    },
  };
}

const JOB_QUERY = 'SELECT id, status, records_committed, created, failed FROM import_jobs';

function heldJob(row: Record<string, unknown> | undefined): HeldJob | undefined {
  if (row === undefined) {
    return undefined;
  }
  return {
    id: String(row['id']),
    status: String(row['status']),
    recordsCommitted: Number(row['records_committed']),
    created: Number(row['created']),
    failed: Number(row['failed']),
  };
}

/**
 * Watches, from outside, for another process's write transaction on the database, without stopping it: the moment a
 * batch is being written and not yet committed. SQLite: a write lock that cannot be taken at once (the test API is
 * quiet, so only the import holds it); PostgreSQL: a transaction that has written (it has an xid) on a connection
 * named `applicationName`. `committed` reads the job's cursor as other connections see it.
 */
export async function transactionProbe(
  database: DatabaseConfig,
  applicationName: string,
): Promise<{ writing(): Promise<boolean>; committed(): Promise<number>; gone(): Promise<boolean>; close(): Promise<void> }> {
  if (database.kind === 'sqlite') {
    const db = new sqlite3.Database(database.file);
    const run = (sql: string) => new Promise<void>((resolve, reject) => db.run(sql, (error) => (error ? reject(error) : resolve())));
    const all = (sql: string) =>
      new Promise<Array<Record<string, unknown>>>((resolve, reject) => db.all(sql, (error, rows: Array<Record<string, unknown>>) => (error ? reject(error) : resolve(rows))));
    await run('PRAGMA busy_timeout = 0');
    return {
      writing: async () => {
        try {
          await run('BEGIN IMMEDIATE');
        } catch (error) {
          if (String(error).includes('SQLITE_BUSY')) {
            return true;
          }
          throw error;
        }
        await run('ROLLBACK');
        return false;
      },
      committed: async () => Number((await all('SELECT records_committed FROM import_jobs'))[0]?.['records_committed'] ?? 0),
      // A killed process's locks go with it.
      gone: async () => true,
      close: () => new Promise<void>((resolve) => db.close(() => resolve())),
    };
  }
  const client = new Client({ connectionString: database.url });
  await client.connect();
  await client.query(`SET search_path TO ${database.schema ?? 'public'}`);
  const sessions = async (condition: string) =>
    (await client.query(`SELECT COUNT(*) AS n FROM pg_stat_activity WHERE application_name = $1 AND ${condition}`, [applicationName])).rows[0].n > 0;
  return {
    writing: () => sessions('backend_xid IS NOT NULL'),
    committed: async () => Number((await client.query('SELECT records_committed FROM import_jobs')).rows[0]?.records_committed ?? 0),
    // The server ends a killed client's session (rolling its transaction back) once it notices the closed socket.
    gone: async () => !(await sessions('TRUE')),
    close: () => client.end(),
  };
}
