import { type CoverageCellDto, type CoverageResponse, METRIC_INFO, type StatEstimate } from '@rapport/contracts';
import { type DrillDownLink, toConversationsLink } from '@rapport/dashboard-data-access';
import { NOT_ENOUGH_DATA, formatCount, formatMetricValue, formatSampleSize } from '@rapport/dashboard-ui';
import { promisedHoursOfWeek, promiseWords } from '@rapport/dashboard-ui/promised-hours';
import type { CoverageMeasure } from './detail-filters';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const HOURS_PER_DAY = 24;
/** Shades from lightest to darkest; 0 is "no conversations" for volume. */
export const COVERAGE_LEVELS = 5;

export interface CoverageGridCell {
  hourOfWeek: number;
  /** What the cell shows: a count, a percentage, a short duration, or a dash. */
  text: string;
  /** Shade 0–4, null when there is not enough data to shade. */
  level: number | null;
  /** Everything the cell says, for screen readers and the tooltip. */
  label: string;
  link: DrillDownLink;
  /** Whether the vendor promises to answer in this hour (its opening hours come with the coverage answer). */
  promised: boolean;
}

export interface CoverageGrid {
  timeZone: string;
  measureLabel: string;
  hours: string[];
  rows: { day: string; short: string; cells: CoverageGridCell[] }[];
  /** What the lightest and darkest shades stand for. */
  legend: { lightest: string; darkest: string };
  /** The vendor's promise in words. */
  promise: string;
}

const MEASURE_LABELS: Record<CoverageMeasure, string> = {
  volume: 'Conversations',
  withinSla: METRIC_INFO.withinSla.label,
  firstResponseMedian: METRIC_INFO.firstResponseMedian.label,
  csat: METRIC_INFO.csat.label,
};

export function coverageMeasureLabel(measure: CoverageMeasure): string {
  return MEASURE_LABELS[measure];
}

/** A duration short enough for a heatmap cell: "40s", "3m", "2h", "1d". */
export function compactDuration(seconds: number): string {
  if (seconds < 60) {
    return `${Math.round(seconds)}s`;
  }
  if (seconds < 3_600) {
    return `${Math.round(seconds / 60)}m`;
  }
  if (seconds < 86_400) {
    return `${Math.round(seconds / 3_600)}h`;
  }
  return `${Math.round(seconds / 86_400)}d`;
}

function statOf(cell: CoverageCellDto | undefined, measure: Exclude<CoverageMeasure, 'volume'>): StatEstimate | null {
  return cell ? cell[measure] : null;
}

function hourLabel(hourOfWeek: number): string {
  const day = DAYS[Math.floor(hourOfWeek / HOURS_PER_DAY)];
  const hour = hourOfWeek % HOURS_PER_DAY;
  return `${day} ${String(hour).padStart(2, '0')}:00–${String(hour).padStart(2, '0')}:59`;
}

function shade(value: number, min: number, max: number): number {
  if (max <= min) {
    return COVERAGE_LEVELS - 1;
  }
  return Math.round(((value - min) / (max - min)) * (COVERAGE_LEVELS - 1));
}

/**
 * A vendor's week as a 7 × 24 grid in its own time zone (Monday first), shaded by the chosen measure. Volume shades
 * from none to the busiest hour; rates and durations from the lowest to the highest hour with enough data, and
 * hours without enough data stay unshaded with the words. Null when the vendor has no row.
 */
export function toCoverageGrid(
  response: CoverageResponse,
  vendorId: string,
  measure: CoverageMeasure,
): CoverageGrid | null {
  const row = response.rows.find((candidate) => candidate.vendor.id === vendorId);
  if (!row) {
    return null;
  }
  const promised = promisedHoursOfWeek(row.businessHours);
  const cells = new Map(row.hours.map((cell) => [cell.hourOfWeek, cell]));
  const values: number[] = [];
  for (const cell of row.hours) {
    if (measure === 'volume') {
      values.push(cell.volume);
    } else {
      const stat = cell[measure];
      if (stat.status === 'ok') {
        values.push(stat.estimate);
      }
    }
  }
  const min = measure === 'volume' ? 0 : values.length > 0 ? Math.min(...values) : 0;
  const max = values.length > 0 ? Math.max(...values) : 0;
  const unit = measure === 'volume' ? null : METRIC_INFO[measure].unit;
  const format = (value: number) => (unit === null ? formatCount(value) : formatMetricValue(value, unit));
  const short = (value: number) => {
    switch (measure) {
      case 'volume':
        return formatCount(value);
      case 'withinSla':
        return `${Math.round(value * 100)}%`;
      case 'firstResponseMedian':
        return compactDuration(value);
      case 'csat':
        return String(Math.round(value));
    }
  };

  const link = (hourOfWeek: number) => toConversationsLink(row.conversations, { hourOfWeek: String(hourOfWeek) });
  const gridCell = (hourOfWeek: number): CoverageGridCell => {
    const cell = measuredCell(hourOfWeek);
    const isPromised = promised.has(hourOfWeek);
    return {
      ...cell,
      promised: isPromised,
      label: `${cell.label}; ${isPromised ? 'within promised hours' : 'outside promised hours'}`,
    };
  };
  const measuredCell = (hourOfWeek: number): Omit<CoverageGridCell, 'promised'> => {
    const cell = cells.get(hourOfWeek);
    const volume = cell?.volume ?? 0;
    const when = hourLabel(hourOfWeek);
    if (measure === 'volume') {
      return {
        hourOfWeek,
        text: volume === 0 ? '·' : formatCount(volume),
        level: max > 0 && volume > 0 ? Math.max(1, shade(volume, 0, max)) : 0,
        label: `${when}: ${formatCount(volume)} conversation${volume === 1 ? '' : 's'}`,
        link: link(hourOfWeek),
      };
    }
    const stat = statOf(cell, measure);
    if (!stat || stat.status === 'insufficient') {
      return {
        hourOfWeek,
        text: '–',
        level: null,
        label: `${when}: ${NOT_ENOUGH_DATA} for ${MEASURE_LABELS[measure]}, ${formatSampleSize(stat?.n ?? 0)}`,
        link: link(hourOfWeek),
      };
    }
    return {
      hourOfWeek,
      text: short(stat.estimate),
      level: shade(stat.estimate, min, max),
      label: `${when}: ${MEASURE_LABELS[measure]} ${format(stat.estimate)} (95% interval ${format(stat.lower)} to ${format(stat.upper)}), ${formatSampleSize(stat.n)}`,
      link: link(hourOfWeek),
    };
  };

  return {
    timeZone: row.timeZone,
    measureLabel: MEASURE_LABELS[measure],
    hours: Array.from({ length: HOURS_PER_DAY }, (_, hour) => String(hour).padStart(2, '0')),
    rows: DAYS.map((day, dayIndex) => ({
      day,
      short: day.slice(0, 3),
      cells: Array.from({ length: HOURS_PER_DAY }, (_, hour) => gridCell(dayIndex * HOURS_PER_DAY + hour)),
    })),
    legend:
      measure === 'volume'
        ? { lightest: 'No conversations', darkest: `${formatCount(max)} (busiest hour)` }
        : {
            lightest: values.length > 0 ? `${format(min)} (lowest)` : NOT_ENOUGH_DATA,
            darkest: values.length > 0 ? `${format(max)} (highest)` : NOT_ENOUGH_DATA,
          },
    promise: promiseWords(promised),
  };
}
