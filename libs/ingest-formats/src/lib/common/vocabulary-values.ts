/** Reads a closed-vocabulary value case-insensitively; undefined when it is not one of `allowed`. */
export function matchVocabulary<T extends string>(raw: string, allowed: readonly T[]): T | undefined {
  const value = raw.trim().toLowerCase();
  for (const candidate of allowed) {
    if (candidate === value) {
      return candidate;
    }
  }
  return undefined;
}

export function unknownValue(field: string, raw: string, allowed: readonly string[]): string {
  return `unknown ${field} ${JSON.stringify(raw)} (expected one of ${allowed.join(', ')})`;
}

const TRUE_WORDS = ['true', 'yes', '1', 'y'];
const FALSE_WORDS = ['false', 'no', '0', 'n'];

/** Reads a spreadsheet boolean; undefined for an empty cell, null when it is not a boolean. */
export function readBoolean(raw: string): boolean | null | undefined {
  const value = raw.trim().toLowerCase();
  if (value === '') {
    return undefined;
  }
  if (TRUE_WORDS.includes(value)) {
    return true;
  }
  return FALSE_WORDS.includes(value) ? false : null;
}
