import type { RuleCatalogueDto, ScorecardResponse, VendorDto, VendorProfileInput } from '@rapport/contracts';
import { createTestApi, getJson, loginAs, seedVendor, sendJson, TestApi } from '@rapport/api-testing';

// Boots the whole API on a fresh database and signs users in with argon2; CI machines are small.
jest.setTimeout(120_000);

const NEW_VENDOR: VendorProfileInput = {
  // First by name, so an order by name would move every other vendor's colour.
  slug: 'aardvark-care',
  name: 'Aardvark Care',
  country: 'IE',
  timeZone: 'Europe/Dublin',
  sites: ['Dublin'],
  businessHours: { sun: [], mon: [], tue: [], wed: [], thu: [], fri: [], sat: [] },
  expectedFormality: {},
  holidays: [],
};

function colours(vendors: readonly VendorDto[]): Record<string, number | undefined> {
  return Object.fromEntries(vendors.map((vendor) => [vendor.slug, vendor.colourIndex]));
}

describe('what the dashboard needs to explain its figures', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  it('gives each vendor a colour index in creation order that no later vendor moves, the same for its partner', async () => {
    const first = await seedVendor(api, { slug: 'zeta-desk', name: 'Zeta Desk' });
    await seedVendor(api, { slug: 'mid-desk', name: 'Mid Desk' });
    const admin = await loginAs(api, 'admin');
    const before = colours((await getJson(api, '/api/vendors', admin.headers)).body as VendorDto[]);
    // Both were created in the same instant: the indexes are 0 and 1 in some fixed order.
    expect(Object.values(before).sort()).toEqual([0, 1]);

    expect((await sendJson(api, 'POST', '/api/vendors', NEW_VENDOR, admin.headers)).status).toBe(201);
    const after = colours((await getJson(api, '/api/vendors', admin.headers)).body as VendorDto[]);
    expect(after).toEqual({ ...before, 'aardvark-care': 2 });

    const partner = await loginAs(api, 'partner', first.id);
    const own = (await getJson(api, '/api/vendors', partner.headers)).body as VendorDto[];
    expect(own.map((vendor) => [vendor.slug, vendor.colourIndex])).toEqual([['zeta-desk', before['zeta-desk']]]);
    expect(((await getJson(api, `/api/vendors/${first.id}`, partner.headers)).body as VendorDto).colourIndex).toBe(before['zeta-desk']);
  });

  it('lists every scorer rule with a plain name and its direction, for partners too', async () => {
    const partner = await loginAs(api, 'partner', (await seedVendor(api)).id);
    const response = await getJson(api, '/api/scoring/rules', partner.headers);
    expect(response.status).toBe(200);
    const catalogue = response.body as RuleCatalogueDto;
    expect(catalogue.rules.find((rule) => rule.id === 'courtesy.missing-greeting')).toEqual({
      id: 'courtesy.missing-greeting',
      name: 'Agent never greets the customer',
      dimension: 'courtesy',
      effect: 'lowers',
    });
    expect(catalogue.rules.find((rule) => rule.id === 'courtesy.thanks')?.effect).toBe('raises');
  });

  it('states the weights of the overall score in force on the scorecard, and the saved ones after a change', async () => {
    const admin = await loginAs(api, 'admin');
    const month = 'month=2026-01';
    const before = (await getJson(api, `/api/analytics/scorecard?${month}`, admin.headers)).body as ScorecardResponse;
    expect(before.weights).toEqual({ responsiveness: 0.35, courtesy: 0.35, comprehension: 0.3 });

    const settings = (await getJson(api, '/api/settings/scoring', admin.headers)).body as { slaTargets: unknown };
    const weights = { responsiveness: 0.5, courtesy: 0.25, comprehension: 0.25 };
    expect((await sendJson(api, 'PUT', '/api/settings/scoring', { weights, slaTargets: settings.slaTargets }, admin.headers)).status).toBe(200);
    const after = (await getJson(api, `/api/analytics/scorecard?${month}`, admin.headers)).body as ScorecardResponse;
    expect(after.weights).toEqual(weights);
  });
});
