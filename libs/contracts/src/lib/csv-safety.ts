/**
 * CSV output that is safe to open in a spreadsheet. A cell starting with `=`, `+`, `-` or `@` (or their full-width
 * forms, which some spreadsheets fold to ASCII, or a tab or carriage return, which some skip before reading one of
 * those) is evaluated as a formula, so text from conversations, agents, imports or failed sign-ins could run
 * `=HYPERLINK(...)` or worse on the reader's machine. Such text is prefixed with an apostrophe, which spreadsheets
 * display as plain text.
 *
 * Quoting protects a cell only from a reader that splits on the separator it was written with: a spreadsheet set to
 * split on `;` (the default where the comma is the decimal mark), tabs or `|` starts a new cell at every such
 * character, inside quotes or not. So every place in the text where a cell may start is neutralised: the start and
 * the position after each of those separators or a line break, looking past the quotes and spaces a reader may skip.
 * A text that holds `a;=cmd` is written `a;'=cmd`: the apostrophe shows, the formula never runs.
 */
const CELL_STARTS_AT_RISK = /(?<=^|[,;\t|\r\n])(?=[" ]*[=+\-@\t\r＝＋－＠])/g;

export type CsvValue = string | number | boolean | null | undefined;

/** The separators a CSV may be written with: comma, semicolon (where the comma is the decimal mark) and tab. */
export type CsvSeparator = ',' | ';' | '\t';

/** Prefixes every possible cell start that a spreadsheet would read as a formula; other text is returned unchanged. */
export function neutraliseFormula(text: string): string {
  return text.replace(CELL_STARTS_AT_RISK, "'");
}

/**
 * One RFC 4180 field. Numbers and booleans are written as they are (a negative number is data, not a formula);
 * text is neutralised, then quoted when it holds the separator, a quote or a line break.
 */
export function toCsvField(value: CsvValue, separator: CsvSeparator = ','): string {
  if (value === null || value === undefined) {
    return '';
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) ? String(value) : '';
  }
  if (typeof value === 'boolean') {
    return value ? 'true' : 'false';
  }
  const safe = neutraliseFormula(value);
  const mustQuote = safe.includes(separator) || /["\r\n]/.test(safe);
  return mustQuote ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV line (without its line break), its fields split by `separator` (comma by default). */
export function toCsvLine(values: readonly CsvValue[], separator: CsvSeparator = ','): string {
  return values.map((value) => toCsvField(value, separator)).join(separator);
}

/** A whole CSV document: header line, one line per row, CRLF line ends as RFC 4180 specifies. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[], separator: CsvSeparator = ','): string {
  return [header, ...rows].map((row) => toCsvLine(row, separator) + '\r\n').join('');
}
