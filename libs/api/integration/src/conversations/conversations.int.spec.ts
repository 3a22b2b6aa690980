import { buildConversation, createTestApi, getJson, loginAs, postJson, seedVendor, TestApi, TestSession } from '@rapport/api-testing';

describe('POST /api/conversations/batch', () => {
  let api: TestApi;
  let vendorSlug: string;
  let admin: TestSession;

  beforeEach(async () => {
    api = await createTestApi();
    vendorSlug = (await seedVendor(api)).slug;
    admin = await loginAs(api, 'admin');
  });
  afterEach(() => api.close());

  it('stores new conversations and reports them created', async () => {
    const batch = [buildConversation({ vendor: vendorSlug }), buildConversation({ vendor: vendorSlug })];
    const response = await postJson(api, '/api/conversations/batch', batch, admin.headers);
    expect(response.status).toBe(200);
    expect(response.body.counts).toEqual({ received: 2, created: 2, updated: 0, unchanged: 0, failed: 0 });
    const [{ n }] = await api.dataSource.query('SELECT COUNT(*) AS n FROM messages');
    expect(Number(n)).toBe(4);
  });

  it('is idempotent: the same batch again changes nothing', async () => {
    const batch = [buildConversation({ vendor: vendorSlug })];
    await postJson(api, '/api/conversations/batch', batch, admin.headers);
    const again = await postJson(api, '/api/conversations/batch', batch, admin.headers);
    expect(again.body.counts).toMatchObject({ created: 0, unchanged: 1 });
    const [{ n }] = await api.dataSource.query('SELECT COUNT(*) AS n FROM messages');
    expect(Number(n)).toBe(2);
  });

  it('updates a conversation that gained messages without duplicating the old ones', async () => {
    const first = buildConversation({ vendor: vendorSlug });
    await postJson(api, '/api/conversations/batch', [first], admin.headers);
    const later = { ...first, messages: [...first.messages, { role: 'customer' as const, at: '2026-03-02T10:05:00.000Z', text: 'Thanks!' }] };
    const response = await postJson(api, '/api/conversations/batch', [later], admin.headers);
    expect(response.body.counts).toMatchObject({ updated: 1 });
    const rows = await api.dataSource.query('SELECT position FROM messages ORDER BY position');
    expect(rows.map((row: { position: number }) => Number(row.position))).toEqual([0, 1, 2]);
  });

  it('keeps valid items and reports each invalid one with its position and field', async () => {
    const good = buildConversation({ vendor: vendorSlug });
    const badChannel = { ...buildConversation({ vendor: vendorSlug }), channel: 'fax' };
    const unknownVendor = buildConversation({ vendor: 'nobody' });
    const response = await postJson(api, '/api/conversations/batch', [badChannel, good, unknownVendor], admin.headers);
    expect(response.status).toBe(200);
    expect(response.body.counts).toEqual({ received: 3, created: 1, updated: 0, unchanged: 0, failed: 2 });
    expect(response.body.items[0]).toMatchObject({ line: 0, status: 'failed', error: { field: 'channel' } });
    expect(response.body.items[1]).toMatchObject({ line: 1, status: 'created' });
    expect(response.body.items[2]).toMatchObject({ line: 2, status: 'failed', error: { field: 'vendor' } });
  });

  it('rejects duplicate ids inside one batch, keeping the first', async () => {
    const conversation = buildConversation({ vendor: vendorSlug });
    const response = await postJson(api, '/api/conversations/batch', [conversation, conversation], admin.headers);
    expect(response.body.counts).toMatchObject({ created: 1, failed: 1 });
    expect(response.body.items[1].error.reason).toMatch(/duplicate/);
  });

  it('answers malformed JSON and empty batches with a 400 error body, not a 500', async () => {
    const malformed = await postJson(api, '/api/conversations/batch', '[{"externalId": ', admin.headers);
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ statusCode: 400, code: 'invalid_input' });
    const empty = await postJson(api, '/api/conversations/batch', [], admin.headers);
    expect(empty.status).toBe(400);
    expect(empty.body.code).toBe('invalid_input');
  });

  it('counts the stored conversations per vendor and month', async () => {
    const march = buildConversation({ vendor: vendorSlug, createdAt: '2026-03-05T09:00:00.000Z' });
    const april = buildConversation({ vendor: vendorSlug, createdAt: '2026-04-05T09:00:00.000Z' });
    await postJson(api, '/api/conversations/batch', [march, april, buildConversation({ vendor: vendorSlug, createdAt: '2026-04-09T09:00:00.000Z' })], admin.headers);
    const volume = await getJson(api, '/api/vendors/monthly-volume', admin.headers);
    expect(volume.body.map((row: { month: string; conversations: number }) => [row.month, row.conversations])).toEqual([
      ['2026-03', 1],
      ['2026-04', 2],
    ]);
  });
});
