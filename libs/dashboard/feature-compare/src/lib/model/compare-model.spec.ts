import { RESPONSE } from '../../testing/comparison-fixtures';
import { compareMetricChoices, comparePeriod, comparisonSelection, parseCompareFilters } from './compare-filters';
import { formatQValue, toComparisonView } from './comparison-view';

describe('compare filters', () => {
  it('reads vendors, period and dimensions from the URL, keeping at most eight vendors', () => {
    expect(
      parseCompareFilters({
        vendors: 'a,b,a,c,d,e,f,g,h,i',
        from: '2025-03',
        to: 'soon',
        channels: 'chat,sms',
        languages: 'de',
      }),
    ).toEqual({
      vendors: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'],
      from: '2025-03',
      to: null,
      channels: ['chat'],
      languages: ['de'],
      metrics: [],
    });
  });

  it('asks for the metrics the URL names, and offers the survey questions and the recontact rate one by one', () => {
    expect(parseCompareFilters({ vendors: 'a,b', metrics: 'nps,loyalty,effort' }).metrics).toEqual(['nps', 'effort']);
    expect(comparisonSelection(parseCompareFilters({ vendors: 'a,b', metrics: 'nps' }), '2025-05')).toMatchObject({
      metrics: ['nps'],
    });
    expect(compareMetricChoices([]).map((choice) => choice.value)).toEqual([
      '',
      'csat,effort,resolved,nps',
      'csat',
      'effort',
      'resolved',
      'nps',
      'recontact',
    ]);
    // A combination the select does not offer stays shown as applied.
    expect(compareMetricChoices(['overall', 'nps']).at(-1)).toEqual({
      value: 'overall,nps',
      label: 'Overall, NPS-style score',
    });
  });

  it.each([
    [{}, { from: '2025-03', to: '2025-05' }],
    [{ from: '2025-01' }, { from: '2025-01', to: '2025-05' }],
    [{ to: '2025-02' }, { from: '2024-12', to: '2025-02' }],
    [
      { from: '2025-04', to: '2025-02' },
      { from: '2025-02', to: '2025-04' },
    ],
    [{ from: '2025-07' }, { from: '2025-07', to: '2025-07' }],
  ])('resolves the period %j against the latest month as %j', (params, expected) => {
    expect(comparePeriod(parseCompareFilters(params), '2025-05')).toEqual(expected);
  });

  it('asks for nothing until two vendors are picked', () => {
    expect(comparisonSelection(parseCompareFilters({ vendors: 'a' }), '2025-05')).toBeNull();
    expect(comparisonSelection(parseCompareFilters({ vendors: 'a,b', languages: 'fr' }), '2025-05')).toEqual({
      from: '2025-03',
      to: '2025-05',
      vendors: ['a', 'b'],
      channels: [],
      languages: ['fr'],
    });
  });
});

describe('toComparisonView', () => {
  const view = toComparisonView(RESPONSE);

  it('lists the compared vendors with their volume and a drill-down', () => {
    expect(
      view.vendors.map((vendor) => [vendor.name, vendor.volume, vendor.conversations.queryParams['vendors']]),
    ).toEqual([
      ['Lisboa Contact', 480, 'v-lis'],
      ['Manila Desk', 450, 'v-man'],
    ]);
  });

  it('puts every vendor’s estimate of a metric in one row on a shared axis', () => {
    const overall = view.metrics[0];
    expect(overall?.label).toBe('Overall');
    expect(overall?.estimates.map((estimate) => estimate?.estimate)).toEqual([80, 72]);
    expect(overall?.scale?.min).toBeCloseTo(69.04);
    expect(overall?.scale?.max).toBeCloseTo(82.96);
  });

  it('names pairs, keeps q-values and flags only significant pairs with enough data', () => {
    expect(
      view.metrics.map((metric) => metric.pairs.map((entry) => [entry.label, entry.qValue, entry.significant])),
    ).toEqual([
      [['Lisboa Contact − Manila Desk', 0.0004, true]],
      [['Lisboa Contact − Manila Desk', null, false]],
      [['Lisboa Contact − Manila Desk', 0.41, false]],
    ]);
    expect(view.significant).toBe(1);
    expect(view.tests).toBe(3);
  });

  it("links each pair to both vendors' conversations, worst first on the metric where the list sorts by it", () => {
    const links = view.metrics.map((metric) =>
      metric.pairs[0]?.conversations.map((link) => [
        link.vendorName,
        link.queryParams['vendors'],
        link.queryParams['sort'] ?? null,
      ]),
    );
    expect(links).toEqual([
      [
        ['Lisboa Contact', 'v-lis', 'overall'],
        ['Manila Desk', 'v-man', 'overall'],
      ],
      [
        ['Lisboa Contact', 'v-lis', 'csat'],
        ['Manila Desk', 'v-man', 'csat'],
      ],
      [
        ['Lisboa Contact', 'v-lis', null],
        ['Manila Desk', 'v-man', null],
      ],
    ]);
    expect(view.metrics[0]?.pairs[0]?.conversations[1].label).toBe("Manila Desk's conversations for Overall");
  });

  it('puts the headline scores first, whatever order the API sent', () => {
    const reversed = { ...RESPONSE, metrics: [...RESPONSE.metrics].reverse() };
    expect(toComparisonView(reversed).metrics.map((metric) => metric.metric)).toEqual([
      'overall',
      'csat',
      'languageMismatch',
    ]);
  });

  it('keeps zero on every difference axis', () => {
    const scale = view.metrics[0]?.pairScale;
    expect(scale?.min).toBeLessThanOrEqual(0);
    expect(scale?.max).toBeGreaterThanOrEqual(11);
  });
});

describe('formatQValue', () => {
  it.each([
    [0.0004, 'q < 0.001'],
    [0.0412, 'q = 0.041'],
    [null, '—'],
  ])('writes %p as %p', (value, expected) => {
    expect(formatQValue(value)).toBe(expected);
  });
});
