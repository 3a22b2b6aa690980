import type { Selection } from './selection';

/** What narrows a selection to one aggregate cell. */
export interface CellNarrowing {
  vendorId?: string;
  from?: string;
  to?: string;
  language?: string;
  hourOfWeek?: number;
  agent?: string;
  /** The agent a conversation's CSAT is credited to. */
  csatAgent?: string;
}

/**
 * The `GET /api/conversations` URL listing the conversations behind an aggregate: the same period, vendors and
 * dimension filters, narrowed to the cell. Lists use the query syntax of the aggregates.
 */
export function conversationsLink(selection: Selection, cell: CellNarrowing = {}): string {
  const params = new URLSearchParams();
  params.set('from', cell.from ?? selection.from);
  params.set('to', cell.to ?? selection.to);
  const vendors = cell.vendorId ? [cell.vendorId] : (selection.vendorIds ?? []);
  const lists: Array<[string, readonly string[]]> = [
    ['vendors', vendors],
    ['channels', selection.channels],
    ['languages', cell.language ? [cell.language] : selection.languages],
    ['queues', selection.queues],
    ['sites', selection.sites],
  ];
  for (const [name, values] of lists) {
    if (values.length > 0) {
      params.set(name, values.join(','));
    }
  }
  if (cell.hourOfWeek !== undefined) {
    params.set('hourOfWeek', String(cell.hourOfWeek));
  }
  if (cell.agent) {
    params.set('agent', cell.agent);
  }
  if (cell.csatAgent) {
    params.set('csatAgent', cell.csatAgent);
  }
  return `/api/conversations?${params.toString()}`;
}
