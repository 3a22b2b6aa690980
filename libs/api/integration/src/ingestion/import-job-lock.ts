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
