import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ANALYTICS_METRICS, type ScorecardResponse, type ScorecardRowDto, type StatEstimate } from '@rapport/contracts';
import { scorerCard } from '@rapport/scoring';
import { renderReportPdf } from './monthly-pdf';
import { commonRule, methodNotes } from './sources/method-notes';
import type { ReportData } from './sources/report-data';
import { toWinAnsi } from './pdf/win-ansi';
import { promisedHour, promisedHoursSplit } from './sections/coverage';

const ok = (estimate: number, n: number): StatEstimate => ({ status: 'ok', estimate, lower: estimate - 2, upper: estimate + 2, n, method: 'student-t' });
const same = { status: 'ok' as const, difference: 1, lower: -1, upper: 3, nA: 100, nB: 100, pValue: 0.3, method: 'welch-satterthwaite' as const };

function row(id: string, name: string, month: string, overall: number): ScorecardRowDto {
  const metrics = Object.fromEntries(ANALYTICS_METRICS.map((metric) => [metric, { current: ok(metric === 'overall' ? overall : 70, 120), vsPreviousMonth: same, vsSameMonthLastYear: same, rank: null, rankedAmong: 2 }]));
  return {
    vendor: { id, slug: id, name },
    month,
    volume: { current: 120, previousMonth: 100, sameMonthLastYear: 80 },
    metrics: metrics as ScorecardRowDto['metrics'],
    conversations: '',
    clustering: { vendorId: id, agents: 0, unattributed: 120, method: 'independent', designEffect: null, intraAgentCorrelation: null },
  };
}

const MONTHS = ['2025-12', '2026-01', '2026-02'];
const HOURS = { mon: [{ from: '09:00', to: '17:00' }], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };

function data(): ReportData {
  const scorecard: ScorecardResponse = {
    minimumSample: 30,
    filters: { from: '2025-03-01', to: '2026-02-28', vendors: [], channels: [], languages: [], queues: [], sites: [] },
    metricInfo: {},
    months: MONTHS,
    rankMethod: 'competition-rank',
    weights: { responsiveness: 1, courtesy: 2, comprehension: 1 },
    rows: MONTHS.flatMap((month, index) => [row('a', 'Alpha Care', month, 70 + index), row('b', 'Beta Desk', month, 60 - index)]),
  };
  const base = { minimumSample: 30, filters: scorecard.filters, metricInfo: {} };
  return {
    kind: 'monthly',
    month: '2026-02',
    vendor: null,
    scorecard,
    gaps: { ...base, vendors: [], languages: [], strata: ['channel', 'queue'], metrics: [], flagged: [], multipleComparisons: 'benjamini-hochberg', clustering: [] },
    coverage: { ...base, rows: [{ vendor: { id: 'a', slug: 'a', name: 'Alpha Care' }, timeZone: 'Europe/Lisbon', businessHours: { sun: [], mon: [], tue: [], wed: [], thu: [], fri: [], sat: [] }, hours: [{ hourOfWeek: 9, volume: 12, firstResponseMedian: ok(60, 12), withinSla: ok(0.9, 12), withinSlaCounts: { n: 12, within: 11 }, csat: ok(80, 12) }], conversations: '' }] },
    drivers: { ...base, groups: [] },
    examples: [],
    reviewed: [],
    agreement: { minReviews: 20, cells: [], weakLanguages: [] },
    settings: { weights: { responsiveness: 1, courtesy: 2, comprehension: 1 }, slaTargets: { chat: { firstResponseSeconds: 120, replyGapSeconds: 300 }, email: { firstResponseSeconds: 14_400, replyGapSeconds: 86_400 }, social: { firstResponseSeconds: 3_600, replyGapSeconds: 7_200 }, 'voice-transcript': { firstResponseSeconds: 30, replyGapSeconds: 60 }, 'phone-notes': { firstResponseSeconds: 60, replyGapSeconds: 60 } } },
    profiles: [{ id: 'a', slug: 'a', name: 'Alpha Care', country: 'PT', timeZone: 'Europe/Lisbon', sites: [], businessHours: HOURS, expectedFormality: {}, holidays: [], createdAt: '2025-01-01' }],
    card: JSON.parse(JSON.stringify(scorerCard())),
    methods: methodNotes(['student-t', 'wilson-score', 'benjamini-hochberg', 'independent']),
    minimumSampleRule: commonRule('Minimum sample'),
    pooled: null,
  };
}

