import { type ApiQuery, type LoadError, type QueryState, queryView } from '@rapport/dashboard-data-access';

/** A section's data once shaped for display, or where its load stands. */
export type Section<T> =
  { status: 'loaded'; data: T } | { status: 'loading'; stale: unknown } | { status: 'failed'; error: LoadError };

/**
 * A section of the page for the query in force: its store's answer shaped for display once loaded, its load state
 * otherwise, null while the page has no query for it yet (the vendor or month still unknown).
 */
export function sectionOf<D, T>(state: QueryState<D>, query: ApiQuery | null, shape: (data: D) => T): Section<T> | null {
  if (!query) {
    return null;
  }
  const result = queryView(state, query);
  return result.status === 'loaded' ? { status: 'loaded', data: shape(result.data) } : result;
}

/** The section's data once loaded, for the template's `@if (...; as data)`. */
export function sectionData<T>(section: Section<T> | null): T | null {
  return section?.status === 'loaded' ? section.data : null;
}

/** The section's load error in words, empty unless it failed. */
export function sectionError<T>(section: Section<T> | null): string {
  return section?.status === 'failed' ? section.error.message : '';
}
