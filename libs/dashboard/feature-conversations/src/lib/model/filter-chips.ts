import type { ConversationSignal } from '@rapport/contracts';
import type { ConversationsQuery } from '@rapport/dashboard-data-access';
import { SCORE_DIMENSIONS, bandOf } from './conversation-filters';

/** A filter that came with a drill-down link and has no control of its own: shown so it can be seen and removed. */
export interface FilterChip {
  /** URL parameters to clear to remove it. */
  params: string[];
  label: string;
}

export const SIGNAL_LABELS: Record<ConversationSignal, string> = {
  'within-sla': 'Met the first-response target',
  'missed-sla': 'Missed the first-response target',
  'after-hours': 'Customer wrote after hours',
  weekend: 'Customer wrote at the weekend',
  'language-mismatch': 'Agent answered in another language',
  'clarification-request': 'Customer asked for clarification',
  'asks-other-agent': 'Customer asked for another agent',
};

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Hour of week 0–167 (from Monday 00:00, vendor local time) as "Tuesday 09:00–10:00". */
export function hourOfWeekLabel(hour: number): string {
  const day = DAYS[Math.floor(hour / 24)] ?? '?';
  const start = hour % 24;
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${day} ${pad(start)}:00–${pad(start + 1)}:00`;
}

export const SCORE_NAMES: Record<(typeof SCORE_DIMENSIONS)[number], string> = {
  overall: 'Overall',
  courtesy: 'Courtesy',
  comprehension: 'Comprehension',
  responsiveness: 'Responsiveness',
};

/** Filters of the query that the page has no control for. */
export function filterChips(query: ConversationsQuery, bandedDimension: string): FilterChip[] {
  const chips: FilterChip[] = [];
  if (query.month) {
    chips.push({ params: ['month'], label: `Month ${query.month}` });
  }
  for (const [name, label] of [
    ['queues', 'Queue'],
    ['sites', 'Site'],
    ['scoreStatus', 'Score status'],
  ] as const) {
    const values = query[name];
    if (Array.isArray(values) && values.length > 0) {
      chips.push({ params: [name], label: `${label}: ${values.join(', ')}` });
    }
  }
  if (typeof query['hourOfWeek'] === 'number') {
    chips.push({ params: ['hourOfWeek'], label: `Hour: ${hourOfWeekLabel(query['hourOfWeek'])} (vendor time)` });
  }
  for (const dimension of SCORE_DIMENSIONS) {
    const band = bandOf(query, dimension);
    if (band !== null && (dimension !== bandedDimension || band === 'custom')) {
      const min = query[`${dimension}Min`] ?? 0;
      const max = query[`${dimension}Max`] ?? 100;
      chips.push({ params: [`${dimension}Min`, `${dimension}Max`], label: `${SCORE_NAMES[dimension]} ${min} to ${max}` });
    }
  }
  return chips;
}
