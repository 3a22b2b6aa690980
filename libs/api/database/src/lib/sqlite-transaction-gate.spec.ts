import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
