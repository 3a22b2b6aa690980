import { compareVendors } from '../comparison/compare-vendors';
import { gapLayout } from '../gaps/gap-layout';
import { gapCellKey, laidOutGapMatrix } from '../gaps/indexed-gap-matrix';
import { seededRandom, SeededRandom } from '../random/seeded-random';
import { SideDesign } from '../standardisation/direct-standardisation';
import { MeanSummary, meanSummaryOf, mergeMeanSummaries } from '../summaries/mean-summary';
import { Clustering, designOf } from './clustered-metric';

/*
 * Simulations of the API's paths with a known intra-agent correlation of 0.15 and no true difference between vendors
 * (or languages): the cluster-robust intervals must keep the false-flag rate at the nominal 5%, the intervals that treat
 * conversations as independent must not. Monte-Carlo tolerance: with R runs the observed rate of a procedure whose true
 * rate is 5% exceeds 5% + 1.645·√(0.05·0.95/R) only 5% of the time (one-sided binomial test, normal approximation),
 * so that is the bound asserted: 6.8% for R = 400, 7.5% for R = 200. Measured rates (written into METHODS.md) are in
 * the comments. Values are on a unit-variance scale: agent effect N(0, ICC), conversation noise N(0, 1 − ICC).
 */
const ICC = 0.15;
const tolerance = (runs: number) => 0.05 + 1.645 * Math.sqrt((0.05 * 0.95) / runs);

function agentValues(random: SeededRandom, mean: number, conversations: number): number[] {
  const effect = Math.sqrt(ICC) * random.normal();
  return Array.from({ length: conversations }, () => mean + effect + Math.sqrt(1 - ICC) * random.normal());
}

function clusteringOf(agents: readonly number[][]): { summary: MeanSummary; clustering: Clustering<MeanSummary> } {
  const clusters = agents.map(meanSummaryOf);
  return {
    summary: mergeMeanSummaries(...clusters),
    clustering: { clusters, unclustered: { n: 0, sum: 0, sumSq: 0 } },
  };
}

describe('vendor comparison with intra-agent correlation 0.15 (simulation, 400 runs)', () => {
  const runs = 400;
  // Two vendors of 30 agents × 13 conversations (a month of real work), one metric, the pair's significance flag.
  const flagRates = (shift: number) => {
    const random = seededRandom(2026);
    let clustered = 0;
    let independent = 0;
    for (let run = 0; run < runs; run++) {
      const a = clusteringOf(Array.from({ length: 30 }, () => agentValues(random, shift, 13)));
      const b = clusteringOf(Array.from({ length: 30 }, () => agentValues(random, 0, 13)));
      const withAgents = compareVendors([
        {
          metric: 'm',
          vendors: [
            { vendor: 'a', data: { kind: 'mean', ...a } },
            { vendor: 'b', data: { kind: 'mean', ...b } },
          ],
        },
      ]);
      const without = compareVendors([
        {
          metric: 'm',
          vendors: [
            { vendor: 'a', data: { kind: 'mean', summary: a.summary } },
            { vendor: 'b', data: { kind: 'mean', summary: b.summary } },
          ],
        },
      ]);
      clustered += withAgents.metrics[0].pairs[0].significant ? 1 : 0;
      independent += without.metrics[0].pairs[0].significant ? 1 : 0;
    }
    return { clustered: clustered / runs, independent: independent / runs };
  };

  it('flags at most the nominal 5% without a true difference (measured 3.5%), the independent intervals 23%', () => {
    const { clustered, independent } = flagRates(0);
    expect(clustered).toBeLessThanOrEqual(tolerance(runs));
    expect(independent).toBeGreaterThan(0.1);
  });

  it('finds a planted difference of 0.4 SD in most runs (power measured 90%)', () => {
    expect(flagRates(0.4).clustered).toBeGreaterThan(0.75);
  });
});

describe('gap matrix with intra-agent correlation 0.15 (simulation, 200 runs)', () => {
  const runs = 200;
  const vendors = ['v1', 'v2', 'v3'];
  const languages = ['de', 'en', 'fr'];
  const strata = ['easy', 'hard'];
  // 3 vendors × 3 languages, 8 agents per cell (agents serve one language) × 16 conversations, half of them hard work
  // (0.5 SD lower for everyone). Flag: any flagged comparison in the matrix (BH across its 18 comparisons).
  const matrixFlags = (plantedGap: number) => {
    const random = seededRandom(20);
    let clusteredAny = 0;
    let independentAny = 0;
    let plantedFound = 0;
    for (let run = 0; run < runs; run++) {
      const groups = { vendors: [] as string[], languages: [] as string[], strata: [] as string[] };
      const n: number[] = [];
      const sum: number[] = [];
      const sumSq: number[] = [];
      const designs = new Map<string, SideDesign>();
      for (const vendor of vendors) {
        for (const language of languages) {
          const shift = vendor === 'v1' && language === 'de' ? -plantedGap : 0;
          const agents = Array.from({ length: 8 }, () => agentValues(random, shift, 16));
          const design = designOf(clusteringOf(agents).clustering);
          if (design) {
            designs.set(gapCellKey(vendor, language), design);
          }
          strata.forEach((stratum, s) => {
            // Conversations 0–7 of each agent are easy, 8–15 hard.
            const values = agents.flatMap((values) => values.slice(s * 8, s * 8 + 8).map((value) => value - 0.5 * s));
            const summary = meanSummaryOf(values);
            groups.vendors.push(vendor);
            groups.languages.push(language);
            groups.strata.push(stratum);
            n.push(summary.n);
            sum.push(summary.sum);
            sumSq.push(summary.sumSq);
          });
        }
      }
      const layout = gapLayout(groups);
      const measures = { kind: 'mean' as const, n, sum, sumSq };
      const withAgents = laidOutGapMatrix(layout, measures, { cellDesigns: designs });
      const without = laidOutGapMatrix(layout, measures);
      const flaggedIn = (matrix: typeof without) =>
        matrix.cells.some((cell) => cell.vsOtherLanguages.flagged || cell.vsOtherVendors.flagged);
      clusteredAny += flaggedIn(withAgents) ? 1 : 0;
      independentAny += flaggedIn(without) ? 1 : 0;
      const planted = withAgents.cells.find((cell) => cell.vendor === 'v1' && cell.language === 'de');
      plantedFound += planted?.vsOtherVendors.flagged ? 1 : 0;
    }
    return { clustered: clusteredAny / runs, independent: independentAny / runs, planted: plantedFound / runs };
  };

  it('flags no matrix in more than the nominal 5% without a true gap (measured 2.0%), the independent intervals 66.5%', () => {
    const { clustered, independent } = matrixFlags(0);
    expect(clustered).toBeLessThanOrEqual(tolerance(runs));
    expect(independent).toBeGreaterThan(0.2);
  });

  it('finds a planted gap of 0.8 SD against the other vendors (power measured 69%)', () => {
    expect(matrixFlags(0.8).planted).toBeGreaterThan(0.5);
  });
});
