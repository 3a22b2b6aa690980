import type { Writable } from 'node:stream';
import * as ExcelJS from 'exceljs';
import { CSV_SEPARATORS, CsvValue, ExportOptions, toCsvLine } from '@rapport/contracts';

/** Rows come one at a time, read page by page from the database or computed: never all of them in memory. */
export type ExportRows = Iterable<readonly CsvValue[]> | AsyncIterable<readonly CsvValue[]>;

/** A table to download: a file name without extension, its column headers and its rows. */
export interface ExportTable {
  name: string;
  columns: readonly string[];
  rows: ExportRows;
}

/** CSV lines are gathered into chunks of about this many characters before being written. */
const CSV_CHUNK_CHARS = 64 * 1024;
/** Excel's limit is 1,048,576 rows per sheet: the header and this many rows, then the table continues on another sheet. */
export const XLSX_ROWS_PER_SHEET = 1_048_575;

export const EXPORT_CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** Resolves when the destination drains, closes or fails, and leaves no listener behind. */
function drained(destination: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      destination.off('drain', done);
      destination.off('close', done);
      destination.off('error', done);
      resolve();
    };
    destination.on('drain', done);
    destination.on('close', done);
    destination.on('error', done);
  });
}

/** Waits when the destination's buffer is full, so a slow reader holds back the database reads, not the memory. */
async function writeChunk(destination: Writable, chunk: string): Promise<void> {
  if (!destination.write(chunk)) {
    await drained(destination);
  }
}

/**
 * Writes the table as CSV with CRLF line ends, every text cell neutralised against spreadsheet formulas for the
 * separator chosen (see `toCsvLine`). A UTF-8 byte order mark comes first so spreadsheets read accents right.
 * Stops early when the destination is closed (the client went away).
 */
export async function writeCsv(table: ExportTable, options: Pick<ExportOptions, 'separator'>, destination: Writable): Promise<number> {
  const separator = CSV_SEPARATORS[options.separator];
  let chunk = '\uFEFF' + toCsvLine(table.columns, separator) + '\r\n';
  let rows = 0;
  for await (const row of table.rows) {
    chunk += toCsvLine(row, separator) + '\r\n';
    rows += 1;
    if (chunk.length >= CSV_CHUNK_CHARS) {
      if (destination.destroyed) {
        return rows;
      }
      await writeChunk(destination, chunk);
      chunk = '';
    }
  }
  if (!destination.destroyed) {
    await writeChunk(destination, chunk);
  }
  return rows;
}

/**
 * Writes the table as an Excel workbook with exceljs's streaming writer: each row is committed (compressed into
 * the zip) as soon as it is added. Text is stored as typed text cells, which Excel never evaluates as formulas.
 * A table longer than a sheet continues on further sheets, each with the header.
 */
export async function writeXlsx(table: ExportTable, destination: Writable): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: destination, useSharedStrings: false, useStyles: false });
  const sheetName = (index: number) => (index === 1 ? table.name : `${table.name} (${index})`).slice(0, 31);
  let sheets = 1;
  let sheet = workbook.addWorksheet(sheetName(sheets));
  sheet.addRow([...table.columns]).commit();
  let rows = 0;
  let inSheet = 0;
  for await (const row of table.rows) {
    if (destination.destroyed) {
      return rows;
    }
    if (inSheet === XLSX_ROWS_PER_SHEET) {
      sheet.commit();
      sheets += 1;
      sheet = workbook.addWorksheet(sheetName(sheets));
      sheet.addRow([...table.columns]).commit();
      inSheet = 0;
    }
    sheet.addRow(row.map((value) => (value === undefined ? null : value))).commit();
    rows += 1;
    inSheet += 1;
    if (rows % 1000 === 0 && destination.writableNeedDrain) {
      await drained(destination);
    }
  }
  sheet.commit();
  await workbook.commit();
  return rows;
}

/** Writes the table in the format asked for; answers the number of data rows written. */
export function writeExport(table: ExportTable, options: ExportOptions, destination: Writable): Promise<number> {
  return options.format === 'xlsx' ? writeXlsx(table, destination) : writeCsv(table, options, destination);
}
