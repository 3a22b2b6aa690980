/**
 * How a heatmap cell reads against its comparison. Strong tones mean a gap that survived the multiple-testing
 * correction; the plain ones an interval that excludes zero without that; neutral an interval that includes it.
 */
export type HeatmapTone = 'worse-strong' | 'worse' | 'neutral' | 'better' | 'better-strong' | 'insufficient' | 'missing';

export interface HeatmapCell {
  /** Stable id, emitted when the cell is chosen. */
  key: string;
  tone: HeatmapTone;
  /** The cell's headline number, or words such as "Not enough data". */
  value: string;
  /** Small print under the value, e.g. "n = 240". */
  note: string;
  /** A shape beside the value so a flagged gap does not rely on colour alone (▼ worse, ▲ better). */
  marker: '' | '▲' | '▼';
  /** Everything the cell says in one sentence, for screen readers. */
  label: string;
  /** Lines shown on hover and focus: n, interval, comparison. */
  details: readonly string[];
}

export interface HeatmapRow {
  key: string;
  label: string;
  cells: readonly HeatmapCell[];
}

export interface HeatmapColumn {
  key: string;
  label: string;
}

export interface HeatmapModel {
  /** Names the rows' dimension in the corner header, e.g. "Vendor". */
  rowHeader: string;
  columns: readonly HeatmapColumn[];
  rows: readonly HeatmapRow[];
}

export interface HeatmapLegendItem {
  tone: HeatmapTone;
  marker: HeatmapCell['marker'];
  label: string;
}

/** The tones in the order a legend lists them, worst first. */
export const HEATMAP_LEGEND: readonly HeatmapLegendItem[] = [
  { tone: 'worse-strong', marker: '▼', label: 'Flagged gap: worse, and clear even allowing for how many cells are compared' },
  { tone: 'worse', marker: '', label: 'Worse, but not clear once allowing for how many cells are compared' },
  { tone: 'neutral', marker: '', label: 'No clear difference' },
  { tone: 'better', marker: '', label: 'Better, but not clear once allowing for how many cells are compared' },
  { tone: 'better-strong', marker: '▲', label: 'Clearly better, even allowing for how many cells are compared' },
  { tone: 'insufficient', marker: '', label: 'Not enough data to compare' },
];

/** The cell a keyboard arrow moves to, staying inside the grid; cells without data are skipped over. */
export function moveInGrid(
  rows: readonly HeatmapRow[],
  from: { row: number; column: number },
  key: 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End',
): { row: number; column: number } {
  const rowCount = rows.length;
  const columnCount = rows[0]?.cells.length ?? 0;
  const selectable = (row: number, column: number) => {
    const tone = rows[row]?.cells[column]?.tone;
    return tone !== undefined && tone !== 'missing';
  };
  const step = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Home: [0, -columnCount], End: [0, columnCount] }[key];
  const [rowStep, columnStep] = step as [number, number];
  if (key === 'Home' || key === 'End') {
    const columns = Array.from({ length: columnCount }, (_, column) => column);
    const ordered = key === 'Home' ? columns : columns.reverse();
    const target = ordered.find((column) => selectable(from.row, column));
    return target === undefined ? from : { row: from.row, column: target };
  }
  let row = from.row + rowStep;
  let column = from.column + columnStep;
  while (row >= 0 && row < rowCount && column >= 0 && column < columnCount) {
    if (selectable(row, column)) {
      return { row, column };
    }
    row += rowStep;
    column += columnStep;
  }
  return from;
}
