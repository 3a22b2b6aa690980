import { type ApiQuery, toHttpParams } from '../http/query-params';

/** Tables the API exports (`GET /api/exports/<table>`), each with the filters of the page that shows it. */
export type ExportedTable = 'scorecard' | 'compare' | 'gaps' | 'coverage' | 'drivers' | 'agents' | 'conversations';

/** The export of a table with the same query the page sent for it; the format is added by the buttons. */
export function exportUrl(table: ExportedTable, query: ApiQuery): string {
  const params = toHttpParams(query).toString();
  return `/api/exports/${table}${params ? `?${params}` : ''}`;
}
