import { type GapComparisonDto, type GapMetric, type GapsResponse, METRIC_INFO, type StatEstimate } from '@rapport/contracts';
import { type DrillDownLink, toConversationsLink } from '@rapport/dashboard-data-access';
import { languageName } from '@rapport/dashboard-ui';

/** The metrics of the language breakdown, as asked of the gaps endpoint. */
export const LANGUAGE_METRICS = ['overall', 'csat', 'responsiveness', 'courtesy', 'comprehension'] as const satisfies readonly GapMetric[];
export type LanguageMetric = (typeof LANGUAGE_METRICS)[number];

export interface LanguageRow {
  language: string;
  name: string;
  /** Conversations behind the overall score in this language. */
  n: number;
  cells: Record<LanguageMetric, StatEstimate | null>;
  /** Flagged gaps in words, e.g. "Courtesy: worse than this vendor's other languages". */
  gaps: string[];
  conversations: DrillDownLink | null;
}

function gapText(metric: GapMetric, comparison: GapComparisonDto, worse: boolean): string {
  const against = comparison.comparison === 'same-vendor-other-languages' ? "this vendor's other languages" : 'other vendors in this language';
  return `${METRIC_INFO[metric].label}: ${worse ? 'worse' : 'better'} than ${against}`;
}

/** One vendor's results per customer language, busiest language first, with the gaps flagged for it. */
export function toLanguageRows(response: GapsResponse, vendorId: string): LanguageRow[] {
  const rows = new Map<string, LanguageRow>();
  for (const metric of response.metrics) {
    for (const cell of metric.cells) {
      if (cell.vendorId !== vendorId) {
        continue;
      }
      const row =
        rows.get(cell.language) ??
        ({
          language: cell.language,
          name: languageName(cell.language),
          n: 0,
          cells: { overall: null, csat: null, responsiveness: null, courtesy: null, comprehension: null },
          gaps: [],
          conversations: null,
        } satisfies LanguageRow);
      rows.set(cell.language, row);
      const languageMetric = LANGUAGE_METRICS.find((candidate) => candidate === metric.metric);
      if (languageMetric) {
        row.cells[languageMetric] = cell.cell;
      }
      if (metric.metric === 'overall') {
        row.n = cell.cell.n;
        row.conversations = toConversationsLink(cell.conversations);
      }
      for (const comparison of [cell.vsOtherLanguages, cell.vsOtherVendors]) {
        if (comparison.flagged && comparison.status === 'ok') {
          const lower = comparison.difference < 0;
          row.gaps.push(gapText(metric.metric, comparison, lower === (metric.direction === 'higher-is-better')));
        }
      }
    }
  }
  return [...rows.values()].sort((a, b) => b.n - a.n || a.name.localeCompare(b.name));
}
