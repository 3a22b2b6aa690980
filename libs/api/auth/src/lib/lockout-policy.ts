/**
 * Lock-out after repeated failed sign-ins, as pure functions over the stored throttle state.
 * Failures are counted per email whether or not an account exists, so "this account is locked" is no hint that
 * the email is registered.
 */
export interface LockoutPolicy {
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

/** Five failures within fifteen minutes lock the email for fifteen minutes (or until an admin resets the password). */
export const DEFAULT_LOCKOUT: LockoutPolicy = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

export interface ThrottleState {
  failures: number;
  windowStartedAt: string;
  lockedUntil: string | null;
}

export function lockedUntil(state: ThrottleState | null, now: Date): Date | null {
  if (!state?.lockedUntil) {
    return null;
  }
  const until = new Date(state.lockedUntil);
  return until.getTime() > now.getTime() ? until : null;
}

/** The state after one more failed attempt; `lockedUntil` is set by the failure that reaches the limit. */
export function afterFailure(state: ThrottleState | null, now: Date, policy: LockoutPolicy = DEFAULT_LOCKOUT): ThrottleState {
  if (state !== null && lockedUntil(state, now) !== null) {
    // Attempts during a lock neither extend nor end it.
    return state;
  }
  const windowOpen = state !== null && state.lockedUntil === null && now.getTime() - new Date(state.windowStartedAt).getTime() < policy.windowMs;
  const failures = windowOpen ? state.failures + 1 : 1;
  const windowStartedAt = windowOpen ? state.windowStartedAt : now.toISOString();
  return {
    failures,
    windowStartedAt,
    lockedUntil: failures >= policy.maxFailures ? new Date(now.getTime() + policy.lockMs).toISOString() : null,
  };
}
