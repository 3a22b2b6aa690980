import { z } from 'zod';
import type { CsvSeparator } from './csv-safety';

/** Table downloads: CSV (formula-safe for the separator chosen) or an Excel workbook. */
export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Names of the CSV separators, as written in a URL. */
export const CSV_SEPARATOR_NAMES = ['comma', 'semicolon', 'tab'] as const;
export type CsvSeparatorName = (typeof CSV_SEPARATOR_NAMES)[number];

export const CSV_SEPARATORS: Readonly<Record<CsvSeparatorName, CsvSeparator>> = { comma: ',', semicolon: ';', tab: '\t' };

/** The options every export route takes beside the filters of the page it exports. */
export const exportOptionsShape = {
  format: z.enum(EXPORT_FORMATS).default('csv').describe('csv (default) or xlsx'),
  separator: z
    .enum(CSV_SEPARATOR_NAMES)
    .default('comma')
    .describe('CSV field separator: comma (default), semicolon or tab; cells are formula-safe for every one of them'),
};

export interface ExportOptions {
  format: ExportFormat;
  separator: CsvSeparatorName;
}
