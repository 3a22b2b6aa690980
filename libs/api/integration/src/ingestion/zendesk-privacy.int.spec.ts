import { createHmac } from 'node:crypto';
import { createTestApi, loginAs, seedVendor, TestApi } from '@rapport/api-testing';
import { importFile, messagesOf } from './import-helpers';

jest.setTimeout(120_000);

const CUSTOMER_KEY = 'privacy-spec-customer-key-0123456789abcdef';
/** Distinctive ids and personal details: none of them may be kept anywhere but where the design says. */
const REQUESTER = 48213977001;
const OTHER_REQUESTER = 48213977003;
const AGENT = 48213977002;
const PERSONAL = ['Greta Privatperson', 'greta.privat@example.org', '+49 151 2345 6789', 'Otto Zweitkunde', 'otto.zweit@example.net', 'Agnes Agentin', 'agnes.agent@acme.example', 'secret-attachment-token'];

function ticket(id: number, requester: number, name: string, address: string): Record<string, unknown> {
  return {
    id,
    via: { channel: 'email', source: { from: { name, address }, to: { name: 'Acme', address: 'help@acme.example' }, rel: null } },
    created_at: '2026-03-02T08:00:00Z',
    updated_at: '2026-03-02T08:30:00Z',
    subject: 'Refund',
    description: 'Where is my refund?',
    status: 'open',
    requester_id: requester,
    submitter_id: requester,
    assignee_id: AGENT,
    group_id: 360010,
    custom_fields: [{ id: 1, value: '+49 151 2345 6789' }],
  };
}

function comments(ticketId: number, requester: number, name: string, address: string): string {
  const via = (from: { name: string; address: string }) => ({ channel: 'email', source: { from, to: {}, rel: null } });
  return JSON.stringify({
    comments: [
      {
        id: ticketId * 10 + 1,
        author_id: requester,
        plain_body: 'My parcel never came',
        public: true,
        created_at: '2026-03-02T08:00:00Z',
        via: via({ name, address }),
        attachments: [{ file_name: 'photo.jpg', content_url: 'https://example.zendesk.com/attachments/token/secret-attachment-token/?name=photo.jpg' }],
        metadata: { system: { ip_address: '203.0.113.7', location: 'Berlin' } },
      },
      {
        id: ticketId * 10 + 2,
        author_id: AGENT,
        plain_body: 'Sorry! A new one is on its way.',
        public: true,
        created_at: '2026-03-02T08:10:00Z',
        via: via({ name: 'Agnes Agentin', address: 'agnes.agent@acme.example' }),
      },
      { id: ticketId * 10 + 3, author_id: requester, plain_body: 'Thanks', public: true, created_at: '2026-03-02T08:12:00Z' },
    ],
  });
}

const page = (tickets: Record<string, unknown>[]): string => JSON.stringify({ tickets, groups: [{ id: 360010, name: 'Manila Team' }] });
const OPTIONS = JSON.stringify({ vendorByGroup: { 'Manila Team': 'acme' } });

/** Every value of every row of every table of the test database, as text. */
async function everyValue(api: TestApi): Promise<Array<{ table: string; column: string; value: string }>> {
  const schema = (api.dataSource.options as { schema?: string }).schema;
  const tables: Array<{ name: string }> =
    api.dataSource.options.type === 'postgres'
      ? await api.dataSource.query(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE'`, [schema])
      : await api.dataSource.query(`SELECT name FROM sqlite_master WHERE type = 'table'`);
  const values: Array<{ table: string; column: string; value: string }> = [];
  for (const { name } of tables) {
    const rows: Array<Record<string, unknown>> = await api.dataSource.query(`SELECT * FROM ${schema ? `"${schema}".` : ''}"${name}"`);
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        if (value !== null && value !== undefined) {
          values.push({ table: name, column, value: Buffer.isBuffer(value) ? value.toString('utf8') : typeof value === 'object' ? JSON.stringify(value) : String(value) });
        }
      }
    }
  }
  return values;
}

describe('Zendesk imports keep no requester or author id, nor other personal data, beside the conversation', () => {
  let api: TestApi;
  let admin: Record<string, string>;
  const send = (name: string, content: string) => importFile(api, admin, { name, content }, { format: 'zendesk', options: OPTIONS });

  beforeEach(async () => {
    api = await createTestApi({ customerIdKey: CUSTOMER_KEY });
    admin = (await loginAs(api, 'admin')).headers;
    await seedVendor(api, { slug: 'acme' });
  });
  afterEach(() => api.close());

  it('joins comments before and after their ticket on keyed hashes only', async () => {
    // Ticket 401: its comments first; ticket 402: the ticket first.
    await send('tickets-401-comments.json', comments(401, REQUESTER, 'Greta Privatperson', 'greta.privat@example.org'));
    await send('tickets.json', page([ticket(401, REQUESTER, 'Greta Privatperson', 'greta.privat@example.org'), ticket(402, OTHER_REQUESTER, 'Otto Zweitkunde', 'otto.zweit@example.net')]));
    await send('tickets-402-comments.json', comments(402, OTHER_REQUESTER, 'Otto Zweitkunde', 'otto.zweit@example.net'));

    for (const id of ['401', '402']) {
      expect((await messagesOf(api, id)).map((m) => [m.author_role, m.agent_external_id, m.text])).toEqual([
        ['customer', null, 'My parcel never came'],
        ['agent', String(AGENT), 'Sorry! A new one is on its way.'],
        ['customer', null, 'Thanks'],
      ]);
    }
    const keys: Array<{ external_id: string; customer_key: string }> = await api.dataSource.query(
      `SELECT external_id, customer_key FROM conversations ORDER BY external_id`,
    );
    const hmac = (id: number) => createHmac('sha256', CUSTOMER_KEY).update(String(id), 'utf8').digest('hex');
    expect(keys).toEqual([
      { external_id: '401', customer_key: hmac(REQUESTER) },
      { external_id: '402', customer_key: hmac(OTHER_REQUESTER) },
    ]);

    const values = await everyValue(api);
    expect(values.filter((v) => v.table === 'ticket_transcripts')).not.toEqual([]);
    const found = (needle: string) => values.filter((v) => v.value.includes(needle)).map((v) => `${v.table}.${v.column}`);
    for (const needle of [String(REQUESTER), String(OTHER_REQUESTER), ...PERSONAL]) {
      expect({ needle, columns: found(needle) }).toEqual({ needle, columns: [] });
    }
    // The agent's own id is the agent directory's key (agent scorecards), and nowhere else.
    expect(found(String(AGENT))).toEqual(['agents.external_id']);
  });
});
