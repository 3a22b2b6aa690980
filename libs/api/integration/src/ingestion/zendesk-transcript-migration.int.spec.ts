import { CONVERSATION_MIGRATIONS } from '@rapport/api-conversations';
import { createTestApi, loginAs, seedVendor, TestApi } from '@rapport/api-testing';
import { importFile, messagesOf } from './import-helpers';

jest.setTimeout(120_000);

const KEY = 'migration-spec-customer-key-0123456789abcdef';
const OPTIONS = JSON.stringify({ vendorByGroup: { 'Manila Team': 'acme' } });

const ticket = (id: number, requester: number) => ({
  id,
  via: { channel: 'email' },
  created_at: '2026-03-02T08:00:00Z',
  updated_at: '2026-03-02T08:30:00Z',
  status: 'open',
  requester_id: requester,
  group_id: 360010,
});
const comment = (id: number, author: number, text: string, at: string) => ({ id: String(id), authorId: String(author), public: true, text, at });

/** Rows as the join kept them before the ids were hashed: raw requester, raw authors, the customer id in the ticket. */
const OLD_ROWS = [
  {
    id: '501',
    requester: '77001',
    ticket: { source: 'zendesk', externalId: '501', vendor: 'acme', channel: 'email', createdAt: '2026-03-02T08:00:00.000Z', customerId: '77001', messages: [] },
    comments: [comment(5011, 77001, 'Where is it?', '2026-03-02T08:00:00.000Z'), comment(5012, 66001, 'On its way', '2026-03-02T08:05:00.000Z')],
  },
  {
    id: '502',
    requester: null,
    ticket: null,
    comments: [comment(5021, 77002, 'Broken lid', '2026-03-02T09:00:00.000Z'), comment(5022, 66001, 'We send a new one', '2026-03-02T09:05:00.000Z')],
  },
];

describe('the migration that hashes the ids kept in ticket_transcripts', () => {
  let api: TestApi;
  let admin: Record<string, string>;
  const send = (name: string, content: string) => importFile(api, admin, { name, content }, { format: 'zendesk', options: OPTIONS });

  beforeEach(async () => {
    api = await createTestApi({ customerIdKey: KEY });
    admin = (await loginAs(api, 'admin')).headers;
    await seedVendor(api, { slug: 'acme' });
  });
  afterEach(async () => {
    delete process.env['CUSTOMER_ID_KEY'];
    await api.close();
  });

  async function migrateOldRows(key: string | undefined): Promise<void> {
    const migration = CONVERSATION_MIGRATIONS.find((candidate) => candidate.name === 'TranscriptIdentities1765000020000');
    expect(migration).toBeDefined();
    const runner = api.dataSource.createQueryRunner();
    try {
      const step = new (migration as NonNullable<typeof migration>)();
      await step.down(runner);
      const param = (n: number) => (api.dataSource.options.type === 'postgres' ? `$${n}` : '?');
      for (const row of OLD_ROWS) {
        await runner.query(
          `INSERT INTO ticket_transcripts (source, external_id, requester_id, ticket_updated_at, ticket, comments, deleted, updated_at)
           VALUES ('zendesk', ${param(1)}, ${param(2)}, ${param(3)}, ${param(4)}, ${param(5)}, ${param(6)}, '2026-03-02T10:00:00.000Z')`,
          [row.id, row.requester, row.ticket === null ? null : '2026-03-02T08:30:00.000Z', row.ticket === null ? null : JSON.stringify(row.ticket), JSON.stringify(row.comments), false],
        );
      }
      if (key !== undefined) {
        process.env['CUSTOMER_ID_KEY'] = key;
      }
      await step.up(runner);
    } finally {
      await runner.release();
    }
    const kept = JSON.stringify(await api.dataSource.query('SELECT * FROM ticket_transcripts'));
    for (const id of ['77001', '77002', '66001']) {
      expect(kept).not.toContain(id);
    }
  }

  it('hashes them under the key of the migrating process, so the join goes on as before', async () => {
    await migrateOldRows(KEY);
    await send('tickets.json', JSON.stringify({ tickets: [ticket(501, 77001), ticket(502, 77002)], groups: [{ id: 360010, name: 'Manila Team' }] }));
    expect((await messagesOf(api, '501')).map((m) => [m.author_role, m.agent_external_id])).toEqual([['customer', null], ['agent', '66001']]);
    expect((await messagesOf(api, '502')).map((m) => [m.author_role, m.agent_external_id])).toEqual([['customer', null], ['agent', '66001']]);
  });

  it('without a key drops them, keeping the roles a known ticket gives its comments', async () => {
    await migrateOldRows(undefined);
    const rows: Array<{ external_id: string; requester_key: string | null; comments: string }> = await api.dataSource.query(
      'SELECT external_id, requester_key, comments FROM ticket_transcripts ORDER BY external_id',
    );
    expect(rows.map((row) => [row.external_id, row.requester_key, (JSON.parse(row.comments) as Array<{ role?: string }>).map((c) => c.role ?? null)])).toEqual([
      ['501', null, ['customer', 'agent']],
      ['502', null, [null, null]],
    ]);
  });
});
