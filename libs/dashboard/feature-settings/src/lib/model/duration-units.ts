/** Units a response-time target is entered in. */
export type DurationUnit = 'seconds' | 'minutes' | 'hours';

const SECONDS: Record<DurationUnit, number> = { seconds: 1, minutes: 60, hours: 3_600 };

/** A target in the largest unit that keeps it whole: 120 → 2 minutes, 28 800 → 8 hours, 90 → 90 seconds. */
export function splitDuration(seconds: number): { value: number; unit: DurationUnit } {
  if (seconds >= 3_600 && seconds % 3_600 === 0) {
    return { value: seconds / 3_600, unit: 'hours' };
  }
  if (seconds >= 60 && seconds % 60 === 0) {
    return { value: seconds / 60, unit: 'minutes' };
  }
  return { value: seconds, unit: 'seconds' };
}

/** Seconds from a value and unit; fractions of a second are rounded, as the API wants whole seconds. */
export function joinDuration(value: number, unit: DurationUnit): number {
  return Math.round(value * SECONDS[unit]);
}

/** Each weight's share of the overall score, in whole percent; zeros when all weights are zero. */
export function weightShares<K extends string>(weights: Readonly<Record<K, number>>): Record<K, number> {
  const entries = Object.entries(weights) as Array<[K, number]>;
  const total = entries.reduce((sum, [, weight]) => sum + (Number.isFinite(weight) && weight > 0 ? weight : 0), 0);
  return Object.fromEntries(entries.map(([name, weight]) => [name, total > 0 && weight > 0 ? Math.round((weight / total) * 100) : 0])) as Record<K, number>;
}
