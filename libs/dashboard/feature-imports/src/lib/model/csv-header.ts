/** Delimiters a client's CSV export is likely to use, most likely first. */
const DELIMITERS = [',', ';', '\t', '|'] as const;

/** The first record of a CSV text (quotes respected, so a quoted header may hold the delimiter or a line break). */
function firstRecord(text: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      break;
    } else {
      cell += char;
    }
  }
  cells.push(cell);
  return cells.map((value) => value.trim());
}

/**
 * Reads the header row from the start of a CSV file (a byte-order mark is ignored) and guesses its delimiter: the
 * one that splits the header into the most columns. Lets the mapping form offer the file's own column names.
 */
export function readCsvHeader(start: string): { delimiter: string; headers: string[] } {
  const text = start.replace(/^\uFEFF/, '');
  let best: { delimiter: string; headers: string[] } = { delimiter: ',', headers: firstRecord(text, ',') };
  for (const delimiter of DELIMITERS) {
    const headers = firstRecord(text, delimiter);
    if (headers.length > best.headers.length) {
      best = { delimiter, headers };
    }
  }
  return { delimiter: best.delimiter, headers: best.headers.filter((header) => header !== '') };
}
