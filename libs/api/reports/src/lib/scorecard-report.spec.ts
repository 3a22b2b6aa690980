import { ANALYTICS_METRICS, type ScorecardMetricDto, type ScorecardResponse, type ScorecardRowDto, type StatEstimate } from '@rapport/contracts';
import { toScorecardReport } from './scorecard-report';
import { formatEstimate, formatScoreChange, formatValue, monthName } from './report-format';

const ok = (estimate: number, lower: number, upper: number, n: number): StatEstimate => ({ status: 'ok', estimate, lower, upper, n, method: 'student-t' });
const thin = (n: number): StatEstimate => ({ status: 'insufficient', estimate: null, lower: null, upper: null, n, method: 'student-t' });

function metric(current: StatEstimate, rank: number | null): ScorecardMetricDto {
  const unchanged = { status: 'ok' as const, difference: 1, lower: -1, upper: 3, nA: 100, nB: 100, pValue: 0.3, method: 'welch-satterthwaite' as const };
  return { current, vsPreviousMonth: unchanged, vsSameMonthLastYear: unchanged, rank, rankedAmong: 2 };
}

function row(id: string, name: string, month: string, overall: StatEstimate, rank: number | null, volume: number): ScorecardRowDto {
  const metrics = Object.fromEntries(ANALYTICS_METRICS.map((name) => [name, metric(name === 'overall' ? overall : ok(70, 65, 75, volume), name === 'overall' ? rank : null)]));
  return {
    vendor: { id, slug: id, name },
    month,
    volume: { current: volume, previousMonth: 100, sameMonthLastYear: 0 },
    metrics: metrics as ScorecardRowDto['metrics'],
    conversations: `/api/conversations?vendors=${id}`,
    clustering: { vendorId: id, agents: 0, unattributed: volume, method: 'independent', designEffect: null, intraAgentCorrelation: null },
  };
}

const RESPONSE: ScorecardResponse = {
  minimumSample: 30,
  filters: { from: '2025-05-01', to: '2025-05-31', vendors: [], channels: ['chat'], languages: [], queues: [], sites: [] },
  metricInfo: {},
  months: ['2025-05'],
  rankMethod: 'competition-rank',
  weights: { responsiveness: 0.35, courtesy: 0.35, comprehension: 0.3 },
  rows: [
    row('v-new', 'Nordic Care', '2025-05', thin(12), null, 12),
    row('v-man', 'Manila Desk', '2025-05', ok(71.2, 68, 74.4, 150), 2, 150),
    row('v-lis', 'Lisboa Contact', '2025-05', ok(82.44, 80.1, 84.7, 160), 1, 160),
    row('v-lis', 'Lisboa Contact', '2025-04', ok(60, 50, 70, 160), 1, 160),
  ],
};

describe('report formats', () => {
  it.each([
    [82.44, 'score', '82.4'],
    [0.5, 'proportion', '50.0%'],
    [45, 'seconds', '45 s'],
    [300, 'seconds', '5 min'],
  ] as const)('%p as %s is %p', (value, unit, expected) => {
    expect(formatValue(value, unit)).toBe(expected);
  });

  it('writes an estimate with its interval and n, or the words for too little data', () => {
    expect(formatEstimate(ok(82.44, 80.1, 84.7, 1320), 'score')).toEqual({ value: '82.4 (80.1–84.7)', detail: 'n = 1,320' });
    expect(formatEstimate(thin(12), 'score')).toEqual({ value: 'Not enough data', detail: 'n = 12' });
  });

  it.each([
    [{ status: 'ok', difference: 2.14, lower: 0.5, upper: 3.8, nA: 1, nB: 1, pValue: 0.01, method: 'welch-satterthwaite' }, '+2.1 (better)'],
    [{ status: 'ok', difference: -3, lower: -5, upper: -1, nA: 1, nB: 1, pValue: 0.01, method: 'welch-satterthwaite' }, '-3.0 (worse)'],
    [{ status: 'ok', difference: 0.4, lower: -1, upper: 1.8, nA: 1, nB: 1, pValue: 0.5, method: 'welch-satterthwaite' }, '+0.4 (no clear change)'],
    [{ status: 'insufficient', difference: null, lower: null, upper: null, nA: 1, nB: 1, pValue: null, method: 'welch-satterthwaite' }, 'Not enough data'],
  ] as const)('names a change only when its interval leaves out zero: %j', (difference, expected) => {
    expect(formatScoreChange(difference)).toBe(expected);
  });

  it('names months in full and rejects anything else', () => {
    expect(monthName('2025-05')).toBe('May 2025');
    expect(() => monthName('2025-13')).toThrow(RangeError);
  });
});

describe('toScorecardReport', () => {
  const report = toScorecardReport(RESPONSE, '2025-05');

  it('ranks the month’s vendors, unranked ones last, and leaves other months out', () => {
    expect(report.rows.map((line) => [line.rank, line.vendor, line.conversations])).toEqual([
      ['1', 'Lisboa Contact', '160'],
      ['2', 'Manila Desk', '150'],
      ['-', 'Nordic Care', '12'],
    ]);
  });

  it('prints intervals and n, and "Not enough data" for thin cells', () => {
    expect(report.rows[0]?.cells[0]).toEqual({ value: '82.4 (80.1–84.7)', detail: 'n = 160', insufficient: false });
    expect(report.rows[2]?.cells[0]).toEqual({ value: 'Not enough data', detail: 'n = 12', insufficient: true });
  });

  it('heads the report with the month, the filters and headline counts', () => {
    expect(report.month).toBe('May 2025');
    expect(report.subtitle).toBe('channels: chat · all languages · 95% intervals · minimum sample 30 conversations');
    expect(report.headline).toEqual([
      { label: 'Conversations', value: '322', note: '+7.3% on the previous month' },
      { label: 'Vendors ranked', value: '2 of 3', note: 'the others have too little data to rank' },
      { label: 'Highest overall score', value: 'Lisboa Contact', note: '82.4 (80.1–84.7)' },
    ]);
  });
});
