import { emptyDurationHistogram } from '../summaries/duration-histogram';
import { meanSummaryOf } from '../summaries/mean-summary';
import { compareVendors } from './compare-vendors';
import { compareMetric, estimateMetric, MetricData } from './metric';
import { metricWithChanges } from './metric-with-changes';

const ANY_N = { minSample: 0 };

const proportion = (successes: number, n: number): MetricData => ({ kind: 'proportion', summary: { n, successes } });

function histogram(counts: Record<number, number>): MetricData {
  const result = emptyDurationHistogram();
  for (const [bucket, count] of Object.entries(counts)) {
    result.counts[Number(bucket)] = count;
  }
  return { kind: 'quantile', histogram: result, quantile: 0.5 };
}

describe('estimateMetric and compareMetric', () => {
  it.each([
    ['proportion', proportion(81, 263), 'wilson-score'],
    ['mean', { kind: 'mean', summary: meanSummaryOf([2, 4, 4, 4, 5, 5, 7, 9]) } as MetricData, 'student-t'],
    ['quantile', histogram({ 5: 40, 9: 20, 13: 40 }), 'histogram-quantile'],
  ])('picks the interval for a %s', (_, data, method) => {
    expect(estimateMetric(data, ANY_N).method).toBe(method);
  });

  it('refuses to compare different kinds of metric or quantile levels', () => {
    expect(() => compareMetric(proportion(1, 2), { kind: 'mean', summary: meanSummaryOf([1, 2]) })).toThrow(TypeError);
    const median = histogram({ 5: 10 });
    expect(() => compareMetric(median, { ...median, quantile: 0.9 } as MetricData)).toThrow(TypeError);
  });
});

describe('metricWithChanges', () => {
  // Newcombe (1998b) Table II (a): 56/70 − 48/80 → 0.0524 to 0.3339.
  it('reports the current value and its change against each baseline supplied', () => {
    const result = metricWithChanges({ current: proportion(56, 70), previousMonth: proportion(48, 80) }, ANY_N);
    expect(result.current.estimate).toBeCloseTo(0.8, 12);
    expect(result.vsPreviousMonth?.lower).toBeCloseTo(0.0524, 4);
    expect(result.vsPreviousMonth?.upper).toBeCloseTo(0.3339, 4);
    expect(result.vsSameMonthLastYear).toBeNull();
  });

  it('marks a change insufficient when the baseline month is too small', () => {
    const result = metricWithChanges({ current: proportion(56, 70), sameMonthLastYear: proportion(3, 12) });
    expect(result.current.status).toBe('ok');
    expect(result.vsSameMonthLastYear?.status).toBe('insufficient');
  });
});

describe('compareVendors', () => {
  // Four pairs (three for 'satisfied', one for 'withinSla'); BY multiplies every BH q-value by c(4) = 1 + 1/2 + 1/3
  // + 1/4 = 25/12 before capping at 1, because the running minimum commutes with a constant factor.
  it('applies Benjamini–Yekutieli when asked and names the procedure', () => {
    const metrics = [
      {
        metric: 'satisfied',
        vendors: [
          { vendor: 'north', data: proportion(56, 70) },
          { vendor: 'south', data: proportion(48, 80) },
          { vendor: 'east', data: proportion(10, 20) },
        ],
      },
      {
        metric: 'withinSla',
        vendors: [
          { vendor: 'south', data: proportion(60, 100) },
          { vendor: 'north', data: proportion(70, 100) },
        ],
      },
    ];
    const bh = compareVendors(metrics, { minSample: 0 });
    const by = compareVendors(metrics, { minSample: 0, falseDiscoveryRate: 'benjamini-yekutieli' });
    expect(bh.multipleComparisons).toBe('benjamini-hochberg');
    expect(by.multipleComparisons).toBe('benjamini-yekutieli');
    const bhPairs = bh.metrics.flatMap((metric) => metric.pairs);
    const byPairs = by.metrics.flatMap((metric) => metric.pairs);
    expect(byPairs).toHaveLength(4);
    byPairs.forEach((pair, i) => {
      expect(pair.qValue).toBeCloseTo(Math.min(1, ((bhPairs[i].qValue as number) * 25) / 12), 12);
    });
    expect(bhPairs[0].significant).toBe(true);
  });

  it('gives estimates and pairwise differences with BH across every pair of every metric', () => {
    const result = compareVendors(
      [
        {
          metric: 'satisfied',
          vendors: [
            { vendor: 'north', data: proportion(56, 70) },
            { vendor: 'south', data: proportion(48, 80) },
            { vendor: 'east', data: proportion(10, 20) },
          ],
        },
        {
          metric: 'withinSla',
          vendors: [
            { vendor: 'south', data: proportion(70, 100) },
            { vendor: 'north', data: proportion(70, 100) },
          ],
        },
      ],
      { minSample: 30 },
    );
    expect(result.vendors).toEqual(['north', 'south', 'east']);
    const [satisfied, withinSla] = result.metrics;
    expect(satisfied.estimates.map((e) => [e.vendor, e.status])).toEqual([
      ['north', 'ok'],
      ['south', 'ok'],
      ['east', 'insufficient'],
    ]);
    expect(satisfied.pairs.map((p) => `${p.vendorA}-${p.vendorB}`)).toEqual([
      'north-south',
      'north-east',
      'south-east',
    ]);
    // Family: north−south (p = 0.008045) and, in withinSla, north−south (70/100 vs 70/100, p = 1).
    // BH with m = 2: q = 2·0.008045/1 = 0.016090 and 1.
    expect(result.tests).toBe(2);
    const northSouth = satisfied.pairs[0];
    expect(northSouth.lower).toBeCloseTo(0.0524, 4);
    expect(northSouth.qValue).toBeCloseTo(0.01609, 5);
    expect(northSouth.significant).toBe(true);
    expect(satisfied.pairs[1]).toMatchObject({ status: 'insufficient', qValue: null, significant: false });
    expect(withinSla.pairs).toHaveLength(1);
    expect(withinSla.pairs[0]).toMatchObject({
      vendorA: 'north',
      vendorB: 'south',
      difference: 0,
      pValue: 1,
      qValue: 1,
      significant: false,
    });
  });

  it.each([1, 9])('refuses %s vendors', (count) => {
    const vendors = Array.from({ length: count }, (_, i) => ({ vendor: `v${i}`, data: proportion(5, 10) }));
    expect(() => compareVendors([{ metric: 'm', vendors }])).toThrow(RangeError);
  });
});
