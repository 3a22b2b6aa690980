import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { containsText, dialectOf, SqlBuilder, SqlDialect, whereClause } from '@rapport/api-database';
import { ConversationListParams, ConversationPageDto, ConversationSignal, ConversationSort, CsatFilter } from '@rapport/contracts';
import { Selection } from '../filters/selection';
import { factsConditions } from '../sql/facts-conditions';
import { HiddenConversations } from './conversation-blinds';
import { ConversationRow, summaryColumns, toSummary } from './conversation-summary';

const SIGNAL_CONDITIONS: Readonly<Record<ConversationSignal, string>> = {
  'within-sla': 'f.within_sla = 1',
  'missed-sla': 'f.within_sla = 0',
  'after-hours': 'f.after_hours = 1',
  weekend: 'f.weekend = 1',
  'language-mismatch': 'f.language_mismatch = 1',
  'clarification-request': 'f.clarification = 1',
  'asks-other-agent': 'f.asks_other_agent = 1',
};

/** Signals the automatic scorer finds (the others come from timestamps): hidden like the scores. */
const SCORER_SIGNALS: ReadonlySet<ConversationSignal> = new Set(['language-mismatch', 'clarification-request', 'asks-other-agent']);

const CSAT_CONDITIONS: Readonly<Record<CsatFilter, string | null>> = {
  any: null,
  none: 'f.csat IS NULL',
  satisfied: 'f.csat_satisfied = 1',
  unsatisfied: 'f.csat_satisfied = 0',
};

const SORT_COLUMNS: Readonly<Record<string, string>> = {
  createdAt: 'c.created_at',
  overall: 'f.overall',
  courtesy: 'f.courtesy',
  comprehension: 'f.comprehension',
  responsiveness: 'f.responsiveness',
  csat: 'f.csat',
  firstResponse: 'f.first_response_seconds',
};

const SCORE_SORTS: ReadonlySet<string> = new Set(['overall', 'courtesy', 'comprehension', 'responsiveness']);

const SCORE_BANDS = ['overall', 'courtesy', 'comprehension', 'responsiveness'] as const;

/** Narrowing of a selection to one aggregate cell and the list's own filters. */
export type ListNarrowing = Omit<ConversationListParams, 'month' | 'from' | 'to' | 'vendors' | 'channels' | 'languages' | 'queues' | 'sites'>;
/** The list's own filters, without its paging and sort. */
export type ListFilters = Omit<ListNarrowing, 'page' | 'pageSize' | 'sort'>;

/**
 * The conversations behind any aggregate: the same selection, narrowed by score bands, CSAT, a rule that fired,
 * per-conversation signals, hour of week, agent or a text search; sorted with unknown values last, paginated.
 */
@Injectable()
export class ConversationPageQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `hidden`: conversations whose automatic scores the caller may not see (a blind review in progress). */
  async run(selection: Selection, narrowing: ListNarrowing, hidden = HiddenConversations.NONE): Promise<ConversationPageDto> {
    const dialect = dialectOf(this.dataSource.manager);
    const sql = new SqlBuilder(dialect);
    const where = whereClause([...factsConditions(sql, selection), ...narrowingConditions(sql, dialect, narrowing, hidden)]);
    const [{ total }] = await this.dataSource.query(`SELECT COUNT(*) AS total FROM conversation_facts f ${where}`, sql.params);
    const offset = (narrowing.page - 1) * narrowing.pageSize;
    const rows: ConversationRow[] = await this.dataSource.query(
      `SELECT ${summaryColumns(hidden)}
         FROM conversation_facts f
         JOIN conversations c ON c.id = f.conversation_id
         JOIN vendors v ON v.id = c.vendor_id
         ${where}
         ORDER BY ${orderBy(narrowing.sort, hidden)}
         LIMIT ${narrowing.pageSize} OFFSET ${offset}`,
      sql.params,
    );
    return { page: narrowing.page, pageSize: narrowing.pageSize, total: Number(total), sort: narrowing.sort, items: rows.map(toSummary) };
  }
}

