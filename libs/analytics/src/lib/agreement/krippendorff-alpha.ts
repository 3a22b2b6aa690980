import { BootstrapOptions, percentileBootstrap } from '../intervals/bootstrap';

export type MeasurementLevel = 'nominal' | 'ordinal' | 'interval';

/** Reliability data: data[coder][unit], null where a coder did not rate a unit. */
export type ReliabilityData = ReadonlyArray<ReadonlyArray<number | null>>;

export interface KrippendorffAlphaResult {
  /** Null when undefined: fewer than two pairable values, or no variation at all (expected disagreement 0). */
  alpha: number | null;
  /** n of the coincidence matrix: values in units that have at least two of them. */
  pairableValues: number;
  /** Units with at least two values (the others cannot be paired and are left out). */
  units: number;
}

export interface KrippendorffAlphaInterval extends KrippendorffAlphaResult {
  low: number | null;
  high: number | null;
  /** Bootstrap resamples in which alpha was defined. */
  samples: number;
}

/** The distinct values of one pairable unit (as indexes into the sorted value list) and how often each occurs. */
interface PairableUnit {
  valueIndexes: number[];
  counts: number[];
  values: number;
}

interface ReliabilityTable {
  /** Distinct values of all pairable units, ascending (the ordinal ranks). */
  values: number[];
  units: PairableUnit[];
}

function reliabilityTable(data: ReliabilityData): ReliabilityTable {
  const unitCount = data[0]?.length ?? 0;
  data.forEach((row, coder) => {
    if (row.length !== unitCount) {
      throw new RangeError(`coder ${coder} has ${row.length} units, coder 0 has ${unitCount}`);
    }
    row.forEach((value, unit) => {
      if (value !== null && !Number.isFinite(value)) {
        throw new RangeError(`coder ${coder}, unit ${unit}: values must be finite numbers or null, got ${value}`);
      }
    });
  });
  const unitValues: Map<number, number>[] = [];
  for (let unit = 0; unit < unitCount; unit++) {
    const counts = new Map<number, number>();
    let values = 0;
    for (const row of data) {
      const value = row[unit];
      if (value !== null) {
        counts.set(value, (counts.get(value) ?? 0) + 1);
        values += 1;
      }
    }
    if (values >= 2) {
      unitValues.push(counts);
    }
  }
  const values = [...new Set(unitValues.flatMap((counts) => [...counts.keys()]))].sort((x, y) => x - y);
  const indexOf = new Map(values.map((value, index) => [value, index]));
  return {
    values,
    units: unitValues.map((counts) => {
      const entries = [...counts.entries()];
      return {
        valueIndexes: entries.map(([value]) => indexOf.get(value) as number),
        counts: entries.map(([, count]) => count),
        values: entries.reduce((total, [, count]) => total + count, 0),
      };
    }),
  };
}

/**
 * Where each value sits for the squared differences of Krippendorff (2011): the value itself (interval), or its mid-rank
 * among the pairable values (ordinal): Σ_{g=c..k} n_g − (n_c + n_k)/2 is the distance between the mid-ranks
 * C_c + n_c/2 and C_k + n_k/2 (C_c = values below c), so ordinal α is interval α on mid-ranks. Null for nominal.
 */
function positions(level: MeasurementLevel, values: readonly number[], marginals: readonly number[]): number[] | null {
  switch (level) {
    case 'nominal':
      return null;
    case 'interval':
      return [...values];
    case 'ordinal': {
      let below = 0;
      return marginals.map((count) => {
        const midRank = below + count / 2;
        below += count;
        return midRank;
      });
    }
  }
}

/** Σ_c Σ_k n_c n_k δ²_ck in O(V): n² − Σn_c² (nominal), else 2n·Σ_c n_c (x_c − x̄)² on the positions x. */
function expectedDisagreement(marginals: readonly number[], x: readonly number[] | null): number {
  const n = marginals.reduce((total, count) => total + count, 0);
  if (x === null) {
    return n * n - marginals.reduce((total, count) => total + count * count, 0);
  }
  const mean = marginals.reduce((total, count, c) => total + count * x[c], 0) / n;
  return 2 * n * marginals.reduce((total, count, c) => total + count * (x[c] - mean) ** 2, 0);
}

/**
 * α = 1 − D_o/D_e = 1 − (n − 1)·Σ o_ck δ²_ck / Σ n_c n_k δ²_ck. The coincidence matrix is not built: its marginals
 * are n_c = Σ_u count_uc, and Σ o_ck δ²_ck = Σ_u Σ_{c≠k} count_uc·count_uk·δ²_ck/(m_u − 1). Each unit counts
 * `multiplicities[u]` times (1 for the data as they are, the draw counts in a bootstrap resample).
 */
function alphaOfUnits(table: ReliabilityTable, level: MeasurementLevel, multiplicities?: readonly number[]) {
  const marginals = new Array<number>(table.values.length).fill(0);
  table.units.forEach((unit, u) => {
    const weight = multiplicities?.[u] ?? 1;
    unit.valueIndexes.forEach((c, i) => {
      marginals[c] += weight * unit.counts[i];
    });
  });
  const n = marginals.reduce((total, count) => total + count, 0);
  const x = positions(level, table.values, marginals);
  let observed = 0;
  table.units.forEach((unit, u) => {
    const weight = (multiplicities?.[u] ?? 1) / (unit.values - 1);
    if (weight === 0) {
      return;
    }
    unit.valueIndexes.forEach((c, i) => {
      unit.valueIndexes.forEach((k, j) => {
        if (i !== j) {
          observed += weight * unit.counts[i] * unit.counts[j] * (x === null ? 1 : (x[c] - x[k]) ** 2);
        }
      });
    });
  });
  const expected = expectedDisagreement(marginals, x);
  return n > 1 && expected > 0 ? 1 - ((n - 1) * observed) / expected : null;
}

/**
 * Krippendorff's alpha by the coincidence-matrix method (Krippendorff 2011): any number of coders, missing
 * values (null), nominal, ordinal or interval differences. data[coder][unit].
 */
export function krippendorffAlpha(data: ReliabilityData, level: MeasurementLevel): KrippendorffAlphaResult {
  return alphaOfTable(reliabilityTable(data), level);
}

function alphaOfTable(table: ReliabilityTable, level: MeasurementLevel): KrippendorffAlphaResult {
  return {
    alpha: alphaOfUnits(table, level),
    pairableValues: table.units.reduce((total, unit) => total + unit.values, 0),
    units: table.units.length,
  };
}

/**
 * Alpha with a percentile bootstrap interval that resamples pairable units with replacement (seeded, so the same
 * data always give the same interval). Units, not single values, are the independent draws: a calibration session
 * samples conversations and every reviewer grades each of them.
 */
export function krippendorffAlphaInterval(
  data: ReliabilityData,
  level: MeasurementLevel,
  options?: BootstrapOptions,
): KrippendorffAlphaInterval {
  const table = reliabilityTable(data);
  const point = alphaOfTable(table, level);
  if (point.alpha === null || table.units.length < 2) {
    return { ...point, low: null, high: null, samples: 0 };
  }
  const interval = percentileBootstrap(
    table.units.length,
    (multiplicities) => alphaOfUnits(table, level, multiplicities),
    options,
  );
  return { ...point, ...interval };
}
