import { createApiKey, createTestApi, loginAs, seedVendor, TestApi } from '@rapport/api-testing';

jest.setTimeout(120_000);

/** Answers that depend on who asks must never be stored by a shared cache nor served to someone else. */
function expectPrivate(response: Response, what: string): void {
  expect([what, response.headers.get('cache-control')]).toEqual([what, 'private, no-store']);
  const vary = (response.headers.get('vary') ?? '').toLowerCase();
  expect([what, vary]).toEqual([what, expect.stringContaining('cookie')]);
  expect([what, vary]).toEqual([what, expect.stringContaining('authorization')]);
}

describe('Cache-Control on API answers', () => {
  let api: TestApi;
  let admin: Record<string, string>;
  let partner: Record<string, string>;
  let key: Record<string, string>;

  beforeAll(async () => {
    api = await createTestApi();
    const vendor = await seedVendor(api, { slug: 'cached-vendor' });
    admin = (await loginAs(api, 'admin')).headers;
    partner = (await loginAs(api, 'partner', vendor.id)).headers;
    key = (await createApiKey(api, { source: 'crm', vendorId: vendor.id })).headers;
  });
  afterAll(() => api.close());

  it.each([
    '/api/analytics/scorecard?from=2026-01&to=2026-03',
    '/api/analytics/coverage?from=2026-01&to=2026-03',
    '/api/analytics/gaps?from=2026-01&to=2026-03',
    '/api/conversations',
    '/api/vendors',
    '/api/auth/me',
  ])('marks %s private and uncacheable for an admin and a partner', async (path) => {
    for (const [who, headers] of [
      ['admin', admin],
      ['partner', partner],
    ] as const) {
      const response = await fetch(api.url + path, { headers });
      expect([who, path, response.status]).toEqual([who, path, 200]);
      expectPrivate(response, `${who} ${path}`);
    }
  });

  it('marks refusals and API-key answers private too', async () => {
    expectPrivate(await fetch(`${api.url}/api/analytics/scorecard`), 'anonymous refusal');
    const batch = await fetch(`${api.url}/api/conversations/batch`, {
      method: 'POST',
      headers: { ...key, 'content-type': 'application/json' },
      body: '[]',
    });
    expect(batch.status).toBeLessThan(500);
    expectPrivate(batch, 'API key batch');
  });
});
