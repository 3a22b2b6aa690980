import { createHash } from 'node:crypto';
import { Clock } from '@rapport/api-core';
import type { Vendor } from '@rapport/api-vendors';
import { buildConversation, createTestApi, getJson, loginAs, postJson, seedVendor, sendJson, TestApi, TestSession } from '@rapport/api-testing';

// Each test boots the whole API on a fresh database and signs users in with argon2; CI machines are small.
jest.setTimeout(120_000);

describe('ingestion API keys', () => {
  let api: TestApi;
  let admin: TestSession;
  let vendor: Vendor;
  let otherVendor: Vendor;

  beforeEach(async () => {
    api = await createTestApi();
    admin = await loginAs(api, 'admin');
    vendor = await seedVendor(api);
    otherVendor = await seedVendor(api);
  });
  afterEach(() => {
    jest.restoreAllMocks();
    return api.close();
  });

  async function createKey(body: Record<string, unknown>) {
    const response = await postJson(api, '/api/api-keys', body, admin.headers);
    expect(response.status).toBe(201);
    return { ...response.body, headers: { authorization: `Bearer ${response.body.key}` } };
  }

  it('shows the key once, stores only its SHA-256 hash, and lists it by prefix', async () => {
    const created = await createKey({ name: 'CRM nightly', source: 'crm', vendorId: vendor.id });
    expect(created.key).toMatch(/^rk_[A-Za-z0-9_-]{43}$/);
    expect(created.apiKey).toMatchObject({ name: 'CRM nightly', source: 'crm', vendorId: vendor.id, prefix: created.key.slice(0, 11), lastUsedAt: null, revokedAt: null });

    const listed = await getJson(api, '/api/api-keys', admin.headers);
    expect(JSON.stringify(listed.body)).not.toContain(created.key);
    expect(listed.body).toEqual([created.apiKey]);
    const rows = await api.dataSource.query('SELECT * FROM api_keys');
    expect(rows[0].key_hash).toBe(createHash('sha256').update(created.key).digest('hex'));
    expect(JSON.stringify(rows)).not.toContain(created.key);
  });

  it('writes but cannot read anything, and records when it was last used', async () => {
    const key = await createKey({ name: 'CRM', source: 'crm' });
    const write = await postJson(api, '/api/conversations/batch', [buildConversation({ vendor: vendor.slug, source: 'crm' })], key.headers);
    expect(write.status).toBe(200);
    expect(write.body.counts.created).toBe(1);
    for (const path of ['/api/vendors', '/api/vendors/monthly-volume', `/api/vendors/${vendor.id}`, '/api/auth/me', '/api/api-keys']) {
      expect((await getJson(api, path, key.headers)).status).toBe(403);
    }
    const [listed] = (await getJson(api, '/api/api-keys', admin.headers)).body;
    expect(listed.lastUsedAt).toEqual(expect.any(String));
  });

  it('cannot manage users or keys even though those routes accept writes', async () => {
    const key = await createKey({ name: 'CRM', source: 'crm' });
    expect((await postJson(api, '/api/api-keys', { name: 'escalate', source: 'crm' }, key.headers)).status).toBe(403);
    expect((await postJson(api, '/api/users', { email: 'x@test.example', displayName: 'X', role: 'admin' }, key.headers)).status).toBe(403);
  });

  it('stops working the moment it is revoked', async () => {
    const key = await createKey({ name: 'CRM', source: 'crm' });
    const revoke = await sendJson(api, 'DELETE', `/api/api-keys/${key.apiKey.id}`, undefined, admin.headers);
    expect(revoke.status).toBe(200);
    expect(revoke.body.revokedAt).toEqual(expect.any(String));
    const refused = await postJson(api, '/api/conversations/batch', [buildConversation({ vendor: vendor.slug, source: 'crm' })], key.headers);
    expect(refused.status).toBe(401);
  });

  it('rejects made-up, malformed and non-key bearer tokens', async () => {
    const batch = [buildConversation({ vendor: vendor.slug })];
    for (const authorization of ['Bearer rk_made-up', 'Bearer', 'Basic YWRtaW46YWRtaW4=', `Bearer ${admin.csrfToken}`]) {
      expect((await postJson(api, '/api/conversations/batch', batch, { authorization })).status).toBe(401);
    }
  });

  it('rejects a key for an unknown vendor', async () => {
    const response = await postJson(api, '/api/api-keys', { name: 'x', source: 'crm', vendorId: '00000000-0000-4000-8000-000000000000' }, admin.headers);
    expect(response.status).toBe(400);
  });

  it('refreshes last-used at most once a minute', async () => {
    const key = await createKey({ name: 'CRM', source: 'crm' });
    const clock = api.app.get(Clock);
    const start = new Date('2026-05-01T10:00:00.000Z');
    const now = jest.spyOn(clock, 'now').mockReturnValue(start);
    const lastUsed = async () => (await getJson(api, '/api/api-keys', admin.headers)).body[0].lastUsedAt;
    await postJson(api, '/api/conversations/batch', [buildConversation({ vendor: vendor.slug, source: 'crm' })], key.headers);
    expect(await lastUsed()).toBe('2026-05-01T10:00:00.000Z');
    now.mockReturnValue(new Date('2026-05-01T10:00:30.000Z'));
    await postJson(api, '/api/conversations/batch', [buildConversation({ vendor: vendor.slug, source: 'crm' })], key.headers);
    expect(await lastUsed()).toBe('2026-05-01T10:00:00.000Z');
    now.mockReturnValue(new Date('2026-05-01T10:01:30.000Z'));
    await postJson(api, '/api/conversations/batch', [buildConversation({ vendor: vendor.slug, source: 'crm' })], key.headers);
    expect(await lastUsed()).toBe('2026-05-01T10:01:30.000Z');
  });

  it('writes only its own source and, when scoped, only its own vendor', async () => {
    const key = await createKey({ name: 'Lisbon feed', source: 'crm', vendorId: vendor.id });
    const batch = [
      buildConversation({ vendor: vendor.slug, source: 'crm' }),
      buildConversation({ vendor: otherVendor.slug, source: 'crm' }),
      buildConversation({ vendor: vendor.slug, source: 'zendesk' }),
      { ...buildConversation({ vendor: vendor.slug }), source: undefined },
    ];
    const response = await postJson(api, '/api/conversations/batch', batch, key.headers);
    expect(response.status).toBe(200);
    expect(response.body.items.map((item: { status: string; error?: { field?: string } }) => [item.status, item.error?.field ?? null])).toEqual([
      ['created', null],
      ['failed', 'vendor'],
      ['failed', 'source'],
      ['created', null],
    ]);
    const stored = await api.dataSource.query('SELECT source, vendor_id FROM conversations ORDER BY external_id');
    expect(stored).toEqual([
      { source: 'crm', vendor_id: vendor.id },
      { source: 'crm', vendor_id: vendor.id },
    ]);
  });

  it('writes any vendor when not scoped to one, still only its own source', async () => {
    const key = await createKey({ name: 'CRM', source: 'crm' });
    const batch = [buildConversation({ vendor: vendor.slug, source: 'crm' }), buildConversation({ vendor: otherVendor.slug, source: 'crm' }), buildConversation({ vendor: vendor.slug, source: 'other' })];
    const response = await postJson(api, '/api/conversations/batch', batch, key.headers);
    expect(response.body.counts).toMatchObject({ created: 2, failed: 1 });
  });
});

describe('ingestion rate limit', () => {
  it('answers 429 past INGESTION_RATE_LIMIT calls a minute per key', async () => {
    const api = await createTestApi({ rateLimits: { loginPerMinute: 100, ingestionPerMinute: 2 } });
    try {
      const vendor = await seedVendor(api);
      const admin = await loginAs(api, 'admin');
      const created = await postJson(api, '/api/api-keys', { name: 'CRM', source: 'test' }, admin.headers);
      const headers = { authorization: `Bearer ${created.body.key}` };
      const statuses = [];
      for (let i = 0; i < 3; i++) {
        statuses.push((await postJson(api, '/api/conversations/batch', [buildConversation({ vendor: vendor.slug })], headers)).status);
      }
      expect(statuses).toEqual([200, 200, 429]);
      // Counted per caller: the administrator's own ingestion is not held back by the key's.
      expect((await postJson(api, '/api/conversations/batch', [buildConversation({ vendor: vendor.slug })], admin.headers)).status).toBe(200);
    } finally {
      await api.close();
    }
  });
});
