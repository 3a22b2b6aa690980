import type { Vendor } from '@rapport/api-vendors';
import { createTestApi, getJson, loginAs, postJson, seedVendor, sendJson, signIn, TestApi, TestSession } from '@rapport/api-testing';

// Each test boots the whole API on a fresh database and signs users in with argon2; CI machines are small.
jest.setTimeout(120_000);

describe('user management by administrators', () => {
  let api: TestApi;
  let admin: TestSession;
  let vendor: Vendor;

  beforeEach(async () => {
    api = await createTestApi();
    admin = await loginAs(api, 'admin');
    vendor = await seedVendor(api);
  });
  afterEach(() => api.close());

  it('creates a partner user with a temporary password shown once, who then sees only their vendor', async () => {
    const created = await postJson(api, '/api/users', { email: 'Ana@Partner.Example', displayName: 'Ana', role: 'partner', vendorId: vendor.id }, admin.headers);
    expect(created.status).toBe(201);
    expect(created.body.user).toMatchObject({ email: 'ana@partner.example', role: 'partner', vendorId: vendor.id, disabled: false, lockedUntil: null, lastLoginAt: null });
    expect(created.body.temporaryPassword).toHaveLength(24);
    expect(JSON.stringify((await getJson(api, '/api/users', admin.headers)).body)).not.toContain(created.body.temporaryPassword);

    const partner = await signIn(api, 'ana@partner.example', created.body.temporaryPassword);
    expect(partner.body.user).toMatchObject({ role: 'partner', vendorId: vendor.id });
  });

  it('ignores fields outside the schema instead of trusting them', async () => {
    const created = await postJson(
      api,
      '/api/users',
      { email: 'eve@test.example', displayName: 'Eve', role: 'executive', passwordHash: 'x', id: 'chosen-id', vendorId: null, isSuperuser: true },
      admin.headers,
    );
    expect(created.status).toBe(201);
    expect(created.body.user.id).not.toBe('chosen-id');
    expect((await signIn(api, 'eve@test.example', created.body.temporaryPassword)).status).toBe(200);
  });

  it.each([
    [{ email: 'p@test.example', displayName: 'P', role: 'partner' }, 'vendorId'],
    [{ email: 'q@test.example', displayName: 'Q', role: 'qa-reviewer', vendorId: '00000000-0000-4000-8000-000000000000' }, 'vendorId'],
    [{ email: 'not-an-email', displayName: 'R', role: 'admin' }, 'email'],
    [{ email: 's@test.example', displayName: 'S', role: 'superuser' }, 'role'],
  ])('rejects %j naming %s', async (body, field) => {
    const response = await postJson(api, '/api/users', body, admin.headers);
    expect(response.status).toBe(400);
    expect(response.body.message).toContain(field);
  });

  it('rejects a partner user for a vendor that does not exist, and a duplicate email', async () => {
    const unknownVendor = await postJson(api, '/api/users', { email: 'p@test.example', displayName: 'P', role: 'partner', vendorId: '00000000-0000-4000-8000-000000000000' }, admin.headers);
    expect(unknownVendor.status).toBe(400);
    const duplicate = await postJson(api, '/api/users', { email: admin.user.email, displayName: 'Again', role: 'admin' }, admin.headers);
    expect(duplicate.status).toBe(409);
  });

  it('disabling a user ends their sessions and refuses their sign-in', async () => {
    const manager = await loginAs(api, 'vendor-manager');
    const patch = await sendJson(api, 'PATCH', `/api/users/${manager.user.id}`, { disabled: true }, admin.headers);
    expect(patch.body.disabled).toBe(true);
    expect((await getJson(api, '/api/auth/me', manager.headers)).status).toBe(401);
    expect((await signIn(api, manager.user.email, manager.password)).status).toBe(401);
    await sendJson(api, 'PATCH', `/api/users/${manager.user.id}`, { disabled: false }, admin.headers);
    expect((await signIn(api, manager.user.email, manager.password)).status).toBe(200);
  });

  it('applies a role change on the next request', async () => {
    const reviewer = await loginAs(api, 'qa-reviewer');
    expect((await getJson(api, '/api/users', reviewer.headers)).status).toBe(403);
    await sendJson(api, 'PATCH', `/api/users/${reviewer.user.id}`, { role: 'admin' }, admin.headers);
    expect((await getJson(api, '/api/users', reviewer.headers)).status).toBe(200);
  });

  it('keeps at least one active administrator', async () => {
    const demote = await sendJson(api, 'PATCH', `/api/users/${admin.user.id}`, { role: 'executive' }, admin.headers);
    expect(demote.status).toBe(409);
    const disable = await sendJson(api, 'PATCH', `/api/users/${admin.user.id}`, { disabled: true }, admin.headers);
    expect(disable.status).toBe(409);
    expect((await getJson(api, '/api/auth/me', admin.headers)).body.role).toBe('admin');
  });

  it('answers 404 for users that do not exist', async () => {
    expect((await getJson(api, '/api/users/00000000-0000-4000-8000-000000000000', admin.headers)).status).toBe(404);
    expect((await sendJson(api, 'POST', '/api/users/00000000-0000-4000-8000-000000000000/password-reset', undefined, admin.headers)).status).toBe(404);
  });
});
