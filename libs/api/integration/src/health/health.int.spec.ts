import { createTestApi, expectedTestEngine, getJson, TestApi } from '@rapport/api-testing';

describe('API server', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  it('reports health with the database it checked', async () => {
    const response = await getJson(api, '/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', database: api.database.kind });
  });

  it('runs on the engine this test pass asked for, as the database itself reports it', async () => {
    // The runner names the engine of each pass; without it, DATABASE_URL set means the PostgreSQL pass.
    const expected = expectedTestEngine() ?? (process.env['DATABASE_URL'] ? 'postgres' : 'sqlite');
    expect((await getJson(api, '/api/health')).body.database).toBe(expected);
    const [row] = await api.dataSource.query(expected === 'postgres' ? 'SELECT version() AS version' : 'SELECT sqlite_version() AS version');
    expect(String(row.version)).toMatch(expected === 'postgres' ? /^PostgreSQL \d+/ : /^3\.\d+\.\d+$/);
  });

  it('answers unknown API routes with a JSON 404 body', async () => {
    const response = await getJson(api, '/api/nothing-here');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ statusCode: 404, code: 'not_found' });
  });

  it('serves the OpenAPI document describing the routes', async () => {
    const response = await getJson(api, '/api/docs-json');
    expect(response.status).toBe(200);
    expect(Object.keys(response.body.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/vendors', '/api/conversations/batch']));
  });

  it('sends security headers', async () => {
    const response = await fetch(api.url + '/api/health');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});
