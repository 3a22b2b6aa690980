import { LISBOA, MANILA, NORDIC, change, ok, scorecardResponse, scorecardRow, thin } from '../../testing/scorecard-fixtures';
import { pooledEstimate, toHeadlineFigures } from './headline';
import { toMetricTrend, trendVendors } from './metric-trends';
import { changeScale, rankingColumns, rankingScales, toRankingRows } from './ranking';
import { parseScorecardFilters, scorecardSelection, singleChoiceOptions } from './scorecard-filters';
import { scopeText } from './scorecard-view';
import { toContributionRows, weightShares, weightsSentence } from './contributions';

const MAY = [
  scorecardRow({ vendor: NORDIC, month: '2025-05', volume: 12, rank: null, metrics: { overall: thin(12), csat: thin(4) } }),
  scorecardRow({ vendor: MANILA, month: '2025-05', volume: 300, previousVolume: 280, rank: 2, rankedAmong: 2, metrics: { overall: ok(70, 68, 72, 300), csat: ok(60, 55, 65, 100) } }),
  scorecardRow({
    vendor: LISBOA,
    month: '2025-05',
    volume: 100,
    previousVolume: 120,
    rank: 1,
    rankedAmong: 2,
    metrics: { overall: ok(80, 76, 84, 100), csat: ok(90, 85, 95, 50) },
    overallChange: change(4, 1, 7),
  }),
];
const APRIL = [
  scorecardRow({ vendor: LISBOA, month: '2025-04', volume: 120, metrics: { overall: ok(76, 72, 80, 120), csat: ok(80, 75, 85, 40) } }),
  scorecardRow({ vendor: MANILA, month: '2025-04', volume: 280, metrics: { overall: ok(70, 68, 72, 280), csat: ok(60, 55, 65, 120) } }),
];
const RESPONSE = scorecardResponse(['2025-04', '2025-05'], [...APRIL, ...MAY]);

describe('scorecard filters', () => {
  it('reads month, channels and languages from the URL, dropping what the API would refuse', () => {
    expect(parseScorecardFilters({ month: '2025-05', channels: 'chat,fax,chat', languages: 'de, FR,pt' })).toEqual({
      month: '2025-05',
      channels: ['chat'],
      languages: ['de', 'pt'],
      survey: 'csat',
    });
    expect(parseScorecardFilters({ month: '2025-13' })).toEqual({ month: null, channels: [], languages: [], survey: 'csat' });
  });

  it('reads the survey question the ranking shows, CSAT unless another known one is named', () => {
    expect(parseScorecardFilters({ survey: 'nps' }).survey).toBe('nps');
    expect(parseScorecardFilters({ survey: 'loyalty' }).survey).toBe('csat');
    expect(rankingColumns('effort')).toEqual(['overall', 'effort', 'responsiveness', 'courtesy', 'comprehension', 'recontact']);
    expect(rankingColumns('csat')).toEqual(['overall', 'csat', 'responsiveness', 'courtesy', 'comprehension', 'recontact']);
  });

  it('asks for the twelve months up to the chosen one, with the filters', () => {
    expect(scorecardSelection({ month: null, channels: ['email'], languages: [], survey: 'csat' }, '2025-05')).toEqual({ from: '2024-06', to: '2025-05', channels: ['email'], languages: [] });
  });

  it('offers a list filter as one choice: all, each value, and several values together when the URL names them', () => {
    const channels = [
      { value: 'chat', label: 'chat' },
      { value: 'email', label: 'email' },
    ];
    expect(singleChoiceOptions('All channels', channels, ['chat'])).toEqual([{ value: '', label: 'All channels' }, ...channels]);
    expect(singleChoiceOptions('All channels', channels, ['chat', 'email'])).toEqual([
      { value: '', label: 'All channels' },
      ...channels,
      { value: 'chat,email', label: 'chat, email' },
    ]);
  });

  it('says in words what the filters narrow to', () => {
    expect(scopeText({ channels: [], languages: [] })).toBe('');
    expect(scopeText({ channels: ['chat', 'email'], languages: ['de'] })).toBe(', chat, email only, in German');
  });
});

describe('toRankingRows', () => {
  const rows = toRankingRows(RESPONSE, '2025-05');

  it('lists the month’s vendors best first, unranked vendors last', () => {
    expect(rows.map((row) => [row.vendor.name, row.rank, row.volume])).toEqual([
      ['Lisboa Contact', 1, 100],
      ['Manila Desk', 2, 300],
      ['Nordic Care', null, 12],
    ]);
  });

  it('keeps each metric’s estimate, the overall change and a drill-down to the Conversations page', () => {
    expect(rows[0]?.metrics.csat).toEqual(ok(90, 85, 95, 50));
    expect(rows[0]?.overallChange).toEqual(change(4, 1, 7));
    expect(rows[0]?.conversations).toEqual({ path: '/conversations', queryParams: { from: '2025-05-01', to: '2025-05-28', vendors: 'v-lis' } });
    expect(rows[2]?.metrics.overall).toEqual(thin(12));
  });

  it('shares one axis per column across vendors with enough data, and one around zero for changes', () => {
    const scales = rankingScales(rows);
    expect(scales.overall?.min).toBeCloseTo(66.72);
    expect(scales.overall?.max).toBeCloseTo(85.28);
    const changes = changeScale(rows);
    expect(changes?.min).toBeCloseTo(-0.56);
    expect(changes?.max).toBeCloseTo(7.56);
  });

  it('has no change axis when no change could be measured', () => {
    expect(changeScale(toRankingRows(RESPONSE, '2025-04'))).toBeNull();
  });
});

