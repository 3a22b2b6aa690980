import type { AuditEntryDto, VendorProfileDto } from '@rapport/contracts';
import { createTestApi, getJson, loginAs, postJson, seedVendor, sendJson, TestApi, TestSession } from '@rapport/api-testing';

// Boots the whole API on a fresh database and signs users in with argon2; CI machines are small.
jest.setTimeout(120_000);

const PROFILE = {
  slug: 'graz-support',
  name: 'Graz Support',
  country: 'at',
  timeZone: 'Europe/Vienna',
  sites: ['Graz'],
  businessHours: {
    mon: [{ from: '08:00', to: '12:00' }, { from: '13:00', to: '17:30' }],
    tue: [{ from: '08:00', to: '17:30' }],
    sat: [{ from: '09:00', to: '13:00' }],
  },
  expectedFormality: { de: 'formal', sl: 'formal' },
};

describe('vendor profiles', () => {
  let api: TestApi;
  let admin: TestSession;

  beforeAll(async () => {
    api = await createTestApi();
    admin = await loginAs(api, 'admin');
  });
  afterAll(() => api.close());

  it('creates a vendor with hours and formality, listed with its profile and as a plain vendor', async () => {
    const created = await postJson(api, '/api/vendors', PROFILE, admin.headers);
    expect(created.status).toBe(201);
    const profile = created.body as VendorProfileDto;
    expect(profile).toMatchObject({
      slug: 'graz-support',
      country: 'AT',
      timeZone: 'Europe/Vienna',
      sites: ['Graz'],
      expectedFormality: { de: 'formal', sl: 'formal' },
      businessHours: {
        sun: [],
        mon: [
          { from: '08:00', to: '12:00' },
          { from: '13:00', to: '17:30' },
        ],
        tue: [{ from: '08:00', to: '17:30' }],
        wed: [],
        thu: [],
        fri: [],
        sat: [{ from: '09:00', to: '13:00' }],
      },
    });

    const profiles = (await getJson(api, '/api/vendors/profiles', admin.headers)).body as VendorProfileDto[];
    expect(profiles.find((item) => item.id === profile.id)).toEqual(profile);
    const plain = await getJson(api, `/api/vendors/${profile.id}`, admin.headers);
    expect(plain.body).toMatchObject({ id: profile.id, name: 'Graz Support', country: 'AT' });
  });

  it('replaces a profile, records before and after in the audit log', async () => {
    const vendor = await seedVendor(api, { slug: 'porto-desk', name: 'Porto Desk' });
    const change = { ...PROFILE, slug: 'porto-desk', name: 'Porto Desk Ltd', country: 'PT', timeZone: 'Europe/Lisbon', businessHours: { fri: [{ from: '10:00', to: '14:00' }] } };
    const updated = await sendJson(api, 'PUT', `/api/vendors/${vendor.id}`, change, admin.headers);
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ id: vendor.id, name: 'Porto Desk Ltd', businessHours: { mon: [], fri: [{ from: '10:00', to: '14:00' }] } });

    const log = (await getJson(api, `/api/audit?action=vendor.change&targetId=${vendor.id}`, admin.headers)).body.entries as AuditEntryDto[];
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ actorId: admin.user.id, vendorId: vendor.id, targetType: 'vendor' });
    expect(log[0]?.details).toMatchObject({ before: { name: 'Porto Desk', businessHours: { mon: [{ from: '08:00', to: '18:00' }] } }, after: { name: 'Porto Desk Ltd' } });
  });

  it.each([
    ['an unknown time zone', { timeZone: 'Europe/Atlantis' }, 'timeZone'],
    ['a three-letter country', { country: 'PRT' }, 'country'],
    ['a slug with spaces', { slug: 'graz support' }, 'slug'],
    ['overlapping hours', { businessHours: { mon: [{ from: '08:00', to: '12:00' }, { from: '11:00', to: '15:00' }] } }, 'businessHours.mon'],
    ['an unknown formality', { expectedFormality: { de: 'very' } }, 'expectedFormality.de'],
  ])('refuses %s with 400 naming the field', async (_case, change, field) => {
    const response = await postJson(api, '/api/vendors', { ...PROFILE, slug: 'refused-vendor', ...change }, admin.headers);
    expect(response.status).toBe(400);
    expect(response.body.message).toContain(field);
  });

  it('refuses a slug another vendor uses with 409, on create and on update', async () => {
    const first = await seedVendor(api, { slug: 'taken-slug' });
    const second = await seedVendor(api, { slug: 'free-slug' });
    const created = await postJson(api, '/api/vendors', { ...PROFILE, slug: 'taken-slug' }, admin.headers);
    expect(created.status).toBe(409);
    expect(created.body.code).toBe('slug_taken');
    const renamed = await sendJson(api, 'PUT', `/api/vendors/${second.id}`, { ...PROFILE, slug: first.slug }, admin.headers);
    expect(renamed.status).toBe(409);
    // Keeping its own slug is no conflict.
    expect((await sendJson(api, 'PUT', `/api/vendors/${second.id}`, { ...PROFILE, slug: 'free-slug' }, admin.headers)).status).toBe(200);
  });

  it('answers 404 for an unknown vendor', async () => {
    const response = await sendJson(api, 'PUT', '/api/vendors/00000000-0000-4000-8000-000000000000', { ...PROFILE, slug: 'nobody' }, admin.headers);
    expect(response.status).toBe(404);
  });

  it('lets only administrators write, and client roles read profiles; partners see neither', async () => {
    const vendor = await seedVendor(api);
    const manager = await loginAs(api, 'vendor-manager');
    const partner = await loginAs(api, 'partner', vendor.id);
    expect((await postJson(api, '/api/vendors', { ...PROFILE, slug: 'by-manager' }, manager.headers)).status).toBe(403);
    expect((await sendJson(api, 'PUT', `/api/vendors/${vendor.id}`, { ...PROFILE, slug: 'by-manager' }, manager.headers)).status).toBe(403);
    expect((await getJson(api, '/api/vendors/profiles', manager.headers)).status).toBe(200);
    expect((await getJson(api, '/api/vendors/profiles', partner.headers)).status).toBe(403);
    expect((await sendJson(api, 'PUT', `/api/vendors/${vendor.id}`, { ...PROFILE, slug: 'by-partner' }, partner.headers)).status).toBe(403);
  });
});
