import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { LockoutPolicy, ThrottleState } from './lockout-policy';
import { LoginThrottle } from './login-throttle.entity';

export interface RecordedFailure {
  state: ThrottleState;
  /** This failure is the one that reached the limit (not one made while the email was already locked). */
  lockedNow: boolean;
}

/**
 * The failed sign-in counters. A failure is counted by one upsert that reads and writes the row in the same
 * statement, so parallel wrong passwords each count: a read followed by a write let twenty parallel attempts
 * count as one. The policy lives in this statement:
 * - while a lock runs, attempts neither extend nor end it;
 * - a failure within the window (and no lock since it opened) adds one, otherwise it opens a new window at one;
 * - the failure that reaches `maxFailures` sets the lock.
 */
@Injectable()
export class LoginThrottleStore {
  constructor(
    @InjectRepository(LoginThrottle)
    private readonly throttles: Repository<LoginThrottle>,
  ) {}

  find(emailHash: string): Promise<ThrottleState | null> {
    return this.throttles.findOneBy({ emailHash });
  }

  clear(emailHash: string): Promise<unknown> {
    return this.throttles.delete({ emailHash });
  }

  async recordFailure(emailHash: string, now: Date, policy: LockoutPolicy): Promise<RecordedFailure> {
    const postgres = this.throttles.manager.connection.options.type === 'postgres';
    // Numbered placeholders, so one parameter can appear several times on both engines.
    const [key, at, windowOpenedAfter, lockUntil, maxFailures] = [1, 2, 3, 4, 5].map((n) =>
      postgres ? `$${n}` : `?${n}`,
    );
    const row = 'login_throttle';
    const locked = `${row}.locked_until > ${at}`;
    const windowOpen = `(${row}.locked_until IS NULL AND ${row}.window_started_at > ${windowOpenedAfter})`;
    const counted = `CASE WHEN ${windowOpen} THEN ${row}.failures + 1 ELSE 1 END`;
    // Starts with a line break on purpose: TypeORM's SQLite runner drops the rows of statements starting with "INSERT ".
    const sql = `
      INSERT INTO ${row} (email_hash, failures, window_started_at, locked_until)
      VALUES (${key}, 1, ${at}, CASE WHEN 1 >= ${maxFailures} THEN ${lockUntil} ELSE NULL END)
      ON CONFLICT (email_hash) DO UPDATE SET
        failures = CASE WHEN ${locked} THEN ${row}.failures ELSE ${counted} END,
        window_started_at = CASE WHEN ${locked} OR ${windowOpen} THEN ${row}.window_started_at ELSE ${at} END,
        locked_until = CASE WHEN ${locked} THEN ${row}.locked_until WHEN ${counted} >= ${maxFailures} THEN ${lockUntil} ELSE NULL END
      RETURNING failures, window_started_at, locked_until`;
    const until = new Date(now.getTime() + policy.lockMs).toISOString();
    const params = [
      emailHash,
      now.toISOString(),
      new Date(now.getTime() - policy.windowMs).toISOString(),
      until,
      policy.maxFailures,
    ];
    const rows: Array<{
      failures: number | string;
      window_started_at: string;
      locked_until: string | null;
    }> = await this.throttles.query(sql, params);
    const stored = rows[0];
    if (!stored) {
      throw new Error('login_throttle upsert returned no row');
    }
    const state = {
      failures: Number(stored.failures),
      windowStartedAt: stored.window_started_at,
      lockedUntil: stored.locked_until,
    };
    return {
      state,
      lockedNow: state.lockedUntil === until && state.failures >= policy.maxFailures,
    };
  }
}
