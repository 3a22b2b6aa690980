import { DEFAULT_LOCKOUT, LoginThrottleStore } from '@rapport/api-auth';
import { createTestApi, TestApi } from '@rapport/api-testing';

jest.setTimeout(120_000);

const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 10, minute));

/** The lock-out policy as the atomic SQL counter applies it, on the engine under test (SQLite or PostgreSQL). */
describe('failed sign-in counter', () => {
  let api: TestApi;
  let store: LoginThrottleStore;
  let sequence = 0;
  const nextKey = () => `email-hash-${++sequence}`;

  beforeAll(async () => {
    api = await createTestApi();
    store = api.app.get(LoginThrottleStore);
  });
  afterAll(() => api.close());

  async function fail(key: string, minutes: number[], policy = DEFAULT_LOCKOUT) {
    const recorded = [];
    for (const minute of minutes) {
      recorded.push(await store.recordFailure(key, at(minute), policy));
    }
    return recorded;
  }

  it('locks on the fifth failure within fifteen minutes, for fifteen minutes', async () => {
    const key = nextKey();
    const recorded = await fail(key, [0, 1, 2, 3, 4]);
    expect(recorded.map((failure) => failure.state.failures)).toEqual([1, 2, 3, 4, 5]);
    expect(recorded.map((failure) => failure.lockedNow)).toEqual([false, false, false, false, true]);
    expect(recorded.slice(0, 4).every((failure) => failure.state.lockedUntil === null)).toBe(true);
    expect(await store.find(key)).toMatchObject({
      failures: 5,
      windowStartedAt: at(0).toISOString(),
      lockedUntil: '2026-03-02T10:19:00.000Z',
    });
  });

  it('starts counting again when the window has passed', async () => {
    const key = nextKey();
    await fail(key, [0, 1, 2, 3]);
    const [late] = await fail(key, [15]);
    expect(late?.state).toEqual({
      failures: 1,
      windowStartedAt: at(15).toISOString(),
      lockedUntil: null,
    });
  });

  it('neither extends nor ends a lock with attempts made during it', async () => {
    const key = nextKey();
    await fail(key, [0, 0, 0, 0, 0]);
    const [during] = await fail(key, [10]);
    expect(during).toEqual({
      state: {
        failures: 5,
        windowStartedAt: at(0).toISOString(),
        lockedUntil: at(15).toISOString(),
      },
      lockedNow: false,
    });
  });

  it('gives a fresh window after a lock has expired', async () => {
    const key = nextKey();
    await fail(key, [0, 0, 0, 0, 0]);
    const [after] = await fail(key, [16]);
    expect(after?.state).toEqual({
      failures: 1,
      windowStartedAt: at(16).toISOString(),
      lockedUntil: null,
    });
  });

  it('follows a stricter policy when given one', async () => {
    const key = nextKey();
    const recorded = await fail(key, [0, 1], {
      ...DEFAULT_LOCKOUT,
      maxFailures: 2,
    });
    expect(recorded[1]?.state.lockedUntil).toBe('2026-03-02T10:16:00.000Z');
    const single = await fail(nextKey(), [0], {
      ...DEFAULT_LOCKOUT,
      maxFailures: 1,
    });
    expect(single[0]).toEqual({
      state: {
        failures: 1,
        windowStartedAt: at(0).toISOString(),
        lockedUntil: at(15).toISOString(),
      },
      lockedNow: true,
    });
  });

  it('counts every one of many failures sent at once', async () => {
    const key = nextKey();
    const policy = { ...DEFAULT_LOCKOUT, maxFailures: 100 };
    await Promise.all(Array.from({ length: 30 }, () => store.recordFailure(key, at(0), policy)));
    expect((await store.find(key))?.failures).toBe(30);
  });
});
