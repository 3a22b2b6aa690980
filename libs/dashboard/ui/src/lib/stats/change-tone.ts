import type { MetricDirection, StatDifference } from '@rapport/contracts';

/** How a change reads: better or worse for the metric's direction, or not distinguishable from noise. */
export type ChangeTone = 'better' | 'worse' | 'unclear' | 'insufficient';

/**
 * Tone of a difference (a − b, e.g. this month − last month). Only a 95% interval that excludes zero is called
 * better or worse; `significant` (a multiple-testing decision from the API) overrides that when given.
 */
export function changeTone(difference: StatDifference, direction: MetricDirection, significant?: boolean): ChangeTone {
  if (difference.status === 'insufficient') {
    return 'insufficient';
  }
  const clear = significant ?? (difference.lower > 0 || difference.upper < 0);
  if (!clear || difference.difference === 0) {
    return 'unclear';
  }
  const up = difference.difference > 0;
  return up === (direction === 'higher-is-better') ? 'better' : 'worse';
}

/** Words for a tone, so the meaning never rests on colour. A gap between two vendors is a difference, not a change. */
export function changeToneLabel(tone: ChangeTone, kind: 'change' | 'difference' = 'change'): string {
  switch (tone) {
    case 'better':
      return 'Better';
    case 'worse':
      return 'Worse';
    case 'unclear':
      return kind === 'difference' ? 'No clear difference' : 'No clear change';
    case 'insufficient':
      return 'Not enough data';
  }
}
