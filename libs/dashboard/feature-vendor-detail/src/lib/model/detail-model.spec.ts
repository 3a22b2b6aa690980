import { AGENTS, COVERAGE, DRIVERS, GAPS, TREND } from '../../testing/detail-fixtures';
import { toAgentTable } from './agent-rows';
import { compactDuration, toCoverageGrid } from './coverage-grid';
import { agentSelection, detailSelection, parseDetailFilters, trendSelection } from './detail-filters';
import { formatCoefficient, ruleLabel, toDriverView } from './driver-view';
import { toLanguageRows } from './language-rows';
import { toVendorTrend } from './vendor-trend';

describe('detail filters', () => {
  it('reads the URL, falling back to defaults for anything unknown', () => {
    expect(
      parseDetailFilters({
        month: '2025-05',
        months: '6',
        coverage: 'withinSla',
        agentMetric: 'csat',
        agentsPage: '3',
      }),
    ).toEqual({
      month: '2025-05',
      window: 6,
      coverage: 'withinSla',
      agentMetric: 'csat',
      agentsPage: 3,
    });
    expect(
      parseDetailFilters({ month: 'May', months: '5', coverage: 'colour', agentMetric: 'csatt', agentsPage: '-1' }),
    ).toEqual({
      month: null,
      window: 3,
      coverage: 'volume',
      agentMetric: 'overall',
      agentsPage: 1,
    });
  });

  it('covers the chosen window for breakdowns and twelve months for trends', () => {
    expect(detailSelection('v-lis', '2025-02', 3)).toEqual({ from: '2024-12', to: '2025-02', vendors: ['v-lis'] });
    expect(detailSelection('v-lis', '2025-02', 1)).toEqual({ from: '2025-02', to: '2025-02', vendors: ['v-lis'] });
    // Agents: never less than three months, so that agents reach the minimum sample.
    expect(agentSelection('v-lis', '2025-02', 1)).toEqual({ from: '2024-12', to: '2025-02', vendors: ['v-lis'] });
    expect(agentSelection('v-lis', '2025-02', 6)).toEqual({ from: '2024-09', to: '2025-02', vendors: ['v-lis'] });
    expect(trendSelection('v-lis', '2025-02')).toEqual({ from: '2024-03', to: '2025-02', vendors: ['v-lis'] });
  });
});

describe('toVendorTrend', () => {
  const trend = toVendorTrend(TREND, 'v-lis', 'Lisboa Contact');

  it('draws a line per score, blank where a month has too little data', () => {
    expect(trend.chart.data.datasets.map((dataset) => [dataset.label, dataset.data])).toEqual([
      ['Overall', [null, 81.2]],
      ['CSAT', [70, 70]],
      ['Responsiveness', [70, 70]],
      ['Courtesy', [70, 70]],
      ['Comprehension', [70, 70]],
    ]);
    expect(trend.rows[0]?.cells[0]).toEqual({
      status: 'insufficient',
      estimate: null,
      lower: null,
      upper: null,
      n: 20,
      method: 'student-t',
    });
  });
});

describe('toLanguageRows', () => {
  it('lists this vendor’s languages busiest first, with flagged gaps in words and a drill-down', () => {
    expect(
      toLanguageRows(GAPS, 'v-lis').map((row) => [
        row.name,
        row.n,
        row.cells.overall?.estimate,
        row.gaps,
        row.conversations?.queryParams['languages'],
      ]),
    ).toEqual([
      ['Portuguese', 300, 82, [], 'pt'],
      ['German', 80, 70, ["Overall: worse than this vendor's other languages"], 'de'],
    ]);
  });
});

