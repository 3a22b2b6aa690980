import type { ChartConfiguration } from 'chart.js';
import type { CalibrationAlphaDto, CalibrationReportDto } from '@rapport/contracts';
import { OKABE_ITO } from '@rapport/dashboard-ui-charts';

/** The level of measurement in words: what a disagreement counts for. */
export const LEVEL_WORDS: Readonly<Record<CalibrationAlphaDto['level'], string>> = {
  nominal: 'nominal: categories, any two different grades disagree equally',
  ordinal: 'ordinal: ordered grades, disagreement grows with the ranks between them',
  interval: 'interval: numbers, disagreement grows with the squared difference',
};

/** Below this many doubly graded conversations an alpha is shown but not judged: one odd item swings it. */
export const MIN_UNITS_TO_JUDGE = 5;

/**
 * Krippendorff's (2004) guidance: α ≥ 0.800 reliable, 0.667–0.800 tentative conclusions only, below that not
 * reliable; no verdict on fewer than `MIN_UNITS_TO_JUDGE` conversations, and no alpha on fewer than two.
 */
export function alphaVerdict(alpha: number | null, units: number): string {
  if (alpha === null || units < 2) {
    return 'not enough doubly graded conversations';
  }
  if (units < MIN_UNITS_TO_JUDGE) {
    return `too few conversations to judge (fewer than ${MIN_UNITS_TO_JUDGE})`;
  }
  if (alpha >= 0.8) {
    return 'reliable';
  }
  return alpha >= 0.667 ? 'tentative conclusions only' : 'not reliable: calibrate again';
}

export interface AlphaRow {
  criterion: string;
  language: string | null;
  level: string;
  alpha: string;
  interval: string;
  units: number;
  verdict: string;
}

const three = (value: number | null) => (value === null ? '—' : value.toFixed(3));

export function toAlphaRow(alpha: CalibrationAlphaDto): AlphaRow {
  if (alpha.units < 2) {
    return { ...toAlphaRow({ ...alpha, alpha: null, low: null, high: null, units: 2 }), units: alpha.units };
  }
  return {
    criterion: alpha.criterion === 'total' ? 'Total' : alpha.criterion,
    language: alpha.language,
    level: LEVEL_WORDS[alpha.level],
    alpha: three(alpha.alpha),
    interval: alpha.low === null || alpha.high === null ? '—' : `${three(alpha.low)} to ${three(alpha.high)}`,
    units: alpha.units,
    verdict: alphaVerdict(alpha.alpha, alpha.units),
  };
}

/** The session's alphas split into every language together (per criterion) and per language. */
export function alphaTables(report: CalibrationReportDto): { session: AlphaRow[]; perLanguage: AlphaRow[] } {
  const session = report.alphas.filter((alpha) => alpha.language === null).map(toAlphaRow);
  const perLanguage = report.alphas
    .filter((alpha) => alpha.language !== null)
    .sort((a, b) => (a.language ?? '').localeCompare(b.language ?? '') || a.criterion.localeCompare(b.criterion))
    .map(toAlphaRow);
  return { session, perLanguage };
}

/**
 * Alpha per criterion for the whole session, as bars with the bootstrap interval as a floating bar behind them;
 * criteria without an alpha are left out (the table says why).
 */
export function toAlphaChart(report: CalibrationReportDto): ChartConfiguration<'bar', Array<number | [number, number]>, string> {
  const shown = report.alphas.filter((alpha) => alpha.language === null && alpha.alpha !== null && alpha.units >= 2);
  const labels = shown.map((alpha) => (alpha.criterion === 'total' ? 'Total' : alpha.criterion));
  return {
    type: 'bar',
    data: {
      labels,
      datasets: [
        {
          label: "Krippendorff's alpha",
          data: shown.map((alpha) => alpha.alpha as number),
          backgroundColor: OKABE_ITO.blue,
        },
        {
          label: '95% bootstrap interval',
          data: shown.map((alpha): [number, number] => [alpha.low ?? (alpha.alpha as number), alpha.high ?? (alpha.alpha as number)]),
          backgroundColor: 'rgba(230, 159, 0, 0.45)',
          borderColor: OKABE_ITO.orange,
          borderWidth: 1,
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      plugins: { legend: { position: 'bottom' } },
      scales: {
        x: { grid: { display: false } },
        y: { min: -1, max: 1, title: { display: true, text: 'alpha' } },
      },
    },
  };
}

export interface DeviationRow {
  name: string;
  submitted: number;
  mean: string;
  absolute: string;
}

const signed = (value: number | null) => (value === null ? '—' : `${value > 0 ? '+' : ''}${value.toFixed(1)}`);

/** Each reviewer's deviation from the others on totals, the furthest first. */
export function deviationRows(report: CalibrationReportDto): DeviationRow[] {
  return [...report.reviewers]
    .sort((a, b) => (b.meanAbsoluteDeviation ?? -1) - (a.meanAbsoluteDeviation ?? -1))
    .map((reviewer) => ({
      name: reviewer.displayName,
      submitted: reviewer.submitted,
      mean: signed(reviewer.meanDeviation),
      absolute: reviewer.meanAbsoluteDeviation === null ? '—' : reviewer.meanAbsoluteDeviation.toFixed(1),
    }));
}
