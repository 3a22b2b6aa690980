import type { ImportFormatInfo } from '@rapport/dashboard-data-access';

type Field = ImportFormatInfo['fields'][number];

/** The API matches headers ignoring case and surrounding spaces. */
const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Each field's column in the file when its header is the field's own name; '' where none is. */
export function suggestMapping(fields: readonly Field[], headers: readonly string[]): Record<string, string> {
  return Object.fromEntries(fields.map((field) => [field.name, headers.find((header) => same(header, field.name)) ?? '']));
}

/**
 * The column mapping to send: only fields pointed at a header other than their own name (the API finds those by
 * itself), so a saved mapping stays short and readable.
 */
export function mappingToSend(chosen: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(chosen).filter(([field, header]) => header.trim() !== '' && !same(field, header)));
}

/** Values for fields without a column, as typed; blanks are left out. */
export function defaultsToSend(defaults: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(defaults).filter(([, value]) => value.trim() !== '').map(([field, value]) => [field, value.trim()]));
}

/**
 * Required fields that would be missing: no column chosen and no default. A vendor chosen for the whole file
 * counts as the vendor column's default, as the API reads it.
 */
export function missingRequired(fields: readonly Field[], chosen: Readonly<Record<string, string>>, defaults: Readonly<Record<string, string>>, vendor: string | null): string[] {
  return fields
    .filter((field) => field.required)
    .filter((field) => (chosen[field.name] ?? '').trim() === '' && (defaults[field.name] ?? '').trim() === '' && !(field.name === 'vendor' && vendor))
    .map((field) => field.name);
}

/** A saved mapping laid over the file's own headers: saved choices win, the rest keep their suggestion. */
export function applySavedMapping(suggested: Readonly<Record<string, string>>, saved: Readonly<Record<string, string>>): Record<string, string> {
  return { ...suggested, ...saved };
}
