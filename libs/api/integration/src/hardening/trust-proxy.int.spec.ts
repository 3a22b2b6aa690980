import { createTestApi, createUser, TestApi } from '@rapport/api-testing';
import type { TrustProxy } from '@rapport/api-core';

jest.setTimeout(120_000);

interface Attempt {
  status: number;
  sessionCookie: string | undefined;
}

/** A sign-in as the test's real user, through a proxy that says who the client is and how it connected. */
async function signInThrough(
  api: TestApi,
  credentials: { email: string; password: string },
  forwarded: Record<string, string>,
): Promise<Attempt> {
  const response = await fetch(`${api.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...forwarded },
    body: JSON.stringify(credentials),
  });
  return {
    status: response.status,
    sessionCookie: response.headers.getSetCookie().find((cookie) => cookie.startsWith('rapport_session=')),
  };
}

let wrongAttempt = 0;
/** A failed sign-in for a fresh email each time, so only the rate limit (not the per-email lock-out) can refuse it. */
async function wrongSignIn(api: TestApi, clientAddress: string): Promise<number> {
  wrongAttempt++;
  const response = await fetch(`${api.url}/api/auth/login`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': clientAddress,
    },
    body: JSON.stringify({
      email: `nobody-${wrongAttempt}@test.example`,
      password: 'not the password at all',
    }),
  });
  return response.status;
}

async function bootWith(
  trustProxy: TrustProxy,
): Promise<{ api: TestApi; credentials: { email: string; password: string } }> {
  const api = await createTestApi({
    trustProxy,
    rateLimits: { loginPerMinute: 3, ingestionPerMinute: 100_000 },
  });
  const { user, password } = await createUser(api, 'qa-reviewer');
  return { api, credentials: { email: user.email, password } };
}

describe('TRUST_PROXY: behind a trusted proxy', () => {
  let api: TestApi;
  let credentials: { email: string; password: string };
  beforeAll(async () => ({ api, credentials } = await bootWith(['loopback'])));
  afterAll(() => api.close());

  it('marks the session cookie Secure when the proxy says the client used HTTPS, and not otherwise', async () => {
    const https = await signInThrough(api, credentials, {
      'x-forwarded-proto': 'https',
      'x-forwarded-for': '198.51.100.7',
    });
    expect(https.status).toBe(200);
    expect(https.sessionCookie).toMatch(/; Secure/);
    const http = await signInThrough(api, credentials, {
      'x-forwarded-proto': 'http',
      'x-forwarded-for': '198.51.100.8',
    });
    expect(http.status).toBe(200);
    expect(http.sessionCookie).not.toMatch(/Secure/);
  });

  it('gives each client behind the proxy its own sign-in rate limit', async () => {
    const first = ['203.0.113.1', '203.0.113.1', '203.0.113.1', '203.0.113.1'];
    const statuses = [];
    for (const address of first) {
      statuses.push(await wrongSignIn(api, address));
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect(await wrongSignIn(api, '203.0.113.2')).toBe(401);
  });

  it('records the client address from the proxy in the audit trail', async () => {
    await signInThrough(api, credentials, { 'x-forwarded-for': '192.0.2.44' });
    const rows: Array<{ ip: string | null }> = await api.dataSource.query(
      `SELECT ip FROM audit_log WHERE action = 'auth.login'`,
    );
    expect(rows.map((row) => row.ip)).toContain('192.0.2.44');
  });
});

describe.each<[string, TrustProxy]>([
  ['no proxy is trusted (the default)', false],
  ['the proxy list does not include the peer', ['10.0.0.0/8']],
])('TRUST_PROXY: when %s', (_case, trustProxy) => {
  let api: TestApi;
  let credentials: { email: string; password: string };
  // Every request counts against the one bucket of the socket's address here, so each test starts afresh.
  beforeEach(async () => ({ api, credentials } = await bootWith(trustProxy)));
  afterEach(() => api.close());

  it('ignores X-Forwarded-Proto: the cookie of a plain HTTP request is not Secure', async () => {
    const attempt = await signInThrough(api, credentials, {
      'x-forwarded-proto': 'https',
    });
    expect(attempt.status).toBe(200);
    expect(attempt.sessionCookie).not.toMatch(/Secure/);
  });

  it('ignores X-Forwarded-For: a client cannot escape the rate limit by naming other addresses', async () => {
    const statuses = [];
    for (const address of ['203.0.113.1', '203.0.113.2', '203.0.113.3', '203.0.113.4']) {
      statuses.push(await wrongSignIn(api, address));
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
  });
});
