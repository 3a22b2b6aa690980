import { HttpParams } from '@angular/common/http';

/** A query as the analytics API reads it: lists are sent comma-separated, empty values are left out. */
export type ApiQuery = Readonly<Record<string, string | number | readonly string[] | null | undefined>>;

/**
 * HTTP parameters for an API query, in a stable order (sorted names) so the same filters always give the same
 * string: stores use it as the identity of what they loaded.
 */
export function toHttpParams(query: ApiQuery): HttpParams {
  let params = new HttpParams();
  for (const name of Object.keys(query).sort()) {
    const value = query[name];
    if (value === null || value === undefined) {
      continue;
    }
    const text = typeof value === 'string' || typeof value === 'number' ? String(value) : value.join(',');
    if (text !== '') {
      params = params.set(name, text);
    }
  }
  return params;
}
