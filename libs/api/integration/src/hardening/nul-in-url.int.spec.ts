import { createApiKey, createTestApi, loginAs, seedVendor, sendJson, TestApi } from '@rapport/api-testing';

jest.setTimeout(120_000);

describe('NUL characters in URLs', () => {
  let api: TestApi;
  let admin: Record<string, string>;
  beforeAll(async () => {
    api = await createTestApi();
    await seedVendor(api);
    admin = (await loginAs(api, 'admin')).headers;
    await createApiKey(api, { source: 'crm' });
  });
  afterAll(() => api.close());

  // Found by the route fuzz suite on PostgreSQL, which refuses NUL in text parameters: these answered 500.
  it.each([
    ['GET', '/api/vendors/a%00b'],
    ['DELETE', '/api/api-keys/a%00b'],
    ['GET', '/api/conversations?q=a%00b'],
    ['GET', '/api/analytics/scorecard?from=2026-01&to=2026-03&language=e%00n'],
  ])('answers %s %s with 400 on either database', async (method, path) => {
    const response = await sendJson(api, method, path, undefined, admin);
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      statusCode: 400,
      code: 'invalid_input',
      message: 'The URL contains a NUL character (%00)',
    });
  });
});
