import { firstDayOf, lastDayOf } from '@rapport/contracts';
import { addMonths } from '@rapport/analytics';

/** A period split into whole months (answered from monthly rollups) and the partial months at its edges (daily rollups). */
export interface PeriodPlan {
  months: string[];
  dayRanges: Array<{ from: string; to: string }>;
}

/** Splits the inclusive day range [from, to] (YYYY-MM-DD) into whole months and leftover day ranges. */
export function planPeriod(from: string, to: string): PeriodPlan {
  const plan: PeriodPlan = { months: [], dayRanges: [] };
  if (from > to) {
    return plan;
  }
  for (let month = from.slice(0, 7); month <= to.slice(0, 7); month = addMonths(month, 1)) {
    const start = firstDayOf(month);
    const end = lastDayOf(month);
    const rangeFrom = from > start ? from : start;
    const rangeTo = to < end ? to : end;
    if (rangeFrom === start && rangeTo === end) {
      plan.months.push(month);
    } else {
      plan.dayRanges.push({ from: rangeFrom, to: rangeTo });
    }
  }
  return plan;
}
