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

export interface KrippendorffAlphaInterval {
  alpha: number | null;
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
 * Coincidence matrix o_ck = Σ_u (number of c–k pairs of values in unit u)/(m_u − 1), each unit counted
 * `multiplicity[u]` times (1 for the data as they are, the draw counts in a bootstrap resample).
 */
function coincidenceMatrix(table: ReliabilityTable, multiplicities?: readonly number[]): number[][] {
  const size = table.values.length;
  const matrix = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  table.units.forEach((unit, u) => {
    const weight = (multiplicities?.[u] ?? 1) / (unit.values - 1);
    if (weight === 0) {
      return;
    }
    unit.valueIndexes.forEach((c, i) => {
      unit.valueIndexes.forEach((k, j) => {
        matrix[c][k] += weight * unit.counts[i] * (i === j ? unit.counts[i] - 1 : unit.counts[j]);
      });
    });
  });
  return matrix;
}

/** Squared difference δ²_ck of Krippendorff (2011) for values c ≤ k at each level, given the marginals n_g. */
function squaredDifference(level: MeasurementLevel, values: readonly number[], marginals: readonly number[]) {
  const cumulative = [0];
  marginals.forEach((count, g) => cumulative.push(cumulative[g] + count));
  return (c: number, k: number): number => {
    switch (level) {
      case 'nominal':
        return c === k ? 0 : 1;
      case 'interval':
        return (values[c] - values[k]) ** 2;
      case 'ordinal': {
        const [low, high] = c <= k ? [c, k] : [k, c];
        // Σ_{g=c..k} n_g − (n_c + n_k)/2
        return (cumulative[high + 1] - cumulative[low] - (marginals[low] + marginals[high]) / 2) ** 2;
      }
    }
  };
}

/** α = 1 − D_o/D_e = 1 − (n − 1)·Σ o_ck δ²_ck / Σ n_c n_k δ²_ck. */
function alphaFromCoincidences(matrix: readonly number[][], values: readonly number[], level: MeasurementLevel) {
  const marginals = matrix.map((row) => row.reduce((total, value) => total + value, 0));
  const n = marginals.reduce((total, value) => total + value, 0);
  const delta = squaredDifference(level, values, marginals);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < values.length; c++) {
    for (let k = 0; k < values.length; k++) {
      const d = delta(c, k);
      observed += matrix[c][k] * d;
      expected += marginals[c] * marginals[k] * d;
    }
  }
  return n > 1 && expected > 0 ? 1 - ((n - 1) * observed) / expected : null;
}

/**
 * Krippendorff's alpha by the coincidence-matrix method (Krippendorff 2011): any number of coders, missing
 * values (null), nominal, ordinal or interval differences. data[coder][unit].
 */
export function krippendorffAlpha(data: ReliabilityData, level: MeasurementLevel): KrippendorffAlphaResult {
  const table = reliabilityTable(data);
  const pairableValues = table.units.reduce((total, unit) => total + unit.values, 0);
  return {
    alpha: alphaFromCoincidences(coincidenceMatrix(table), table.values, level),
    pairableValues,
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
  const alpha = alphaFromCoincidences(coincidenceMatrix(table), table.values, level);
  if (alpha === null || table.units.length < 2) {
    return { alpha, low: null, high: null, samples: 0 };
  }
  const interval = percentileBootstrap(
    table.units.length,
    (multiplicities) => alphaFromCoincidences(coincidenceMatrix(table, multiplicities), table.values, level),
    options,
  );
  return { alpha, ...interval };
}
