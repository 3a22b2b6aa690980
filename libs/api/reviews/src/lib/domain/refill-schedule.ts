import type { RefillSchedule } from '@rapport/contracts';

const PERIOD_MS: Record<RefillSchedule, number> = { daily: 86_400_000, weekly: 7 * 86_400_000 };

/**
 * The first refill time of a schedule after `now`, counted in whole periods from `from` (the queue's creation, or
 * the refill that was due): a queue due on Monday 09:00 stays on Mondays at 09:00, and refills missed while the
 * API was down are made up by one refill, not one per missed period.
 */
export function nextRefillAfter(from: string, schedule: RefillSchedule, now: Date): string {
  const period = PERIOD_MS[schedule];
  const start = Date.parse(from);
  const periods = Math.max(1, Math.floor((now.getTime() - start) / period) + 1);
  return new Date(start + periods * period).toISOString();
}
