import { seededRandom } from '../../test-helpers/seeded-random';
import { GapData, GapMatrix, gapMatrix } from './gap-analysis';
import { gapLayout } from './gap-layout';
import { indexedGapMatrix, laidOutGapMatrix } from './indexed-gap-matrix';

const VENDORS = ['north', 'south', 'east', 'west'];
const LANGUAGES = ['de', 'en', 'fr', 'sv'];
const STRATA = [
  'chat|billing|weekday-business',
  'chat|orders|weekend',
  'email|billing|weekday-night',
  'email|orders|weekday-business',
  'social|billing|weekday-evening',
];

/** Rows like rollup reads: several rows per stratum, cells missing, strata missing, planted gaps and empty rows. */
function dataset(seed: number, kind: GapData['kind']): GapData {
  const random = seededRandom(seed);
  const rows: Array<{ vendor: string; language: string; stratum: string; n: number; value: number }> = [];
  for (const vendor of VENDORS) {
    for (const language of LANGUAGES) {
      if (random.bernoulli(0.15)) {
        continue;
      }
      const shift = vendor === 'south' && language === 'de' ? -8 : 0;
      for (const stratum of STRATA) {
        for (let part = 0; part < 1 + random.integer(3); part++) {
          if (random.bernoulli(0.1)) {
            continue;
          }
          rows.push({ vendor, language, stratum, n: random.integer(40), value: 70 + shift + 2 * random.normal() });
        }
      }
    }
  }
  if (kind === 'mean') {
    return {
      kind,
      rows: rows.map(({ vendor, language, stratum, n, value }) => ({
        vendor,
        language,
        stratum,
        summary: { n, sum: n * value, sumSq: n * (value * value + 144) },
      })),
    };
  }
  return {
    kind,
    rows: rows.map(({ vendor, language, stratum, n, value }) => ({
      vendor,
      language,
      stratum,
      summary: { n, successes: Math.round((n * Math.min(100, Math.max(0, value))) / 100) },
    })),
  };
}

/** Same results up to floating-point summation order. */
function expectSameMatrix(actual: GapMatrix, expected: GapMatrix): void {
  const round = (value: unknown): unknown => {
    if (typeof value === 'number') {
      return Number.isFinite(value) ? Number(value.toPrecision(10)) : value;
    }
    if (Array.isArray(value)) {
      return value.map(round);
    }
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, round(child)]));
    }
    return value;
  };
  expect(round(actual)).toEqual(round(expected));
}

describe('indexedGapMatrix', () => {
  it.each([
    ['mean', 1],
    ['mean', 2],
    ['mean', 3],
    ['proportion', 4],
    ['proportion', 5],
    ['proportion', 6],
  ] as const)('gives the same matrix as gapMatrix (%s data, seed %s)', (kind, seed) => {
    const data = dataset(seed, kind);
    for (const options of [{ minSample: 30 }, { minSample: 0, minCoverage: 0.5 }]) {
      const expected = gapMatrix(data, options);
      expect(expected.cells.length).toBeGreaterThan(5);
      expectSameMatrix(indexedGapMatrix(data, options), expected);
    }
  });

  it('flags the planted gap', () => {
    const matrix = indexedGapMatrix(dataset(1, 'mean'), { minSample: 30 });
    const southGerman = matrix.cells.find((cell) => cell.vendor === 'south' && cell.language === 'de');
    expect(southGerman?.vsOtherVendors.flagged).toBe(true);
    expect(southGerman?.vsOtherVendors.upper).toBeLessThan(0);
  });

  // Every conversation scored 100 (comprehension often does), in different case mixes per cell: nothing differs.
  it('finds no gap where no cell varies and all score the same', () => {
    const counts: Record<string, [number, number]> = {
      'north|de': [1, 2],
      'north|en': [3, 1],
      'south|de': [3, 1],
      'south|en': [1, 2],
    };
    const rows = Object.entries(counts).flatMap(([key, [x, y]]) => {
      const [vendor, language] = key.split('|') as [string, string];
      return [
        { vendor, language, stratum: 'x', summary: { n: x, sum: 100 * x, sumSq: 10_000 * x } },
        { vendor, language, stratum: 'y', summary: { n: y, sum: 100 * y, sumSq: 10_000 * y } },
      ];
    });
    const matrix = indexedGapMatrix({ kind: 'mean', rows }, { minSample: 0 });
    const comparisons = matrix.cells.flatMap((cell) => [cell.vsOtherLanguages, cell.vsOtherVendors]);
    expect(comparisons).toHaveLength(8);
    for (const comparison of comparisons) {
      expect(comparison).toMatchObject({
        status: 'ok',
        difference: 0,
        lower: 0,
        upper: 0,
        pValue: 1,
        intervalExcludesZero: false,
        flagged: false,
      });
    }
  });

  it('gives the same matrices from one layout shared by several metrics', () => {
    const means = dataset(2, 'mean');
    const rates = dataset(5, 'proportion');
    // One set of groups read for both metrics, as the API reads rollups: each metric has its own columns over them.
    const groups = [...means.rows, ...rates.rows].map(({ vendor, language, stratum }) => ({
      vendor,
      language,
      stratum,
    }));
    const layout = gapLayout({
      vendors: groups.map((g) => g.vendor),
      languages: groups.map((g) => g.language),
      strata: groups.map((g) => g.stratum),
    });
    const column = (values: number[]) => Float64Array.from(values);
    const meanRows = means.rows as ReadonlyArray<{ summary: { n: number; sum: number; sumSq: number } }>;
    const rateRows = rates.rows as ReadonlyArray<{ summary: { n: number; successes: number } }>;
    const none = rates.rows.map(() => 0);
    const meanMatrix = laidOutGapMatrix(
      layout,
      {
        kind: 'mean',
        n: column([...meanRows.map((row) => row.summary.n), ...none]),
        sum: column([...meanRows.map((row) => row.summary.sum), ...none]),
        sumSq: column([...meanRows.map((row) => row.summary.sumSq), ...none]),
      },
      { minSample: 30 },
    );
    const noMeans = means.rows.map(() => 0);
    const rateMatrix = laidOutGapMatrix(
      layout,
      {
        kind: 'proportion',
        n: column([...noMeans, ...rateRows.map((row) => row.summary.n)]),
        successes: column([...noMeans, ...rateRows.map((row) => row.summary.successes)]),
      },
      { minSample: 30 },
    );
    const withData = (data: GapData): GapData =>
      data.kind === 'mean'
        ? { kind: 'mean', rows: data.rows.filter((row) => row.summary.n > 0) }
        : { kind: 'proportion', rows: data.rows.filter((row) => row.summary.n > 0) };
    expectSameMatrix(meanMatrix, gapMatrix(withData(means), { minSample: 30 }));
    expectSameMatrix(rateMatrix, gapMatrix(withData(rates), { minSample: 30 }));
  });

  it('is empty without rows', () => {
    expect(indexedGapMatrix({ kind: 'mean', rows: [] })).toEqual({
      vendors: [],
      languages: [],
      cells: [],
      tests: 0,
      multipleComparisons: 'benjamini-hochberg',
    });
  });
});
