/**
 * A link to another page of the dashboard, ready for `[routerLink]` and `[queryParams]`, with the words a screen
 * reader reads for it. Presentational components take these from pages; they never decide who may follow them.
 */
export interface PageLink {
  path: string;
  queryParams: Record<string, string>;
  /** What the link opens, e.g. "Conversations of Lisboa Contact in Mar 2026". */
  label: string;
}
