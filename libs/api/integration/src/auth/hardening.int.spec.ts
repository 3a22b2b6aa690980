import { Controller, Get, Module } from '@nestjs/common';
import { PublicRoute } from '@rapport/api-core';
import { createTestApi, getJson, loginAs, TestApi } from '@rapport/api-testing';

// Each test boots the whole API on a fresh database; CI machines are small.
jest.setTimeout(120_000);

@Controller('failing-probe')
class FailingProbeController {
  @Get()
  @PublicRoute()
  fail(): never {
    throw new Error('connection string postgres://secret@db and a stack trace');
  }
}

@Module({ controllers: [FailingProbeController] })
class FailingProbeModule {}

const SECURITY_HEADERS: Array<[string, RegExp]> = [
  ['content-security-policy', /default-src 'self'.*frame-ancestors 'self'.*script-src 'self'/],
  ['strict-transport-security', /max-age=\d+/],
  ['x-content-type-options', /^nosniff$/],
  ['x-frame-options', /^SAMEORIGIN$/],
  ['referrer-policy', /^no-referrer$/],
  ['cross-origin-opener-policy', /^same-origin$/],
  ['cross-origin-resource-policy', /^same-origin$/],
];

describe('HTTP hardening', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ corsOrigins: ['https://qa.client.example'] }, { imports: [FailingProbeModule] });
  });
  afterAll(() => api.close());

  it.each(['/api/health', '/api/auth/me', '/api/nothing-here', '/api/failing-probe'])('sends the security headers on %s, whatever its status', async (path) => {
    const response = await fetch(api.url + path);
    for (const [header, pattern] of SECURITY_HEADERS) {
      expect([header, response.headers.get(header)]).toEqual([header, expect.stringMatching(pattern)]);
    }
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('shares responses only with the configured origins, with credentials', async () => {
    const allowed = await fetch(`${api.url}/api/health`, { headers: { origin: 'https://qa.client.example' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://qa.client.example');
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    const other = await fetch(`${api.url}/api/health`, { headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${api.url}/api/users`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-xsrf-token' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers unexpected failures with a generic body: no message, stack or internals', async () => {
    const response = await getJson(api, '/api/failing-probe');
    expect(response.status).toBe(500);
    expect(response.body).toEqual({ statusCode: 500, code: 'internal_error', message: 'An unexpected error occurred' });
  });

  it('answers malformed JSON with a 400 error body and validation errors without echoing internals', async () => {
    const malformed = await fetch(`${api.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email": ' });
    expect(malformed.status).toBe(400);
    const body = await malformed.json();
    expect(Object.keys(body).sort()).toEqual(['code', 'message', 'statusCode']);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.js|node_modules/);
  });

  it('refuses an oversized password before hashing it', async () => {
    const response = await fetch(`${api.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'a@test.example', password: 'x'.repeat(5_000) }),
    });
    expect(response.status).toBe(400);
  });

  it('never sends session cookies to responses other than sign-in', async () => {
    const admin = await loginAs(api, 'admin');
    const response = await fetch(`${api.url}/api/auth/me`, { headers: admin.headers });
    expect(response.headers.getSetCookie()).toEqual([]);
  });
});
