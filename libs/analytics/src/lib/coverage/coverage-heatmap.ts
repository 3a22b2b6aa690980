import { Estimate, SampleOptions } from '../core/estimate';
import { HOURS_PER_WEEK } from '../calendar/hour-of-week';
import { wilsonInterval } from '../intervals/wilson';
import { emptyProportionSummary, mergeProportionSummaries, ProportionSummary } from '../summaries/proportion-summary';

/** A rollup row for the heatmap, e.g. conversations answered within SLA out of conversations opened. */
export interface CoverageRow {
  vendor: string;
  hourOfWeek: number;
  summary: ProportionSummary;
}

export interface CoverageHeatmap {
  vendors: string[];
  /** One row per vendor (sorted), each with 168 cells indexed by hour of week. */
  rows: { vendor: string; hours: Estimate[] }[];
}

/** Hour-of-week × vendor grid of Wilson estimates; hours without enough data are `insufficient`. */
export function coverageHeatmap(rows: readonly CoverageRow[], options?: SampleOptions): CoverageHeatmap {
  const byVendor = new Map<string, ProportionSummary[]>();
  for (const { vendor, hourOfWeek, summary } of rows) {
    if (!Number.isInteger(hourOfWeek) || hourOfWeek < 0 || hourOfWeek >= HOURS_PER_WEEK) {
      throw new RangeError(`hour of week must be 0..167, got ${hourOfWeek}`);
    }
    const hours = byVendor.get(vendor) ?? Array.from({ length: HOURS_PER_WEEK }, emptyProportionSummary);
    hours[hourOfWeek] = mergeProportionSummaries(hours[hourOfWeek], summary);
    byVendor.set(vendor, hours);
  }
  const vendors = [...byVendor.keys()].sort();
  return {
    vendors,
    rows: vendors.map((vendor) => ({
      vendor,
      hours: (byVendor.get(vendor) ?? []).map((summary) => wilsonInterval(summary, options)),
    })),
  };
}
