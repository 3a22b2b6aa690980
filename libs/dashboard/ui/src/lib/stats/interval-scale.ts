import type { MetricUnit } from '@rapport/contracts';

/** The axis a set of interval bars shares, so bars in one column or row can be compared by eye. */
export interface IntervalScale {
  min: number;
  max: number;
}

export interface Interval {
  lower: number;
  upper: number;
}

/** Where a bar sits on its scale, in percent of the bar's width. */
export interface IntervalGeometry {
  start: number;
  end: number;
  point: number;
}

const PADDING = 0.08;

/** Values a unit can take at all: the axis never reaches past them. */
function limitsOf(unit: MetricUnit): IntervalScale {
  switch (unit) {
    case 'score':
      return { min: 0, max: 100 };
    case 'proportion':
      return { min: 0, max: 1 };
    case 'seconds':
      return { min: 0, max: Number.POSITIVE_INFINITY };
  }
}

/**
 * A padded axis covering every interval and the `include` values (0 for differences, so "no difference" is
 * always on the axis). Estimates are bounded by their unit; differences are not. Null without any value.
 */
export function intervalScale(intervals: readonly Interval[], options: { unit?: MetricUnit; include?: readonly number[] } = {}): IntervalScale | null {
  const values = [...intervals.flatMap((interval) => [interval.lower, interval.upper]), ...(options.include ?? [])].filter(Number.isFinite);
  if (values.length === 0) {
    return null;
  }
  let min = Math.min(...values);
  let max = Math.max(...values);
  // A single value still needs a visible width around it.
  const span = max - min || Math.max(Math.abs(max), 1);
  min -= span * PADDING;
  max += span * PADDING;
  if (options.unit) {
    const limits = limitsOf(options.unit);
    min = Math.max(min, limits.min);
    max = Math.min(max, limits.max);
  }
  return { min, max };
}

function percent(scale: IntervalScale, value: number): number {
  const clamped = Math.min(Math.max(value, scale.min), scale.max);
  return ((clamped - scale.min) / (scale.max - scale.min)) * 100;
}

/** Bar start and end and the estimate's point, in percent of the scale; values off the scale are pinned to its ends. */
export function intervalGeometry(scale: IntervalScale, lower: number, estimate: number, upper: number): IntervalGeometry {
  if (!(scale.max > scale.min)) {
    throw new RangeError(`an interval scale needs max > min, got ${scale.min}..${scale.max}`);
  }
  return { start: percent(scale, lower), end: percent(scale, upper), point: percent(scale, estimate) };
}

/** Where a reference value (0 for differences) sits on the scale, or null when it is off the scale. */
export function referencePosition(scale: IntervalScale, value: number): number | null {
  return value < scale.min || value > scale.max ? null : percent(scale, value);
}
