import type { ReportCanvas } from '../pdf/canvas';
import type { ReportData } from '../sources/report-data';

/** A table printed in the appendix: the numbers behind one of the report's charts. */
export interface DataTable {
  title: string;
  columns: string[];
  rows: string[][];
}

/** A section lays its part of the report out on the canvas and may leave data tables for the appendix. */
export type Section = (canvas: ReportCanvas, data: ReportData, appendix: DataTable[]) => void;

/** Vendors of the report, in the order of their first row: a vendor keeps its colour and marker in every chart. */
export function reportVendors(data: ReportData): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const row of [...data.scorecard.rows].sort((a, b) => a.vendor.name.localeCompare(b.vendor.name))) {
    seen.set(row.vendor.id, row.vendor.name);
  }
  return [...seen].map(([id, name]) => ({ id, name }));
}

/** Columns of equal width across the page after the first ones' given widths. */
export function spread(first: { label: string; width: number }[], rest: string[], total: number): { label: string; width: number; align?: 'left' | 'right' }[] {
  const used = first.reduce((sum, column) => sum + column.width, 0);
  const width = rest.length > 0 ? (total - used) / rest.length : 0;
  return [...first, ...rest.map((label) => ({ label, width }))];
}
