import { seededRandom, SeededRandom } from '../../test-helpers/seeded-random';
import { GapCell, GapData, GapMatrix, gapMatrix } from './gap-analysis';

/**
 * Synthetic vendors × languages × strata. Harder strata (email, technical queue, weekend) score lower for
 * everyone; vendor A's Spanish work is mostly hard work (a case-mix confound, not a gap); a real gap can be
 * planted in vendor B's Portuguese.
 */
const VENDORS = ['A', 'B', 'C'];
const LANGUAGES = ['en', 'es', 'pt'];
const STRATA = ['chat', 'email'].flatMap((channel) =>
  ['billing', 'tech'].flatMap((queue) => ['weekday', 'weekend'].map((band) => ({ key: `${channel}|${queue}|${band}`, channel, queue, band }))),
);
const CONVERSATIONS_PER_CELL = 300;

function difficulty(stratum: (typeof STRATA)[number]): number {
  return (stratum.channel === 'email' ? 1 : 0) + (stratum.queue === 'tech' ? 1 : 0) + (stratum.band === 'weekend' ? 1 : 0);
}

function pickStratum(random: SeededRandom, confounded: boolean): (typeof STRATA)[number] {
  if (confounded) {
    // Four times as likely to draw each hard component.
    const hard = STRATA.filter((s) => difficulty(s) >= 2);
    return random.bernoulli(0.8) ? hard[random.integer(hard.length)] : STRATA[random.integer(STRATA.length)];
  }
  return STRATA[random.integer(STRATA.length)];
}

type Kind = GapData['kind'];

function simulate(kind: Kind, seed: number, plantedGap: boolean): GapData {
  const random = seededRandom(seed);
  // Plain running sums per row; summaries are built once at the end.
  const rows = new Map<string, { vendor: string; language: string; stratum: string; n: number; sum: number; sumSq: number }>();
  for (const vendor of VENDORS) {
    for (const language of LANGUAGES) {
      const confounded = vendor === 'A' && language === 'es';
      const gap = plantedGap && vendor === 'B' && language === 'pt';
      for (let i = 0; i < CONVERSATIONS_PER_CELL; i++) {
        const stratum = pickStratum(random, confounded);
        const id = `${vendor}/${language}/${stratum.key}`;
        const row = rows.get(id) ?? { vendor, language, stratum: stratum.key, n: 0, sum: 0, sumSq: 0 };
        const level = difficulty(stratum);
        const value =
          kind === 'mean'
            ? 82 - 7 * level - (gap ? 6 : 0) + 12 * random.normal()
            : Number(random.bernoulli(0.85 - 0.12 * level - (gap ? 0.15 : 0)));
        row.n += 1;
        row.sum += value;
        row.sumSq += value * value;
        rows.set(id, row);
      }
    }
  }
  const all = [...rows.values()];
  return kind === 'mean'
    ? { kind, rows: all.map(({ vendor, language, stratum, n, sum, sumSq }) => ({ vendor, language, stratum, summary: { n, sum, sumSq } })) }
    : { kind, rows: all.map(({ vendor, language, stratum, n, sum }) => ({ vendor, language, stratum, summary: { n, successes: sum } })) };
}

const datasets = new Map<string, { data: GapData; matrix: GapMatrix }>();

/** Each seeded dataset is simulated and analysed once, then shared by the tests that read it. */
function dataset(kind: Kind, seed: number, plantedGap: boolean): { data: GapData; matrix: GapMatrix } {
  const key = `${kind}/${seed}/${plantedGap}`;
  const cached = datasets.get(key);
  if (cached) {
    return cached;
  }
  const data = simulate(kind, seed, plantedGap);
  const created = { data, matrix: gapMatrix(data) };
  datasets.set(key, created);
  return created;
}

function analysed(kind: Kind, seed: number, plantedGap: boolean): GapMatrix {
  return dataset(kind, seed, plantedGap).matrix;
}

function cell(cells: GapCell[], vendor: string, language: string): GapCell {
  const found = cells.find((c) => c.vendor === vendor && c.language === language);
  if (!found) {
    throw new Error(`no cell ${vendor}/${language}`);
  }
  return found;
}

function crudeMean(data: GapData, keep: (row: { vendor: string; language: string }) => boolean): number {
  let total = 0;
  let n = 0;
  for (const row of data.rows.filter(keep)) {
    total += 'sum' in row.summary ? row.summary.sum : row.summary.successes;
    n += row.summary.n;
  }
  return total / n;
}

const SEEDS = Array.from({ length: 40 }, (_, i) => i + 1);

function comparisons(matrix: { cells: GapCell[] }) {
  return matrix.cells.flatMap((c) => [c.vsOtherLanguages, c.vsOtherVendors]);
}

function average(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0) / values.length;
}

// Each dataset is seeded, so the counts below are fixed; the bounds are what a calibrated method must meet.
describe.each<[Kind, number, number]>([
  // kind, planted gap, expected crude confound for A/es (0.6 difficulty levels × 7 points or × 0.12)
  ['mean', -6, -4.2],
  ['proportion', -0.15, -0.072],
])('gap detection on seeded synthetic %s data (40 datasets each)', (kind, planted, confound) => {
  it('flags a planted gap against both comparison groups, near its true size', () => {
    const targets = SEEDS.map((seed) => cell(analysed(kind, seed, true).cells, 'B', 'pt'));
    const detected = targets.filter((t) => t.vsOtherLanguages.flagged && t.vsOtherVendors.flagged).length;
    expect(detected).toBeGreaterThanOrEqual(34); // at least 85% power
    for (const t of targets) {
      expect(t.vsOtherVendors.status).toBe('ok');
      expect(t.vsOtherVendors.difference).toBeLessThan(0);
    }
    const meanEstimate = average(targets.map((t) => t.vsOtherVendors.difference ?? NaN));
    expect(meanEstimate).toBeGreaterThan(planted * 1.2);
    expect(meanEstimate).toBeLessThan(planted * 0.8);
  });

  it('keeps false alarms at the nominal rate when there is no gap', () => {
    const nullMatrices = SEEDS.map((seed) => analysed(kind, seed, false));
    for (const matrix of nullMatrices) {
      expect(matrix.tests).toBe(VENDORS.length * LANGUAGES.length * 2);
    }
    // With Benjamini–Hochberg under no gap at all, P(any flag in a matrix) ≤ 5%: about 2 of 40 expected.
    const withFalseAlarm = nullMatrices.filter((matrix) => comparisons(matrix).some((c) => c.flagged)).length;
    expect(withFalseAlarm).toBeLessThanOrEqual(4);
  });

  it('does not blame a vendor for a harder case mix', () => {
    const crudeGaps: number[] = [];
    const standardisedGaps: number[] = [];
    for (const seed of SEEDS) {
      const { data } = dataset(kind, seed, false);
      crudeGaps.push(
        crudeMean(data, (row) => row.vendor === 'A' && row.language === 'es') -
          crudeMean(data, (row) => row.vendor !== 'A' && row.language === 'es'),
      );
      const confounded = cell(analysed(kind, seed, false).cells, 'A', 'es');
      expect(confounded.vsOtherVendors.flagged).toBe(false);
      standardisedGaps.push(confounded.vsOtherVendors.difference ?? NaN);
    }
    expect(average(crudeGaps)).toBeLessThan(confound * 0.8);
    expect(Math.abs(average(standardisedGaps))).toBeLessThan(Math.abs(confound) * 0.2);
  });
});
