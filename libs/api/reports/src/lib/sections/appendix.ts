import { CONTENT_WIDTH } from '../pdf/canvas';
import type { ReportCanvas } from '../pdf/canvas';
import type { DataTable } from './section';

/** The numbers behind every chart, one table each, so the charts need neither colour nor a good eye. */
export function appendix(canvas: ReportCanvas, tables: readonly DataTable[]): void {
  canvas.heading('9. Appendix: data behind the charts', { newPage: true });
  for (const table of tables) {
    canvas.subheading(table.title);
    const first = Math.min(140, CONTENT_WIDTH / 4);
    const rest = table.columns.length > 1 ? (CONTENT_WIDTH - first) / (table.columns.length - 1) : 0;
    canvas.table(
      table.columns.map((label, index) => ({ label, width: index === 0 ? first : rest, align: index === 0 ? ('left' as const) : ('right' as const) })),
      table.rows,
      { size: table.columns.length > 14 ? 6 : 7, rowHeight: 12 },
    );
  }
}
