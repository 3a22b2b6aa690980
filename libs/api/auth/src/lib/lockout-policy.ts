import { DomainError } from '@rapport/api-core';

/**
 * Lock-out after repeated failed sign-ins. Failures are counted atomically in SQL by `LoginThrottleStore`;
 * this is the policy it follows and the reading of the state it stores.
 * Failures are counted per email whether or not an account exists, so "this account is locked" is no hint that
 * the email is registered.
 */
export interface LockoutPolicy {
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

/** Five failures within fifteen minutes lock the email for fifteen minutes (or until an admin resets the password). */
export const DEFAULT_LOCKOUT: LockoutPolicy = {
  maxFailures: 5,
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
};

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

/** 423 while locked: the same answer for sign-in and for a password change with wrong current passwords. */
export function lockedError(policy: LockoutPolicy): DomainError {
  return new DomainError(
    423,
    'account_locked',
    `Too many failed sign-ins. Try again in ${Math.round(policy.lockMs / 60_000)} minutes, or ask an administrator to reset the password.`,
  );
}
