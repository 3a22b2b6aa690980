/**
 * CSV output that is safe to open in a spreadsheet. A cell starting with `=`, `+`, `-` or `@` (or a tab or
 * carriage return, which some spreadsheets skip before reading one of those) is evaluated as a formula, so text
 * from conversations, agents or imports could run `=HYPERLINK(...)` or worse on the reader's machine. Such text
 * is prefixed with an apostrophe, which spreadsheets display as plain text.
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

export type CsvValue = string | number | boolean | null | undefined;

/** Prefixes text that a spreadsheet would read as a formula; other text is returned unchanged. */
export function neutraliseFormula(text: string): string {
  return text.length > 0 && FORMULA_TRIGGERS.has(text[0] as string) ? `'${text}` : text;
}

/**
 * One RFC 4180 field. Numbers and booleans are written as they are (a negative number is data, not a formula);
 * text is neutralised, then quoted when it holds a separator, a quote or a line break.
 */
export function toCsvField(value: CsvValue): string {
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
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV line (without its line break). */
export function toCsvLine(values: readonly CsvValue[]): string {
  return values.map(toCsvField).join(',');
}

/** A whole CSV document: header line, one line per row, CRLF line ends as RFC 4180 specifies. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [toCsvLine(header), ...rows.map(toCsvLine)].map((line) => line + '\r\n').join('');
}