/**
 * Conditions on `conversation_facts f` of the list's own filters (score bands, CSAT, rule, signals, hour, agent,
 * text). Hidden conversations count as unscored in score bands and are left out of filters on what the scorer
 * found (a fired rule, scorer signals): whether they are in the answer never depends on their automatic scores.
 */
export function narrowingConditions(sql: SqlBuilder, dialect: SqlDialect, narrowing: ListFilters, hidden = HiddenConversations.NONE): string[] {
  const conditions: string[] = [];
  for (const band of SCORE_BANDS) {
    const min = narrowing[`${band}Min`];
    const max = narrowing[`${band}Max`];
    if (min !== undefined) {
      conditions.push(`${hidden.masked(`f.${band}`)} >= ${sql.param(min)}`);
    }
    if (max !== undefined) {
      conditions.push(`${hidden.masked(`f.${band}`)} <= ${sql.param(max)}`);
    }
  }
  const csat = CSAT_CONDITIONS[narrowing.csat];
  if (csat) {
    conditions.push(csat);
  }
  if (narrowing.rule || (narrowing.signals ?? []).some((signal) => SCORER_SIGNALS.has(signal))) {
    conditions.push(...hidden.notHidden());
  }
  if (narrowing.rule) {
    conditions.push(`EXISTS (SELECT 1 FROM conversation_rule_hits h WHERE h.conversation_id = f.conversation_id AND h.rule = ${sql.param(narrowing.rule)})`);
  }
  conditions.push(...(narrowing.signals ?? []).map((signal) => SIGNAL_CONDITIONS[signal]));
  conditions.push(...sql.inList('f.score_status', narrowing.scoreStatus ?? []));
  if (narrowing.hourOfWeek !== undefined) {
    conditions.push(`f.hour_of_week = ${sql.param(narrowing.hourOfWeek)}`);
  }
  if (narrowing.agent) {
    conditions.push(agentCondition(sql, 'f.agent_id', narrowing.agent));
  }
  if (narrowing.csatAgent) {
    conditions.push(agentCondition(sql, 'f.csat_agent_id', narrowing.csatAgent));
  }
  if (narrowing.q) {
    conditions.push(searchCondition(sql, dialect, narrowing.q));
  }
  return conditions;
}

/**
 * The conversations credited to an agent (`column`: the primary agent, or the agent of the CSAT answer) named by id (drill-down links from the agent ranking), external id (what
 * the dashboard's agent filter writes) or display name ignoring case. External ids are unique per vendor only:
 * the same one at two vendors selects both, which the vendor filter narrows.
 */
function agentCondition(sql: SqlBuilder, column: 'f.agent_id' | 'f.csat_agent_id', agent: string): string {
  // One placeholder per use: SQLite's `?` are positional.
  return `${column} IN (SELECT a.id FROM agents a
    WHERE a.id = ${sql.param(agent)} OR a.external_id = ${sql.param(agent)} OR LOWER(a.display_name) = LOWER(${sql.param(agent)}))`;
}

/** The external id or any message contains the text. Written against `f` alone, so the count needs no join. */
function searchCondition(sql: SqlBuilder, dialect: SqlDialect, text: string): string {
  return `(EXISTS (SELECT 1 FROM conversations sc WHERE sc.id = f.conversation_id AND ${containsText(sql, dialect, 'sc.external_id', text)})
      OR EXISTS (SELECT 1 FROM messages sm WHERE sm.conversation_id = f.conversation_id AND ${containsText(sql, dialect, 'sm.text', text)}))`;
}

/** Unknown values last in either direction, then a stable tie-break, identically on SQLite and PostgreSQL. */
function orderBy(sort: ConversationSort, hidden: HiddenConversations): string {
  const descending = sort.startsWith('-');
  const key = descending ? sort.slice(1) : sort;
  const plain = SORT_COLUMNS[key] ?? 'c.created_at';
  // A hidden conversation sorts as unscored, so its place in a score order says nothing of its score.
  const column = SCORE_SORTS.has(key) ? hidden.masked(plain) : plain;
  return `(${column} IS NULL), ${column} ${descending ? 'DESC' : 'ASC'}, f.conversation_id ASC`;
}
