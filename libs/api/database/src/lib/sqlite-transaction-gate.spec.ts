import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { DataSource } from 'typeorm';
import { databaseOptions } from './database-options';

type Callback = (this: unknown, error: Error | null, rows?: unknown) => void;

/** Resolves when the data source hands SQLite its next BEGIN. */
function watchBegin(dataSource: DataSource): Promise<void> {
  const connection = (dataSource.driver as unknown as { databaseConnection: sqlite3.Database }).databaseConnection;
  const all = connection.all.bind(connection) as (sql: string, params: unknown, callback: Callback) => sqlite3.Database;
  return new Promise((resolve) => {
    connection.all = ((sql: string, params: unknown, callback: Callback) => {
      if (!sql.startsWith('BEGIN')) {
        return all(sql, params, callback);
      }
      connection.all = all as typeof connection.all;
      const result = all(sql, params, callback);
      resolve();
      return result;
    }) as typeof connection.all;
  });
}

describe('transactions on the shared SQLite connection', () => {
  let folder: string;
  let dataSource: DataSource;

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'rapport-sqlite-gate-'));
    dataSource = new DataSource(databaseOptions({ kind: 'sqlite', file: join(folder, 'gate.sqlite') }, { entities: [], migrations: [] }));
    await dataSource.initialize();
    await dataSource.query('CREATE TABLE writes (flow TEXT NOT NULL, step INTEGER NOT NULL)');
  });

  afterEach(async () => {
    await dataSource.destroy();
    rmSync(folder, { recursive: true, force: true });
  });

  it('starts transactions that begin at the same moment without "cannot start a transaction within a transaction"', async () => {
    const flows = Array.from({ length: 8 }, (_, flow) =>
      dataSource.transaction(async (manager) => {
        for (let step = 0; step < 3; step++) {
          await manager.query('INSERT INTO writes (flow, step) VALUES (?, ?)', [`flow-${flow}`, step]);
        }
      }),
    );
    const outcomes = await Promise.allSettled(flows);
    expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toEqual([]);
    const [row] = await dataSource.query('SELECT COUNT(*) AS n FROM writes');
    expect(Number(row.n)).toBe(24);
  });

  it('waits for a writer on another connection (a command-line import beside the API) instead of failing with SQLITE_BUSY', async () => {
    const other = new sqlite3.Database(join(folder, 'gate.sqlite'));
    const run = (sql: string) => new Promise<void>((resolve, reject) => other.run(sql, (error) => (error ? reject(error) : resolve())));
    await run('PRAGMA busy_timeout = 10000');
    await run('BEGIN IMMEDIATE');
    await run(`INSERT INTO writes (flow, step) VALUES ('import', 0)`);
    // Our BEGIN is seen as it reaches SQLite: the overlap is observed, not assumed.
    const beginSent = watchBegin(dataSource);
    // Reads, then writes, while the other connection holds the write lock and commits in between.
    let settled = false;
    let seenInside = -1;
    const ours = dataSource
      .transaction(async (manager) => {
        const [row] = await manager.query('SELECT COUNT(*) AS n FROM writes');
        seenInside = Number(row.n);
        await manager.query('INSERT INTO writes (flow, step) VALUES (?, ?)', ['api', 0]);
      })
      .finally(() => (settled = true));
    await beginSent;
    expect(settled).toBe(false);
    await run('COMMIT');
    await new Promise<void>((resolve) => other.close(() => resolve()));
    await expect(ours).resolves.toBeUndefined();
    // Begun before the other writer committed, yet it read what that writer committed: it waited for the write lock
    // instead of starting beside the writer (and then failing on its first write).
    expect(seenInside).toBe(1);
    const rows = await dataSource.query('SELECT flow FROM writes ORDER BY rowid');
    expect(rows.map((row: { flow: string }) => row.flow)).toEqual(['import', 'api']);
  });

  it('still rolls back a failed transaction that ran alone', async () => {
    await expect(
      dataSource.transaction(async (manager) => {
        await manager.query('INSERT INTO writes (flow, step) VALUES (?, ?)', ['lost', 0]);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    const [row] = await dataSource.query('SELECT COUNT(*) AS n FROM writes');
    expect(Number(row.n)).toBe(0);
  });
});
