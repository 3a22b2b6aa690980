import { afterFailure, DEFAULT_LOCKOUT, lockedUntil, ThrottleState } from './lockout-policy';

const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 10, minute));

describe('lock-out policy', () => {
  it('locks on the fifth failure within fifteen minutes, for fifteen minutes', () => {
    let state: ThrottleState | null = null;
    for (const minute of [0, 1, 2, 3]) {
      state = afterFailure(state, at(minute));
      expect(state.lockedUntil).toBeNull();
      expect(lockedUntil(state, at(minute))).toBeNull();
    }
    state = afterFailure(state, at(4));
    expect(state.failures).toBe(5);
    expect(state.lockedUntil).toBe('2026-03-02T10:19:00.000Z');
    expect(lockedUntil(state, at(18))).toEqual(new Date('2026-03-02T10:19:00.000Z'));
    expect(lockedUntil(state, at(19))).toBeNull();
  });

  it('starts counting again when the window has passed', () => {
    let state: ThrottleState | null = null;
    for (const minute of [0, 1, 2, 3]) {
      state = afterFailure(state, at(minute));
    }
    state = afterFailure(state, at(15));
    expect(state).toEqual({ failures: 1, windowStartedAt: at(15).toISOString(), lockedUntil: null });
  });

  it('gives a fresh window after a lock has expired', () => {
    const locked: ThrottleState = { failures: 5, windowStartedAt: at(0).toISOString(), lockedUntil: at(15).toISOString() };
    expect(afterFailure(locked, at(16))).toEqual({ failures: 1, windowStartedAt: at(16).toISOString(), lockedUntil: null });
  });

  it('neither extends nor ends a lock with attempts made during it', () => {
    const locked: ThrottleState = { failures: 5, windowStartedAt: at(0).toISOString(), lockedUntil: at(15).toISOString() };
    expect(afterFailure(locked, at(10))).toEqual(locked);
  });

  it('follows a stricter policy when given one', () => {
    const state = afterFailure(afterFailure(null, at(0), { ...DEFAULT_LOCKOUT, maxFailures: 2 }), at(1), { ...DEFAULT_LOCKOUT, maxFailures: 2 });
    expect(state.lockedUntil).toBe('2026-03-02T10:16:00.000Z');
  });
});