describe('toCoverageGrid', () => {
  it('lays the week out Monday first, 24 hours a day, in the vendor’s time zone', () => {
    const grid = toCoverageGrid(COVERAGE, 'v-lis', 'volume');
    expect(grid?.timeZone).toBe('Europe/Lisbon');
    expect(grid?.rows.map((row) => row.short)).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    expect(grid?.rows.every((row) => row.cells.length === 24)).toBe(true);
  });

  it('shades volume from none to the busiest hour and links each hour to its conversations', () => {
    const monday = toCoverageGrid(COVERAGE, 'v-lis', 'volume')?.rows[0]?.cells ?? [];
    expect(monday.slice(8, 11).map((cell) => [cell.text, cell.level])).toEqual([
      ['·', 0],
      ['40', 4],
      ['20', 2],
    ]);
    expect(monday[9]?.label).toBe('Monday 09:00–09:59: 40 conversations; outside promised hours');
    expect(monday[9]?.link).toEqual({
      path: '/conversations',
      queryParams: { from: '2025-03-01', to: '2025-05-31', vendors: 'v-lis', hourOfWeek: '9' },
    });
  });

  it('shades rates between the lowest and highest hour with enough data, and says so where there is too little', () => {
    const grid = toCoverageGrid(COVERAGE, 'v-lis', 'withinSla');
    const monday = grid?.rows[0]?.cells ?? [];
    expect(monday.slice(9, 11).map((cell) => [cell.text, cell.level])).toEqual([
      ['90%', 4],
      ['50%', 0],
    ]);
    const sunday = grid?.rows[6]?.cells[23];
    expect(sunday).toMatchObject({
      text: '–',
      level: null,
      label: 'Sunday 23:00–23:59: Not enough data for % within SLA, n = 2; outside promised hours',
    });
    expect(grid?.legend).toEqual({ lightest: '50.0% (lowest)', darkest: '90.0% (highest)' });
  });

  it('is null for a vendor the answer does not cover', () => {
    expect(toCoverageGrid(COVERAGE, 'v-unknown', 'volume')).toBeNull();
  });

  it.each([
    [40, '40s'],
    [200, '3m'],
    [7_200, '2h'],
    [200_000, '2d'],
  ])('writes %p seconds as %p', (seconds, expected) => {
    expect(compactDuration(seconds)).toBe(expected);
  });
});

describe('toDriverView', () => {
  const view = toDriverView(DRIVERS, 'v-lis');

  it('takes the vendor’s own group and lists the rules that lower CSAT, most harmful first', () => {
    expect(view?.n).toBe(200);
    expect(view?.rules.map((rule) => rule.rule)).toEqual(['courtesy.curt-reply', 'responsiveness.slow-first-reply']);
    expect(view?.dimensions.map((dimension) => dimension.label)).toEqual(['Responsiveness', 'Courtesy']);
  });

  it('is null when the vendor has no group', () => {
    expect(toDriverView(DRIVERS, 'v-unknown')).toBeNull();
  });

  it.each([
    ['courtesy.curt-reply', 'Courtesy: curt reply'],
    ['odd', 'odd'],
  ])('labels rule %p as %p', (rule, label) => {
    expect(ruleLabel(rule)).toBe(label);
  });

  it('writes coefficients with two decimals and a true minus sign', () => {
    expect(
      formatCoefficient({ status: 'ok', estimate: -0.05, lower: -0.2, upper: 0.1, n: 200, method: 'fisher-z' }),
    ).toBe('\u22120.05 (\u22120.20 to 0.10)');
    expect(
      formatCoefficient({ status: 'insufficient', estimate: null, lower: null, upper: null, n: 3, method: 'fisher-z' }),
    ).toBe('Not enough data');
  });
});

describe('toAgentTable', () => {
  const table = toAgentTable(AGENTS);

  it('names agents, ranks only those with enough data and says how much each was shrunk', () => {
    expect(table.rows.map((row) => [row.name, row.rank, row.rawMean, row.shrinkage])).toEqual([
      ['Ana Sousa', '1 of 40', '84.0', 'slight (20%)'],
      ['bruno', 'Not ranked', '100.0', 'strong (90%)'],
    ]);
    expect(table.rows[1]?.conversations.queryParams['agent']).toBe('a2');
  });

  it.each([
    [0.665, 'strong (67%)'],
    [0.664, 'moderate (66%)'],
    [0.325, 'moderate (33%)'],
    [0.05, 'slight (5%)'],
  ])('words a shrinkage factor of %p by its printed percentage: %p', (factor, expected) => {
    const response = { ...AGENTS, items: [{ ...AGENTS.items[0]!, shrinkageFactor: factor }] };
    expect(toAgentTable(response).rows[0]?.shrinkage).toBe(expected);
  });

  it('pages through the total', () => {
    expect([table.page, table.pages, table.total, table.vendorMean]).toEqual([1, 3, 45, '75.0']);
  });

  it('says in words whether the data can tell the agents apart, with the spread of their true values (√τ²)', () => {
    expect(table.verdict).toBe(
      'Agents differ in overall by more than chance: their true values spread by about 3.0 (95% interval 2.0 to 5.0). ' +
        'Agents with at least 30 conversations are ranked; intervals that overlap mean the order between those agents is not clear.',
    );
    const alike = toAgentTable({
      ...AGENTS,
      agentDifferences: 'indistinguishable',
      betweenVariance: 0,
      betweenVarianceInterval: { lower: 0, upper: 16 },
    });
    expect(alike.verdict).toContain('The data show no detectable difference between these agents in overall');
    expect(alike.verdict).toContain('from nothing to about 4.0');
    expect(
      toAgentTable({ ...AGENTS, agentDifferences: 'too-few-agents', betweenVarianceInterval: null }).verdict,
    ).toContain('Fewer than four agents');
  });
});
