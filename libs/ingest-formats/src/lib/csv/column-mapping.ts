/** A canonical field a CSV format reads, and whether a file must provide it. */
export interface CsvFieldSpec<F extends string = string> {
  name: F;
  required: boolean;
  description: string;
}

/** A saved column mapping: canonical field → header of the source file. Unmapped fields use their canonical name. */
export type ColumnMapping = Readonly<Record<string, string>>;

/** Where each field sits in a row; -1 when the file has no such column. */
export type ColumnIndex<F extends string> = Readonly<Record<F, number>>;

/**
 * Checks a mapping before any file is read (when it is saved, or at the start of an import): every key must be a
 * canonical field of the format and every value a non-empty header name.
 */
export function validateColumnMapping(mapping: ColumnMapping, fields: readonly CsvFieldSpec[]): string[] {
  const names = fields.map((f) => f.name);
  const problems: string[] = [];
  for (const [field, header] of Object.entries(mapping)) {
    if (!names.includes(field)) {
      problems.push(`unknown field ${JSON.stringify(field)} in the column mapping (fields: ${names.join(', ')})`);
    } else if (typeof header !== 'string' || header.trim() === '') {
      problems.push(`the column mapping gives no header for ${JSON.stringify(field)}`);
    }
  }
  return problems;
}

/**
 * Finds each field's column in the header row (case- and space-insensitive). Required fields without a column are
 * fine when `defaults` supplies a value. Returns every problem at once so a user can fix the mapping in one go.
 */
export function resolveColumns<F extends string>(
  header: readonly string[],
  fields: readonly CsvFieldSpec<F>[],
  mapping: ColumnMapping = {},
  defaults: Partial<Record<F, string>> = {},
): { columns: ColumnIndex<F>; problems?: undefined } | { problems: string[]; columns?: undefined } {
  const problems = validateColumnMapping(mapping, fields);
  const normalised = header.map(normaliseHeader);
  const columns = {} as Record<F, number>;
  for (const field of fields) {
    const wanted = mapping[field.name] ?? field.name;
    const key = normaliseHeader(wanted);
    const index = normalised.indexOf(key);
    if (index >= 0 && normalised.indexOf(key, index + 1) >= 0) {
      problems.push(`the header ${JSON.stringify(wanted)} appears more than once`);
    }
    const hasDefault = (defaults[field.name] ?? '').trim() !== '';
    if (index < 0 && mapping[field.name] !== undefined) {
      problems.push(`column ${JSON.stringify(wanted)} mapped to ${JSON.stringify(field.name)} is not in the file`);
    } else if (index < 0 && field.required && !hasDefault) {
      problems.push(`required column ${JSON.stringify(field.name)} is missing (map it to one of the file's headers)`);
    }
    columns[field.name] = index;
  }
  if (problems.length > 0) {
    return { problems: [...problems, `headers found: ${header.join(', ')}`] };
  }
  return { columns };
}

function normaliseHeader(header: string): string {
  return header.trim().toLowerCase();
}

/**
 * Reads the cells of a row by field position (the order of the format's field list): the cell when the column exists
 * and is not blank, else the default, else ''. Positions are resolved once per file, so the per-row path does no
 * lookups by name.
 */
export class RowReader {
  private readonly indices: number[];
  private readonly fallbacks: string[];

  constructor(fields: readonly CsvFieldSpec[], columns: Readonly<Record<string, number>>, defaults: Readonly<Record<string, string | undefined>>) {
    this.indices = fields.map((f) => columns[f.name] ?? -1);
    this.fallbacks = fields.map((f) => defaults[f.name] ?? '');
  }

  read(row: readonly string[], position: number): string {
    const index = this.indices[position] ?? -1;
    const value = index >= 0 ? row[index] : undefined;
    if (value !== undefined && value !== '' && (value.charCodeAt(0) > 0x20 || value.trim() !== '')) {
      return value;
    }
    return this.fallbacks[position] ?? '';
  }
}

/** Position of each field in a format's field list, for RowReader. */
export function fieldPositions<F extends string>(fields: readonly CsvFieldSpec<F>[]): Readonly<Record<F, number>> {
  const positions = {} as Record<F, number>;
  fields.forEach((field, i) => {
    positions[field.name] = i;
  });
  return Object.freeze(positions);
}
