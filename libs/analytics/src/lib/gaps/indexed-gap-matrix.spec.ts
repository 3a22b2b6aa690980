import { seededRandom } from '../../test-helpers/seeded-random';
import { GapData, GapMatrix, gapMatrix } from './gap-analysis';
import { indexedGapMatrix } from './indexed-gap-matrix';

const VENDORS = ['north', 'south', 'east', 'west'];
const LANGUAGES = ['de', 'en', 'fr', 'sv'];
const STRATA = ['chat|billing|weekday-business', 'chat|orders|weekend', 'email|billing|weekday-night', 'email|orders|weekday-business', 'social|billing|weekday-evening'];

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
      rows: rows.map(({ vendor, language, stratum, n, value }) => ({ vendor, language, stratum, summary: { n, sum: n * value, sumSq: n * (value * value + 144) } })),
    };
  }
  return {
    kind,
    rows: rows.map(({ vendor, language, stratum, n, value }) => ({ vendor, language, stratum, summary: { n, successes: Math.round((n * Math.min(100, Math.max(0, value))) / 100) } })),
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

  it('is empty without rows', () => {
    expect(indexedGapMatrix({ kind: 'mean', rows: [] })).toEqual({ vendors: [], languages: [], cells: [], tests: 0 });
  });
});
