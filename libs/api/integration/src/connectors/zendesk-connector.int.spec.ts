import { ZendeskSync } from '@rapport/api-connectors';
import { IMPORT_QUEUE, ImportQueue } from '@rapport/api-ingestion';
import { createTestApi, getJson, loginAs, postJson, seedVendor, sendJson, TestApi } from '@rapport/api-testing';
import type { ImportJobDto, ZendeskConnectorDto } from '@rapport/contracts';
import { waitForImport } from '../ingestion/import-helpers';
import { FakeZendesk, zendeskTicket } from '@rapport/fake-help-desks';

jest.setTimeout(120_000);

const KEY = 'ab'.repeat(32);
const TOKEN = 'good-token';

/**
 * Three pages: ticket 2 comes again on page 2 with a later update (solved), ticket 4 is deleted there, ticket 5's
 * comments come in two pages. Five live tickets in all.
 */
function world(): FakeZendesk {
  return new FakeZendesk({
    pages: [
      { tickets: [zendeskTicket(1), zendeskTicket(2), zendeskTicket(3)] },
      {
        tickets: [
          zendeskTicket(2, { status: 'solved', updated_at: '2026-03-03T09:00:00Z' }),
          zendeskTicket(4, { status: 'deleted' }),
          zendeskTicket(5),
        ],
      },
      { tickets: [zendeskTicket(6)] },
    ],
    rateLimitPage: 1,
    pagedCommentsTicket: 5,
  });
}

