import type { HeatmapModel } from '@rapport/dashboard-ui';

/** The words the gaps page flags a language with (as the agreement page says it). */
export const WEAKLY_CONFIRMED = 'automatic scores weakly confirmed in this language';
/** The mark put after a flagged language's name in the heatmap and its table. */
export const WEAK_MARK = '†';

/** The languages of the gap answer whose automatic-vs-human agreement is weak, in the answer's order. */
export function weakGapLanguages(languages: readonly string[], weak: readonly string[] | null): string[] {
  const flagged = new Set(weak ?? []);
  return languages.filter((language) => flagged.has(language));
}

/** The heatmap with each weakly confirmed language's column marked, so the flag sits beside its gap cells. */
export function markWeakColumns(model: HeatmapModel, weak: readonly string[]): HeatmapModel {
  if (weak.length === 0) {
    return model;
  }
  const flagged = new Set(weak);
  return {
    ...model,
    columns: model.columns.map((column) => (flagged.has(column.key) ? { ...column, label: `${column.label} ${WEAK_MARK}` } : column)),
  };
}
