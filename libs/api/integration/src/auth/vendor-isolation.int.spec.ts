import type { Vendor } from '@rapport/api-vendors';
import { buildConversation, createApiKey, createTestApi, getJson, loginAs, postJson, seedVendor, TestApi, TestSession } from '@rapport/api-testing';

// Each test boots the whole API on a fresh database and signs users in with argon2; CI machines are small.
jest.setTimeout(120_000);

describe('vendor isolation for partner users', () => {
  let api: TestApi;
  let own: Vendor;
  let other: Vendor;
  let partner: TestSession;
  let manager: TestSession;

  beforeAll(async () => {
    api = await createTestApi();
    own = await seedVendor(api, { name: 'Lisbon Partner' });
    other = await seedVendor(api, { name: 'Manila Partner' });
    partner = await loginAs(api, 'partner', own.id);
    manager = await loginAs(api, 'vendor-manager');
    const key = await createApiKey(api, { source: 'test' });
    const batch = [
      buildConversation({ vendor: own.slug, createdAt: '2026-03-02T10:00:00.000Z' }),
      buildConversation({ vendor: other.slug, createdAt: '2026-03-03T10:00:00.000Z' }),
      buildConversation({ vendor: other.slug, createdAt: '2026-04-03T10:00:00.000Z' }),
    ];
    expect((await postJson(api, '/api/conversations/batch', batch, key.headers)).status).toBe(200);
  });
  afterAll(() => api.close());

  it('lists only the partner’s own vendor; client roles see every vendor', async () => {
    expect((await getJson(api, '/api/vendors', partner.headers)).body.map((vendor: { id: string }) => vendor.id)).toEqual([own.id]);
    expect((await getJson(api, '/api/vendors', manager.headers)).body.map((vendor: { id: string }) => vendor.id)).toEqual([own.id, other.id]);
  });

  it('aggregates only the partner’s own conversations', async () => {
    const volume = await getJson(api, '/api/vendors/monthly-volume', partner.headers);
    expect(volume.body).toEqual([{ vendorId: own.id, month: '2026-03', conversations: 1 }]);
    const all = await getJson(api, '/api/vendors/monthly-volume', manager.headers);
    expect(all.body).toHaveLength(3);
  });

  it('answers 404, not 403, for another vendor’s object, exactly as for one that does not exist', async () => {
    const otherVendor = await getJson(api, `/api/vendors/${other.id}`, partner.headers);
    const missing = await getJson(api, '/api/vendors/00000000-0000-4000-8000-000000000000', partner.headers);
    expect(otherVendor.status).toBe(404);
    expect(otherVendor.body).toEqual({ statusCode: 404, code: 'not_found', message: 'Vendor was not found' });
    expect(otherVendor.body).toEqual(missing.body);
    expect((await getJson(api, `/api/vendors/${own.id}`, partner.headers)).body).toMatchObject({ id: own.id, name: own.name });
    expect((await getJson(api, `/api/vendors/${other.id}`, manager.headers)).status).toBe(200);
  });

  it('answers 404 when a partner filters a list by another vendor', async () => {
    expect((await getJson(api, `/api/vendors/monthly-volume?vendorId=${other.id}`, partner.headers)).status).toBe(404);
    expect((await getJson(api, `/api/vendors/monthly-volume?vendorId=${own.id}`, partner.headers)).status).toBe(200);
  });

  it('keeps partners away from client-side administration', async () => {
    for (const path of ['/api/users', '/api/api-keys', '/api/audit']) {
      const response = await getJson(api, path, partner.headers);
      expect(response.status).toBe(403);
      expect(response.body).toEqual({ statusCode: 403, code: 'forbidden', message: 'You do not have access to this' });
    }
  });
});
