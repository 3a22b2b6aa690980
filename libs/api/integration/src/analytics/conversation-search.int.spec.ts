import { buildConversation, createTestApi, getJson, loginAs, postJson, seedVendor, TestApi } from '@rapport/api-testing';
import type { AgentOptionsDto, ConversationPageDto, NativeConversation } from '@rapport/contracts';
import { getOk, scored } from './analytics-setup';

/** A customer message, then the agent's answer, on `day` (in March 2026 unless told). */
function conversation(vendor: string, externalId: string, customer: string, agent: { id: string; name?: string }, day = '2026-03-10'): NativeConversation {
  const at = (minute: number) => `${day}T10:0${minute}:00.000Z`;
  return buildConversation({
    vendor,
    externalId,
    language: 'en',
    messages: [
      { role: 'customer', at: at(0), text: customer },
      { role: 'agent', at: at(2), text: 'Hello, thank you for writing. I am looking into it now.', agentId: agent.id, ...(agent.name ? { agentName: agent.name } : {}) },
    ],
  });
}

const JONAS = { id: 'ag-7', name: 'Jonas Weber' };
const NORTH_SEVEN = { id: 'ag-7' };
const MARIA = { id: 'ag-9', name: 'Maria Lopes' };

describe('searching the conversation list and filtering it by agent', () => {
  let api: TestApi;
  let admin: Record<string, string>;
  let northPartner: Record<string, string>;
  const ids: Record<string, string> = {};

  /** The external ids a list request finds, sorted; fails on any status but 200. */
  async function found(path: string, headers: Record<string, string> = admin): Promise<string[]> {
    const page: ConversationPageDto = await getOk(api, path, headers);
    expect(page.total).toBe(page.items.length);
    return page.items.map((item) => item.externalId).sort();
  }

  beforeAll(async () => {
    api = await createTestApi();
    ids['north'] = (await seedVendor(api, { slug: 'north', name: 'North' })).id;
    ids['south'] = (await seedVendor(api, { slug: 'south', name: 'South' })).id;
    admin = (await loginAs(api, 'admin')).headers;
    northPartner = (await loginAs(api, 'partner', ids['north'])).headers;
    const batch = [
      conversation('north', 'ORD-1001', 'My parcel did not come, and the 50% discount code failed.', JONAS),
      conversation('north', 'ORD-1002', 'Where is my package? I ordered 500 items.', JONAS),
      conversation('north', 'ticket_a1', 'The invoice was saved in C:\\temp\\invoice.pdf and will not open.', JONAS),
      conversation('north', 'ticketXa2', 'Please cancel my subscription.', JONAS),
      conversation('south', 'ORD-2001', 'my PARCEL is late again', NORTH_SEVEN),
      conversation('south', 'ORD-2002', 'Can I change the delivery address?', MARIA),
      // Outside the month asked for: a search never widens the period.
      conversation('north', 'ORD-0999', 'An old parcel question.', JONAS, '2026-02-20'),
    ];
    const stored = await postJson(api, '/api/conversations/batch', batch, admin);
    expect(stored.status).toBe(200);
    expect(stored.body.counts.failed).toBe(0);
    await scored(api);
  }, 180_000);
  afterAll(() => api.close());

  describe('q, the text search', () => {
    it('finds conversations by the text of their messages, ignoring case', async () => {
      expect(await found('/api/conversations?month=2026-03&q=parcel')).toEqual(['ORD-1001', 'ORD-2001']);
      expect(await found('/api/conversations?month=2026-03&q=PARCEL%20is')).toEqual(['ORD-2001']);
    });

    it('finds conversations by their external id, ignoring case', async () => {
      expect(await found('/api/conversations?month=2026-03&q=ord-100')).toEqual(['ORD-1001', 'ORD-1002']);
    });

    it('searches within the period and the other filters', async () => {
      expect(await found('/api/conversations?from=2026-02&to=2026-03&q=parcel')).toEqual(['ORD-0999', 'ORD-1001', 'ORD-2001']);
      expect(await found('/api/conversations?month=2026-03&vendors=south&q=parcel')).toEqual(['ORD-2001']);
    });

    it('takes % and _ literally, as the characters the user typed', async () => {
      // Unescaped, "50%" would also match "500 items" and "ticket_a" would match "ticketXa2".
      expect(await found('/api/conversations?month=2026-03&q=50%25')).toEqual(['ORD-1001']);
      expect(await found('/api/conversations?month=2026-03&q=ticket_a')).toEqual(['ticket_a1']);
      expect(await found('/api/conversations?month=2026-03&q=%25%25')).toEqual([]);
      expect(await found('/api/conversations?month=2026-03&q=__')).toEqual([]);
      expect(await found(`/api/conversations?month=2026-03&q=${encodeURIComponent('c:\\temp\\')}`)).toEqual(['ticket_a1']);
    });

    it('binds the text as a parameter: SQL in it is just text', async () => {
      expect(await found(`/api/conversations?month=2026-03&q=${encodeURIComponent("'; DROP TABLE conversations; --")}`)).toEqual([]);
      expect(await found('/api/conversations?month=2026-03&q=ORD')).toHaveLength(4);
    });

    it('refuses a search of one character, or a very long one, saying why', async () => {
      const short = await getJson(api, '/api/conversations?month=2026-03&q=a', admin);
      expect(short.status).toBe(400);
      expect(JSON.stringify(short.body)).toContain('at least 2 characters');
      expect((await getJson(api, `/api/conversations?month=2026-03&q=${'x'.repeat(101)}`, admin)).status).toBe(400);
    });

    it('shows a partner only its own vendor’s conversations, whatever it searches for', async () => {
      expect(await found('/api/conversations?month=2026-03&q=parcel', northPartner)).toEqual(['ORD-1001']);
      expect(await found('/api/conversations?month=2026-03&q=ORD-2001', northPartner)).toEqual([]);
      expect((await getJson(api, '/api/conversations?month=2026-03&vendors=south&q=parcel', northPartner)).status).toBe(404);
    });
  });

  describe('agent, the agent filter', () => {
    it('selects an agent by external id, at every vendor that has one, or at one vendor', async () => {
      expect(await found('/api/conversations?month=2026-03&agent=ag-7')).toEqual(['ORD-1001', 'ORD-1002', 'ORD-2001', 'ticketXa2', 'ticket_a1'].sort());
      expect(await found('/api/conversations?month=2026-03&agent=ag-7&vendors=south')).toEqual(['ORD-2001']);
    });

    it('selects an agent by display name ignoring case, and by id as the agent ranking links do', async () => {
      expect(await found('/api/conversations?month=2026-03&agent=maria%20LOPES')).toEqual(['ORD-2002']);
      const options: AgentOptionsDto = await getOk(api, '/api/conversations/agents?q=maria', admin);
      expect(await found(`/api/conversations?month=2026-03&agent=${options.items[0]?.id}`)).toEqual(['ORD-2002']);
      expect(await found('/api/conversations?month=2026-03&agent=nobody')).toEqual([]);
    });

    it('combines with the text search', async () => {
      expect(await found('/api/conversations?month=2026-03&agent=Jonas%20Weber&q=parcel')).toEqual(['ORD-1001']);
    });
  });

  describe('GET /api/conversations/agents', () => {
    const options = async (query: string, headers = admin) =>
      ((await getOk(api, `/api/conversations/agents${query}`, headers)) as AgentOptionsDto).items.map((item) => `${item.displayName ?? item.externalId} (${item.externalId}, ${item.vendor.slug})`);

    it('offers agents whose external id or name contains the text, by name, with their vendor', async () => {
      expect(await options('?q=AG-')).toEqual(['ag-7 (ag-7, south)', 'Jonas Weber (ag-7, north)', 'Maria Lopes (ag-9, south)']);
      expect(await options('?q=weber')).toEqual(['Jonas Weber (ag-7, north)']);
      expect(await options('?q=ag-7&vendors=north')).toEqual(['Jonas Weber (ag-7, north)']);
      expect(await options('?q=%25')).toEqual([]);
      expect(await options('?limit=1')).toHaveLength(1);
    });

    it('offers a partner only its own vendor’s agents', async () => {
      expect(await options('?q=ag', northPartner)).toEqual(['Jonas Weber (ag-7, north)']);
      expect((await getJson(api, '/api/conversations/agents?vendors=south', northPartner)).status).toBe(404);
    });

    it('refuses parameters it does not know', async () => {
      expect((await getJson(api, '/api/conversations/agents?name=jonas', admin)).status).toBe(400);
    });
  });
});
