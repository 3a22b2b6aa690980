import type { ReliabilityData } from './krippendorff-alpha';

export interface CoderDeviation {
  /** Row index of the coder in the data. */
  coder: number;
  /** Mean of (coder's value − mean of the other coders' values) over the units both have: > 0 rates higher. */
  meanDeviation: number | null;
  /** Mean of the absolute deviations: how far off the coder is, whatever the direction. */
  meanAbsoluteDeviation: number | null;
  /** Units the coder rated that at least one other coder rated too. */
  units: number;
}

export interface DisagreedUnit {
  /** Column index of the unit in the data. */
  unit: number;
  /** Largest minus smallest value given to the unit. */
  spread: number;
  /** Values given to the unit. */
  values: number;
}

function presentValues(data: ReliabilityData, unit: number): number[] {
  const values: number[] = [];
  for (const row of data) {
    const value = row[unit];
    if (value !== null && value !== undefined) {
      values.push(value);
    }
  }
  return values;
}

function unitCount(data: ReliabilityData): number {
  return data.reduce((most, row) => Math.max(most, row.length), 0);
}

/**
 * Each coder's deviation from the consensus of the others: per unit, the coder's value minus the mean of the other
 * coders' values (leaving the coder out, so a coder does not pull the consensus towards themselves).
 */
export function coderDeviations(data: ReliabilityData): CoderDeviation[] {
  const units = unitCount(data);
  const totals = Array.from({ length: units }, (_, unit) => {
    const values = presentValues(data, unit);
    return {
      sum: values.reduce((total, value) => total + value, 0),
      count: values.length,
    };
  });
  return data.map((row, coder) => {
    let signed = 0;
    let absolute = 0;
    let compared = 0;
    row.forEach((value, unit) => {
      const others = totals[unit].count - 1;
      if (value === null || others < 1) {
        return;
      }
      const deviation = value - (totals[unit].sum - value) / others;
      signed += deviation;
      absolute += Math.abs(deviation);
      compared += 1;
    });
    return {
      coder,
      meanDeviation: compared > 0 ? signed / compared : null,
      meanAbsoluteDeviation: compared > 0 ? absolute / compared : null,
      units: compared,
    };
  });
}

/** The units with the widest range of values (at least two values), widest first; ties keep unit order. */
export function mostDisagreedUnits(data: ReliabilityData, limit: number): DisagreedUnit[] {
  if (!Number.isInteger(limit) || limit < 0) {
    throw new RangeError(`limit must be a non-negative whole number, got ${limit}`);
  }
  const spreads: DisagreedUnit[] = [];
  for (let unit = 0; unit < unitCount(data); unit++) {
    const values = presentValues(data, unit);
    if (values.length >= 2) {
      spreads.push({
        unit,
        spread: Math.max(...values) - Math.min(...values),
        values: values.length,
      });
    }
  }
  return spreads.sort((x, y) => y.spread - x.spread || x.unit - y.unit).slice(0, limit);
}
