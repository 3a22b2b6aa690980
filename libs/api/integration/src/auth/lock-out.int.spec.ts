import { Clock } from '@rapport/api-core';
import { createTestApi, createUser, getJson, loginAs, sendJson, signIn, TestApi } from '@rapport/api-testing';

// Each test boots the whole API on a fresh database and signs users in with argon2; CI machines are small.
jest.setTimeout(120_000);

const LOCKED = { statusCode: 423, code: 'account_locked' };

describe('lock-out after repeated failed sign-ins', () => {
  let api: TestApi;
  beforeEach(async () => {
    // Many attempts come from one address here: the per-address rate limit is not what these tests measure.
    api = await createTestApi({
      rateLimits: { loginPerMinute: 10_000, ingestionPerMinute: 100 },
    });
  });
  afterEach(() => {
    jest.restoreAllMocks();
    return api.close();
  });

  async function failTimes(email: string, times: number) {
    const statuses: number[] = [];
    for (let i = 0; i < times; i++) {
      statuses.push((await signIn(api, email, `wrong-${i}`)).status);
    }
    return statuses;
  }

  it('locks on the fifth failure, refuses even the right password while locked, and lets it in after fifteen minutes', async () => {
    const { user, password } = await createUser(api, 'qa-reviewer');
    expect(await failTimes(user.email, 5)).toEqual([401, 401, 401, 401, 423]);
    const whileLocked = await signIn(api, user.email, password);
    expect(whileLocked.body).toMatchObject(LOCKED);
    expect(whileLocked.headers['cookie']).toBe('');

    jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(new Date(Date.now() + 15 * 60_000 + 1_000));
    expect((await signIn(api, user.email, password)).status).toBe(200);
  });

  it('counts parallel wrong passwords one by one: 20 at once lock the account, and the right password is then refused', async () => {
    const { user, password } = await createUser(api, 'qa-reviewer');
    const statuses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => signIn(api, user.email, `wrong-${i}`).then((answer) => answer.status)),
    );
    expect(statuses.filter((status) => status === 401)).toHaveLength(4);
    expect(statuses.filter((status) => status === 423)).toHaveLength(16);
    const [{ failures }] = await api.dataSource.query('SELECT failures FROM login_throttle');
    expect(Number(failures)).toBe(5);
    expect((await signIn(api, user.email, password)).body).toMatchObject(LOCKED);
  });

  it('locks unknown emails the same way, so the lock-out message does not reveal which emails have accounts', async () => {
    expect(await failTimes('nobody@test.example', 6)).toEqual([401, 401, 401, 401, 423, 423]);
  });

  it('forgets earlier failures after a successful sign-in', async () => {
    const { user, password } = await createUser(api, 'executive');
    await failTimes(user.email, 4);
    expect((await signIn(api, user.email, password)).status).toBe(200);
    expect(await failTimes(user.email, 4)).toEqual([401, 401, 401, 401]);
  });

  it('shows the lock to administrators and lifts it with a password reset, which also ends old sessions', async () => {
    const admin = await loginAs(api, 'admin');
    const { user, password } = await createUser(api, 'vendor-manager');
    const oldSession = await signIn(api, user.email, password);
    await failTimes(user.email, 5);

    const listed = await getJson(api, `/api/users/${user.id}`, admin.headers);
    expect(listed.body.lockedUntil).toEqual(expect.any(String));

    const reset = await sendJson(api, 'POST', `/api/users/${user.id}/password-reset`, undefined, admin.headers);
    expect(reset.status).toBe(200);
    expect(reset.body.user.lockedUntil).toBeNull();
    expect((await getJson(api, '/api/auth/me', oldSession.headers)).status).toBe(401);
    expect((await signIn(api, user.email, password)).status).toBe(401);
    expect((await signIn(api, user.email, reset.body.temporaryPassword)).status).toBe(200);
  });
});

describe('sign-in rate limit per client address', () => {
  it('answers 429 past LOGIN_RATE_LIMIT attempts a minute, before checking any password', async () => {
    const api = await createTestApi({
      rateLimits: { loginPerMinute: 3, ingestionPerMinute: 100 },
    });
    try {
      const { user, password } = await createUser(api, 'admin');
      const statuses = [];
      for (const attempt of ['a', 'b', 'c', password]) {
        statuses.push((await signIn(api, user.email, attempt)).status);
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await api.close();
    }
  });
});