describe('headline figures', () => {
  it('pools vendors with enough data, weighted by their n', () => {
    // (80 × 100 + 70 × 300) / 400 = 72.5; Nordic has too little data and stays out.
    expect(pooledEstimate(MAY, 'overall')).toEqual({ estimate: 72.5, n: 400, vendors: 2, of: 3 });
    expect(pooledEstimate([MAY[0]!], 'overall')).toBeNull();
  });

  it('gives conversations and each pooled score with its change against the previous month', () => {
    const figures = toHeadlineFigures(RESPONSE, '2025-05');
    expect(figures.map((figure) => [figure.label, figure.value, figure.change?.text ?? null, figure.footnote])).toEqual([
      ['Conversations', '412', '+3.0% vs Apr 2025', '3 vendors'],
      // (80 × 100 + 70 × 300) / 400 = 72.5 against (76 × 120 + 70 × 280) / 400 = 71.8.
      ['Overall', '72.5', '+0.7 pts vs Apr 2025', 'n = 400 · 2 of 3 vendors'],
      // (90 × 50 + 60 × 100) / 150 = 70 against (80 × 40 + 60 × 120) / 160 = 65.
      ['CSAT', '70.0', '+5.0 pts vs Apr 2025', 'n = 150 · 2 of 3 vendors'],
      ['Responsiveness', '70.0', '0.0 pts vs Apr 2025', 'n = 412 · 3 of 3 vendors'],
      ['Courtesy', '70.0', '0.0 pts vs Apr 2025', 'n = 412 · 3 of 3 vendors'],
      ['Comprehension', '70.0', '0.0 pts vs Apr 2025', 'n = 412 · 3 of 3 vendors'],
    ]);
  });

  it('says "Not enough data" with n rather than a number when no vendor has enough', () => {
    const figures = toHeadlineFigures(scorecardResponse(['2025-05'], [MAY[0]!]), '2025-05');
    expect(figures.find((figure) => figure.id === 'csat')).toEqual({ id: 'csat', label: 'CSAT', value: 'Not enough data', change: null, footnote: 'n = 4', link: null });
  });
});

describe('toMetricTrend', () => {
  const trend = toMetricTrend(RESPONSE, 'csat');

  it('keeps vendors in name order so each keeps its colour across charts', () => {
    expect(trendVendors(RESPONSE).map((vendor) => vendor.name)).toEqual(['Lisboa Contact', 'Manila Desk', 'Nordic Care']);
  });

  it('plots estimates per vendor and month, leaving gaps for too little data or no row', () => {
    expect(trend.chart.data.labels).toEqual(['Apr 2025', 'May 2025']);
    expect(trend.chart.data.datasets.map((dataset) => [dataset.label, dataset.data])).toEqual([
      ['Lisboa Contact', [80, 90]],
      ['Manila Desk', [60, 60]],
      ['Nordic Care', [null, null]],
    ]);
  });

  it("draws each vendor in its stored colour, which a vendor added before it by name does not move", () => {
    const coloured = toMetricTrend(RESPONSE, 'csat', new Map([['v-lis', 2], ['v-man', 0], ['v-nor', 1]]));
    // Okabe–Ito order: 0 blue, 1 orange, 2 bluish green.
    expect(coloured.chart.data.datasets.map((dataset) => [dataset.label, dataset.borderColor])).toEqual([
      ['Lisboa Contact', '#009E73'],
      ['Manila Desk', '#0072B2'],
      ['Nordic Care', '#E69F00'],
    ]);
  });

  it('tabulates every month with the full estimate, "not enough data" and missing rows apart', () => {
    expect(trend.rows.map((row) => row.cells.map((cell) => cell?.status ?? 'none'))).toEqual([
      ['ok', 'ok', 'none'],
      ['ok', 'ok', 'insufficient'],
    ]);
    expect(trend.label).toBe('Line chart of CSAT per vendor per month, Apr 2025 to May 2025; months without enough data are left blank');
  });
});

describe('overall score contributions', () => {
  const vendor = { id: 'v1', slug: 'v1', name: 'Lisboa Contact' };
  const okStat = (estimate: number) => ({ status: 'ok' as const, estimate, lower: estimate - 2, upper: estimate + 2, n: 100, method: 'student-t' as const });
  const thinStat = { status: 'insufficient' as const, estimate: null, lower: null, upper: null, n: 3, method: 'student-t' as const };

  it('states the weights as shares of 100%, leaving out a dimension weighted 0', () => {
    const shares = weightShares({ responsiveness: 2, courtesy: 1, comprehension: 1 });
    expect(shares.map((share) => share.percent)).toEqual(['50%', '25%', '25%']);
    expect(weightsSentence(shares)).toBe('Responsiveness 50%, courtesy 25% and comprehension 25%');
    expect(weightsSentence(weightShares({ responsiveness: 0, courtesy: 1, comprehension: 1 }))).toBe('Courtesy 50% and comprehension 50%');
  });

  it('takes each vendor overall apart into weight × dimension score', () => {
    const metrics = { overall: okStat(80), csat: okStat(50), responsiveness: okStat(90), courtesy: okStat(70), comprehension: thinStat };
    const row = { vendor, rank: 1, rankedAmong: 1, volume: 100, metrics: metrics as never, overallChange: thinStat as never, conversations: { path: '/conversations', queryParams: {} } };
    const [result] = toContributionRows([row], weightShares({ responsiveness: 0.35, courtesy: 0.35, comprehension: 0.3 }));
    // 0.35 × 90 = 31.5; 0.35 × 70 = 24.5; comprehension lacks data.
    expect(result?.contributions.map((part) => part.points)).toEqual([31.5, 24.5, null]);
    expect(result?.sentence).toBe('Lisboa Contact: overall 80.0 = responsiveness 31.5 + courtesy 24.5 points.');
  });
});