describe('renderReportPdf', () => {
  it('prints every section with the settings in force, and poppler reads it', async () => {
    const pdf = await renderReportPdf(data(), { createdAt: new Date('2026-03-01T06:00:00Z') });
    const dir = mkdtempSync(join(tmpdir(), 'report-'));
    writeFileSync(join(dir, 'report.pdf'), pdf);
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'report.pdf'), '-'], { encoding: 'utf8' });
    for (const heading of ['Monthly vendor scorecard', 'February 2026', '1. Headline figures', '2. Ranking', '3. Twelve-month trends', '4. Language and culture gaps', '5. Coverage by hour of week', '6. Drivers of low CSAT', '7. Reviewed QA score and agreement', '8. Methodology', '9. Appendix: data behind the charts']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('Alpha Care');
    expect(text).toContain('Beta Desk');
    // The settings in force: chat first response 120 s = 2 min; weights 1/2/1; Monday 09:00-17:00.
    expect(text).toMatch(/chat\s+2 min \(120 s\)\s+5 min \(300 s\)/);
    expect(text).toContain('responsiveness 1, courtesy 2, comprehension 1');
    expect(text).toContain('09:00-17:00');
    expect(text).toContain('wilson-score');
    expect(text).not.toContain('independent:');
    // Hour 9 (Monday 09:00) is promised: 11 of 12 answered in time inside, nobody wrote outside.
    expect(text).toContain('Answered within the target, inside and outside the promised hours');
    expect(text).toMatch(/Alpha Care\s+11\s+12\s+91\.7%\s+0\s+0\s+-/);
    expect(text).toContain('No QA reviews were submitted for this month’s conversations');
  });
});

describe('reviewed QA score and agreement', () => {
  it('charts the reviewed score and agreement per language, and tabulates them in the appendix', async () => {
    const cell = (language: string, n: number, rho: number | null, weak: boolean) => ({
      dimension: 'overall' as const,
      language,
      vendor: null,
      n,
      status: rho === null ? ('insufficient' as const) : ('ok' as const),
      spearman: rho === null ? null : { rho, low: rho - 0.1, high: rho + 0.1 },
      kappa: rho === null ? null : { kappa: rho - 0.05, low: rho - 0.2, high: rho + 0.05 },
      bias: rho === null ? null : { mean: 3.5, low: 1.5, high: 5.5 },
      weak,
    });
    const report: ReportData = {
      ...data(),
      reviewed: [
        { vendor: { id: 'a', slug: 'a', name: 'Alpha Care' }, status: 'ok', n: 24, mean: 81.25, lower: 78.5, upper: 84 },
        { vendor: { id: 'b', slug: 'b', name: 'Beta Desk' }, status: 'insufficient', n: 3, mean: null, lower: null, upper: null },
      ],
      agreement: { minReviews: 20, cells: [cell('de', 30, 0.72, false), cell('fr', 22, 0.31, true), cell('pt', 4, null, false)], weakLanguages: ['fr'] },
    };
    const dir = mkdtempSync(join(tmpdir(), 'report-'));
    writeFileSync(join(dir, 'report.pdf'), await renderReportPdf(report, { createdAt: new Date('2026-03-01T06:00:00Z') }));
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'report.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Reviewed QA score and automatic overall score, per vendor');
    expect(text).toContain('81.3 (24 reviews)');
    expect(text).toContain('Not enough reviews (3)');
    expect(text).toContain('Agreement of automatic and human scores per language');
    expect(text).toContain('0.31 WEAK');
    expect(text).toContain('Automatic scores weakly confirmed in: fr.');
    expect(text).toMatch(/de\s+30\s+0\.72 \(0\.62 to 0\.82\)\s+0\.67 \(0\.52 to 0\.77\)\s+3\.5 \(1\.5 to 5\.5\)\s+confirmed/);
    expect(text).not.toContain('No QA reviews were submitted');
  });
});

describe('method notes', () => {
  it('quote METHODS.md for the methods named, and skip names that are no method', () => {
    const notes = methodNotes(['wilson-score', 'independent', 'direct-standardisation-t', 'direct-standardisation-wilson']);
    expect(notes.map((note) => note.name)).toEqual(['wilson-score', 'direct-standardisation-t']);
    expect(notes[0]?.text).toContain('Wilson (1927) score interval');
    expect(commonRule('Minimum sample')).toContain('default 30');
  });
});

describe('toWinAnsi', () => {
  it('spells out what the standard fonts cannot print', () => {
    expect(toWinAnsi('n ≥ 4, √n, Σwₖ, τ², “q”')).toBe('n >= 4, sqrtn, sum wk, tau², “q”');
  });
});

describe('promisedHoursSplit', () => {
  it('adds the hours inside the promised ones apart from the others', () => {
    const profile = data().profiles[0];
    const cell = (hourOfWeek: number, n: number, within: number) => ({ hourOfWeek, volume: n, firstResponseMedian: ok(1, n), withinSla: ok(0.5, n), withinSlaCounts: { n, within }, csat: ok(1, n) });
    expect(promisedHoursSplit([cell(8, 4, 1), cell(9, 10, 9), cell(16, 5, 5), cell(17, 3, 0)], profile)).toEqual({ inside: { n: 15, within: 14 }, outside: { n: 7, within: 1 } });
  });
});

describe('promisedHour', () => {
  it('reads Monday 09:00-17:00 as hours of week 9 to 16', () => {
    const profile = data().profiles[0];
    expect([8, 9, 16, 17].map((hour) => promisedHour(profile, hour))).toEqual([false, true, true, false]);
    expect(promisedHour(profile, 24 + 10)).toBe(false);
  });
});
