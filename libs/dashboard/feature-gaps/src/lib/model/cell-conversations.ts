import type { ConversationSignal, CsatFilter, GapMetric } from '@rapport/contracts';
import type { ConversationsQuery } from '@rapport/dashboard-data-access';

/** How many conversations the cell panel lists; the link opens all of them on the Conversations page. */
export const CELL_SAMPLE_SIZE = 10;

/**
 * What the panel lists for a metric: score metrics show the cell's conversations lowest score first; rates show
 * the conversations that count against the cell (the missed SLA, the mismatch, the unhappy answer).
 */
const FOCUS: Record<GapMetric, { sort: string; signal?: ConversationSignal; csat?: CsatFilter; describes: string }> = {
  overall: { sort: 'overall', describes: 'lowest overall score first' },
  courtesy: { sort: 'courtesy', describes: 'lowest courtesy score first' },
  comprehension: { sort: 'comprehension', describes: 'lowest comprehension score first' },
  responsiveness: { sort: 'responsiveness', describes: 'lowest responsiveness score first' },
  csat: { sort: 'csat', csat: 'any', describes: 'surveyed, lowest CSAT first' },
  satisfied: { sort: 'csat', csat: 'unsatisfied', describes: 'answered the survey unsatisfied' },
  withinSla: { sort: '-firstResponse', signal: 'missed-sla', describes: 'missed the first-response target, slowest first' },
  languageMismatch: { sort: '-createdAt', signal: 'language-mismatch', describes: 'answered in another language' },
  clarificationRequests: { sort: '-createdAt', signal: 'clarification-request', describes: 'the customer asked what the agent meant' },
  asksOtherAgent: { sort: '-createdAt', signal: 'asks-other-agent', describes: 'the customer asked for another agent' },
};

/** What the panel says it lists, e.g. "lowest courtesy score first". */
export function cellFocus(metric: GapMetric): string {
  return FOCUS[metric].describes;
}

/** The filters of an API drill-down URL (`/api/conversations?from=…&vendors=…&languages=…`) as a list query. */
export function queryOfConversationsUrl(apiUrl: string): ConversationsQuery {
  const search = apiUrl.includes('?') ? apiUrl.slice(apiUrl.indexOf('?') + 1) : '';
  const query: ConversationsQuery = {};
  new URLSearchParams(search).forEach((value, name) => {
    query[name] = value;
  });
  return query;
}

/** The first conversations behind a cell, in the order that explains its metric. */
export function cellConversationsQuery(apiUrl: string, metric: GapMetric): ConversationsQuery {
  const focus = FOCUS[metric];
  return {
    ...queryOfConversationsUrl(apiUrl),
    sort: focus.sort,
    pageSize: CELL_SAMPLE_SIZE,
    ...(focus.signal ? { signals: [focus.signal] } : {}),
    ...(focus.csat ? { csat: focus.csat } : {}),
  };
}