describe('Zendesk connector against a fake Zendesk', () => {
  let api: TestApi;
  let zendesk: FakeZendesk;
  let admin: Record<string, string>;

  const connector = async (): Promise<ZendeskConnectorDto> =>
    (await getJson(api, '/api/connectors/zendesk', admin)).body as ZendeskConnectorDto;
  const conversations = async (): Promise<Array<{ external_id: string; closed_at: string | null }>> =>
    api.dataSource.query(
      `SELECT external_id, closed_at FROM conversations WHERE source = 'zendesk-connector' ORDER BY external_id`,
    );
  async function settled(): Promise<ZendeskConnectorDto> {
    for (let i = 0; i < 300; i++) {
      const state = await connector();
      if (state.status.state === 'idle' || state.status.state === 'failed') {
        await api.app.get<ImportQueue>(IMPORT_QUEUE).idle();
        return connector();
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the sync never ended');
  }
  const save = (token?: string) =>
    sendJson(
      api,
      'PUT',
      '/api/connectors/zendesk',
      {
        subdomain: 'acme',
        email: 'admin@acme.test',
        ...(token ? { apiToken: token } : {}),
        vendorByGroup: { '360010': 'acme' },
      },
      admin,
    );

  beforeEach(async () => {
    zendesk = world();
    await zendesk.start();
    api = await createTestApi({ connectors: { secretKey: KEY, zendeskBaseUrl: zendesk.url } });
    admin = (await loginAs(api, 'admin')).headers;
    await seedVendor(api, { slug: 'acme' });
  });
  afterEach(async () => {
    await api.close();
    await zendesk.close();
  });

  it('syncs every page (429 waited out, repeats and deleted tickets as a file import), keeps the token sealed, and continues from its cursor', async () => {
    const saved = await save(TOKEN);
    expect(saved.status).toBe(200);
    expect(JSON.stringify(saved.body)).not.toContain(TOKEN);
    expect(saved.body.tokenSet).toBe(true);
    const stored = (await api.dataSource.query(`SELECT token_sealed FROM help_desk_connectors`))[0]
      .token_sealed as string;
    expect(stored).not.toContain(TOKEN);
    expect(stored.startsWith('v1:')).toBe(true);

    const started = Date.now();
    expect((await postJson(api, '/api/connectors/zendesk/sync', {}, admin)).status).toBe(202);
    const state = await settled();
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(zendesk.pageRequests(1)).toBe(2);
    expect(state.status).toMatchObject({
      state: 'idle',
      lastError: null,
      ticketsFetched: 7,
      pagesFetched: 3,
      hasCursor: true,
    });
    const job = await waitForImport(api, admin, state.status.lastImportJobId as string);
    expect(job).toMatchObject({
      status: 'completed',
      format: 'zendesk',
      createdBy: 'Zendesk connector',
      counts: { created: 5, failed: 0 },
    });
    const rows = await conversations();
    expect(rows.map((row) => row.external_id)).toEqual(['1', '2', '3', '5', '6']);
    expect(rows.find((row) => row.external_id === '2')?.closed_at).not.toBeNull();
    const messages = await api.dataSource.query(
      `SELECT COUNT(*) AS n FROM messages m JOIN conversations c ON c.id = m.conversation_id WHERE c.source = 'zendesk-connector' AND c.external_id = '5'`,
    );
    expect(Number(messages[0].n)).toBe(2);
    const roles = await api.dataSource.query(`SELECT m.author_role, a.external_id AS agent FROM messages m JOIN conversations c ON c.id = m.conversation_id LEFT JOIN agents a ON a.id = m.agent_id WHERE c.external_id = '5' ORDER BY m.position`);
    expect(roles).toEqual([{ author_role: 'customer', agent: null }, { author_role: 'agent', agent: '601' }]);
    // The join keeps no Zendesk user id: the requester and comment authors only as keyed hashes (authors sealed).
    const transcripts: Array<Record<string, string | null>> = await api.dataSource.query(`SELECT * FROM ticket_transcripts`);
    expect(transcripts.length).toBeGreaterThan(0);
    for (const row of transcripts) {
      expect(Object.keys(row)).not.toContain('requester_id');
      expect(row['requester_key'] ?? '').toMatch(/^([0-9a-f]{64})?$/);
      expect(Object.keys(JSON.parse(row['ticket'] ?? '{}'))).not.toContain('customerId');
      for (const comment of JSON.parse(row['comments'] ?? '[]') as Array<Record<string, unknown>>) {
        expect(Object.keys(comment)).not.toContain('authorId');
      }
    }

    // Nothing new: the next sync asks from the stored cursor, imports nothing and changes nothing.
    const before = zendesk.hits.length;
    await postJson(api, '/api/connectors/zendesk/sync', {}, admin);
    const again = await settled();
    expect(zendesk.hits.slice(before)).toEqual([
      '/api/v2/groups.json?per_page=100',
      '/api/v2/groups.json?page=2',
      '/api/v2/brands.json?per_page=100',
      '/api/v2/incremental/tickets/cursor.json?per_page=1000&cursor=c3',
    ]);
    expect(again.status.lastImportJobId).toBe(state.status.lastImportJobId);
    expect((await conversations()).length).toBe(5);
  });

  it('reads the group and brand names (every page) for Settings, keeping the mappings keyed by id', async () => {
    expect(await connector()).toMatchObject({ groups: [], brands: [], namesReadAt: null });
    await save(TOKEN);
    await postJson(api, '/api/connectors/zendesk/sync', {}, admin);
    const state = await settled();
    expect(state.groups).toEqual([
      { id: '360011', name: 'Cairo Team' },
      { id: '360012', name: 'Lisbon Team' },
      { id: '360010', name: 'Manila Team' },
    ]);
    expect(state.brands).toEqual([{ id: '9100', name: 'Acme' }]);
    expect(Date.parse(state.namesReadAt ?? '')).not.toBeNaN();
    expect(state.vendorByGroup).toEqual({ '360010': 'acme' });
  });

  it('fails with a clear error when the token stops working, keeps its cursor, and finishes once it works again', async () => {
    await save(TOKEN);
    zendesk.onPage = (index) => {
      if (index === 1) {
        // Revoked once the first page is kept: the second page's comments are refused.
        zendesk.acceptedToken = 'rotated-token';
      }
    };
    await postJson(api, '/api/connectors/zendesk/sync', {}, admin);
    const failed = await settled();
    expect(failed.status.state).toBe('failed');
    expect(failed.status.lastError).toContain('HTTP 401');
    expect(failed.status.hasCursor).toBe(true);
    const job = (await getJson(api, `/api/imports/${failed.status.lastImportJobId}`, admin)).body as ImportJobDto;
    expect(job.status).toBe('failed');
    expect(job.failure).toContain('refused the credentials');
    expect(await conversations()).toEqual([]);

    zendesk.onPage = undefined;
    expect((await save('rotated-token')).status).toBe(200);
    const pagesBefore = zendesk.pageRequests(0);
    await postJson(api, '/api/connectors/zendesk/sync', {}, admin);
    const done = await settled();
    expect(done.status.state).toBe('idle');
    expect((await conversations()).map((row) => row.external_id)).toEqual(['1', '2', '3', '5', '6']);
    expect(pagesBefore).toBe(1);
  });

  it('resumes a sync stopped between pages from its last kept page, with exactly the expected conversations', async () => {
    await save(TOKEN);
    const sync = api.app.get(ZendeskSync);
    const stop = new AbortController();
    zendesk.onPage = (index) => {
      if (index === 2) {
        stop.abort();
      }
    };
    expect(await sync.run(stop.signal)).toBe('stopped');
    const stopped = await connector();
    expect(stopped.status).toMatchObject({ state: 'fetching', ticketsFetched: 6, pagesFetched: 2 });
    expect(await conversations()).toEqual([]);

    zendesk.onPage = undefined;
    expect(await sync.run()).toBe('done');
    await api.app.get<ImportQueue>(IMPORT_QUEUE).idle();
    const done = await connector();
    expect(done.status).toMatchObject({ state: 'idle', ticketsFetched: 7, pagesFetched: 3 });
    // Pages 1 and 2 were fetched once (page 2 twice only for its 429), page 3 once more after the stop.
    expect([zendesk.pageRequests(0), zendesk.pageRequests(1), zendesk.pageRequests(2)]).toEqual([1, 2, 2]);
    const job = await waitForImport(api, admin, done.status.lastImportJobId as string);
    expect(job).toMatchObject({ status: 'completed', counts: { created: 5, failed: 0 } });
    expect((await conversations()).map((row) => row.external_id)).toEqual(['1', '2', '3', '5', '6']);
  });

  it('is for administrators only and refuses bad settings with a clear error', async () => {
    const manager = (await loginAs(api, 'vendor-manager')).headers;
    expect((await getJson(api, '/api/connectors/zendesk', manager)).status).toBe(403);
    const bad = await sendJson(
      api,
      'PUT',
      '/api/connectors/zendesk',
      { subdomain: 'acme.zendesk.com', email: 'admin@acme.test', apiToken: TOKEN },
      admin,
    );
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('subdomain');
    expect((await save()).status).toBe(400);
    expect((await postJson(api, '/api/connectors/zendesk/sync', {}, admin)).status).toBe(409);
  });
});
