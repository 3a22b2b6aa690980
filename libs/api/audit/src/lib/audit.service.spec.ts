import { DataSource } from 'typeorm';
import * as sqlite3 from 'sqlite3';
import { Clock } from '@rapport/api-core';
import { AuditEntry } from './audit-entry.entity';
import { AuditService } from './audit.service';
import { Audit1764000000410 } from './1764000000410-audit.migration';

class FixedClock extends Clock {
  constructor(private readonly at: Date) {
    super();
  }
  override now(): Date {
    return this.at;
  }
}

describe('AuditService', () => {
  let dataSource: DataSource;
  let audit: AuditService;
  const admin = { kind: 'user' as const, id: 'u-1', role: 'admin' as const, vendorScope: null, label: 'ada@client.example' };

  beforeEach(async () => {
    dataSource = await new DataSource({
      type: 'sqlite',
      driver: sqlite3,
      database: ':memory:',
      entities: [AuditEntry],
      migrations: [Audit1764000000410],
      migrationsRun: true,
    }).initialize();
    audit = new AuditService(dataSource.getRepository(AuditEntry), new FixedClock(new Date('2026-03-02T10:00:00.000Z')));
  });
  afterEach(() => dataSource.destroy());

  it('stores who, what, when and on what, with success as the default outcome', async () => {
    await audit.record({ actor: admin, action: 'user.create', target: { type: 'user', id: 'u-2' }, ip: '10.0.0.1', details: { role: 'partner' } });
    const { entries, nextBefore } = await audit.list({ limit: 10 });
    expect(nextBefore).toBeNull();
    expect(entries).toEqual([
      {
        id: 1,
        at: '2026-03-02T10:00:00.000Z',
        actorKind: 'user',
        actorId: 'u-1',
        actorLabel: 'ada@client.example',
        action: 'user.create',
        outcome: 'success',
        targetType: 'user',
        targetId: 'u-2',
        vendorId: null,
        ip: '10.0.0.1',
        details: { role: 'partner' },
      },
    ]);
  });

  it('records system and anonymous actors without an id', async () => {
    await audit.record({ actor: { kind: 'anonymous', label: 'who@example.com' }, action: 'auth.login_failed', outcome: 'failure' });
    const [entry] = (await audit.list({ limit: 10 })).entries;
    expect(entry).toMatchObject({ actorKind: 'anonymous', actorId: null, actorLabel: 'who@example.com', outcome: 'failure' });
  });

  it('writes inside the caller’s transaction, so a rolled-back change leaves no entry', async () => {
    await expect(
      dataSource.transaction(async (manager) => {
        await audit.record({ actor: admin, action: 'rubric.change' }, manager);
        throw new Error('the change itself failed');
      }),
    ).rejects.toThrow('the change itself failed');
    expect((await audit.list({ limit: 10 })).entries).toEqual([]);
  });

  it('pages newest first', async () => {
    for (const action of ['a.one', 'a.two', 'a.three']) {
      await audit.record({ actor: admin, action: action as `${string}.${string}` });
    }
    const first = await audit.list({ limit: 2 });
    expect(first.entries.map((entry) => entry.action)).toEqual(['a.three', 'a.two']);
    const second = await audit.list({ limit: 2, before: first.nextBefore ?? undefined });
    expect(second).toEqual({ entries: [expect.objectContaining({ action: 'a.one' })], nextBefore: null });
  });

  it('cannot be changed or deleted, even with raw SQL', async () => {
    await audit.record({ actor: admin, action: 'user.create' });
    await expect(dataSource.query("UPDATE audit_log SET actor_label = 'someone else'")).rejects.toThrow(/append-only/);
    await expect(dataSource.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    expect((await audit.list({ limit: 10 })).entries[0]?.actorLabel).toBe('ada@client.example');
  });
});
