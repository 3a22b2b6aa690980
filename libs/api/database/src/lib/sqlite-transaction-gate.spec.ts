import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { DataSource } from 'typeorm';
import { databaseOptions } from './database-options';

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
    // Reads, then writes, while the other connection holds the write lock and commits in between.
    const ours = dataSource.transaction(async (manager) => {
      await manager.query('SELECT COUNT(*) AS n FROM writes');
      await manager.query('INSERT INTO writes (flow, step) VALUES (?, ?)', ['api', 0]);
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await run('COMMIT');
    await new Promise<void>((resolve) => other.close(() => resolve()));
    await expect(ours).resolves.toBeUndefined();
    const rows = await dataSource.query('SELECT flow FROM writes ORDER BY flow');
    expect(rows.map((row: { flow: string }) => row.flow)).toEqual(['api', 'import']);
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
