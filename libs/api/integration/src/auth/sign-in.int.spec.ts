import { Clock } from '@rapport/api-core';
import { dialectOf } from '@rapport/api-database';
import { createTestApi, createUser, getJson, loginAs, sendJson, signIn, TestApi } from '@rapport/api-testing';

// Each test boots the whole API on a fresh database and signs users in with argon2; CI machines are small.
jest.setTimeout(120_000);

describe('signing in and out', () => {
  let api: TestApi;
  beforeEach(async () => {
    api = await createTestApi();
  });
  afterEach(() => api.close());

  it('sets an httpOnly SameSite=Strict session cookie and a readable XSRF cookie, and /me tells who is signed in', async () => {
    const { user, password } = await createUser(api, 'qa-reviewer', {
      email: 'Quinn@Client.Example',
      displayName: 'Quinn',
    });
    const response = await fetch(`${api.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: '  QUINN@client.example ', password }),
    });
    expect(response.status).toBe(200);
    const cookies = response.headers.getSetCookie();
    const session = cookies.find((cookie) => cookie.startsWith('rapport_session='));
    const csrf = cookies.find((cookie) => cookie.startsWith('XSRF-TOKEN='));
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Strict/);
    expect(session).toMatch(/Path=\/api/);
    expect(session).not.toMatch(/Secure/); // plain HTTP here; Secure is set on HTTPS requests
    expect(csrf).not.toMatch(/HttpOnly/);
    expect(csrf).toMatch(/SameSite=Strict/);
    const body = await response.json();
    expect(body.user).toEqual({
      id: user.id,
      email: 'quinn@client.example',
      role: 'qa-reviewer',
      vendorId: null,
      displayName: 'Quinn',
      passwordChangeRequired: false,
    });
    expect(csrf).toContain(`XSRF-TOKEN=${body.csrfToken}`);

    const signedIn = await signIn(api, 'quinn@client.example', password);
    const me = await getJson(api, '/api/auth/me', signedIn.headers);
    expect(me.body).toEqual(body.user);
  });

  it('answers a wrong password and an unknown email identically', async () => {
    const { user } = await createUser(api, 'admin');
    const wrongPassword = await signIn(api, user.email, 'not the password');
    const unknownEmail = await signIn(api, 'nobody@test.example', 'not the password');
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect(wrongPassword.body).toEqual(unknownEmail.body);
    expect(wrongPassword.body).toEqual({
      statusCode: 401,
      code: 'invalid_credentials',
      message: 'Email or password is incorrect',
    });
    expect(wrongPassword.headers['cookie']).toBe('');
  });

  it('stores only argon2id hashes of passwords and SHA-256 hashes of session ids', async () => {
    const session = await loginAs(api, 'admin');
    const [row] = await api.dataSource.query(
      `SELECT password_hash FROM users WHERE id = ${dialectOf(api.dataSource.manager).param(0)}`,
      [session.user.id],
    );
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(session.password);
    const sessionId = /rapport_session=([^;]+)/.exec(session.headers['cookie'] ?? '')?.[1];
    const stored: Array<{ id_hash: string }> = await api.dataSource.query('SELECT id_hash FROM sessions');
    expect(stored).toHaveLength(1);
    expect(stored[0]?.id_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored[0]?.id_hash).not.toBe(sessionId);
  });

  it('ends the session on logout and clears the cookies', async () => {
    const session = await loginAs(api, 'executive');
    const logout = await sendJson(api, 'POST', '/api/auth/logout', undefined, session.headers);
    expect(logout.status).toBe(204);
    expect(logout.headers.getSetCookie().join(';')).toMatch(/rapport_session=;/);
    expect((await getJson(api, '/api/auth/me', session.headers)).status).toBe(401);
  });

  it('refuses state-changing requests whose X-XSRF-TOKEN header is missing or wrong', async () => {
    const session = await loginAs(api, 'admin');
    const cookieOnly = { cookie: session.headers['cookie'] ?? '' };
    const missing = await sendJson(api, 'POST', '/api/auth/logout', undefined, cookieOnly);
    expect(missing.status).toBe(403);
    expect(missing.body.code).toBe('csrf_failed');
    const wrong = await sendJson(api, 'POST', '/api/auth/logout', undefined, {
      ...cookieOnly,
      'x-xsrf-token': 'forged',
    });
    expect(wrong.status).toBe(403);
    // Reads need no token, and the session is still alive.
    expect((await getJson(api, '/api/auth/me', cookieOnly)).status).toBe(200);
  });

  it('expires sessions after SESSION_HOURS', async () => {
    const session = await loginAs(api, 'vendor-manager');
    const clock = api.app.get(Clock);
    const later = new Date(Date.now() + 12 * 3_600_000 + 1_000);
    jest.spyOn(clock, 'now').mockReturnValue(later);
    expect((await getJson(api, '/api/auth/me', session.headers)).status).toBe(401);
  });

  it('rejects unknown or tampered session cookies with 401', async () => {
    expect((await getJson(api, '/api/auth/me', { cookie: 'rapport_session=made-up' })).status).toBe(401);
    expect((await getJson(api, '/api/auth/me')).body).toMatchObject({ statusCode: 401, code: 'unauthenticated' });
  });
});
