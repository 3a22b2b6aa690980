import type { CalibrationReportDto } from '@rapport/contracts';
import { alphaTables, alphaVerdict, deviationRows, toAlphaChart } from './calibration-view';

const report: CalibrationReportDto = {
  queueId: 'q',
  name: 'March calibration',
  reviewers: [
    { id: 'a', displayName: 'Ana', submitted: 6, meanDeviation: -2.5, meanAbsoluteDeviation: 4 },
    { id: 'b', displayName: 'Ben', submitted: 6, meanDeviation: 7.25, meanAbsoluteDeviation: 9.5 },
    { id: 'c', displayName: 'Cleo', submitted: 0, meanDeviation: null, meanAbsoluteDeviation: null },
  ],
  alphas: [
    { criterion: 'tone', language: null, level: 'ordinal', alpha: 0.815, low: 0.7, high: 0.9, units: 6 },
    { criterion: 'total', language: null, level: 'interval', alpha: 0.5, low: 0.2, high: 0.75, units: 6 },
    { criterion: 'policy', language: null, level: 'nominal', alpha: null, low: null, high: null, units: 1 },
    { criterion: 'total', language: 'sl', level: 'interval', alpha: 0.1, low: -0.3, high: 0.4, units: 3 },
    { criterion: 'total', language: 'en', level: 'interval', alpha: 0.9, low: 0.8, high: 0.95, units: 3 },
  ],
  mostDisagreed: [],
};

describe('calibration report view', () => {
  it('judges alpha by Krippendorff’s thresholds', () => {
    expect([0.8, 0.7999, 0.667, 0.5, null].map((alpha) => alphaVerdict(alpha, 6))).toEqual([
      'reliable',
      'tentative conclusions only',
      'tentative conclusions only',
      'not reliable: calibrate again',
      'not enough doubly graded conversations',
    ]);
  });

  it('judges no alpha on fewer than five conversations, and shows none on fewer than two', () => {
    expect(alphaVerdict(1, 4)).toBe('too few conversations to judge (fewer than 5)');
    expect(alphaVerdict(0, 1)).toBe('not enough doubly graded conversations');
    const { perLanguage } = alphaTables({
      ...report,
      alphas: [{ criterion: 'tone', language: 'de', level: 'ordinal', alpha: 0, low: null, high: null, units: 1 }],
    });
    expect(perLanguage.map((row) => [row.alpha, row.units, row.verdict])).toEqual([['—', 1, 'not enough doubly graded conversations']]);
  });

  it('splits the session’s alphas from the per-language ones, with the level in words and the interval', () => {
    const { session, perLanguage } = alphaTables(report);
    expect(session.map((row) => [row.criterion, row.alpha, row.interval])).toEqual([
      ['tone', '0.815', '0.700 to 0.900'],
      ['Total', '0.500', '0.200 to 0.750'],
      ['policy', '—', '—'],
    ]);
    expect(session[2]?.level).toBe('nominal: categories, any two different grades disagree equally');
    expect(perLanguage.map((row) => row.language)).toEqual(['en', 'sl']);
  });

  it('charts only the criteria with an alpha, the interval as a floating bar', () => {
    const chart = toAlphaChart(report);
    expect(chart.data.labels).toEqual(['tone', 'Total']);
    expect(chart.data.datasets[0]?.data).toEqual([0.815, 0.5]);
    expect(chart.data.datasets[1]?.data).toEqual([
      [0.7, 0.9],
      [0.2, 0.75],
    ]);
  });

  it('lists reviewers furthest from the others first, signed', () => {
    expect(deviationRows(report)).toEqual([
      { name: 'Ben', submitted: 6, mean: '+7.3', absolute: '9.5' },
      { name: 'Ana', submitted: 6, mean: '-2.5', absolute: '4.0' },
      { name: 'Cleo', submitted: 0, mean: '—', absolute: '—' },
    ]);
  });
});
