import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { dialectOf, SqlBuilder, whereClause } from '@rapport/api-database';
import type { CsvValue } from '@rapport/contracts';
import { Selection } from '../filters/selection';
import { factsConditions } from '../sql/facts-conditions';
import { HiddenConversations } from './conversation-blinds';
import { ListFilters, narrowingConditions } from './conversation-page.query';

/** Conversations read per statement: a page's rows and their rule hits are all that is held at once. */
export const CONVERSATION_EXPORT_PAGE = 1000;

export const CONVERSATION_EXPORT_COLUMNS = [
  'conversation_id',
  'source',
  'external_id',
  'created_at',
  'day',
  'vendor_slug',
  'vendor_name',
  'channel',
  'queue',
  'site',
  'agent_external_id',
  'agent_name',
  'declared_language',
  'detected_language',
  'score_status',
  'scorer_version',
  'first_response_seconds',
  'within_sla',
  'responsiveness',
  'courtesy',
  'comprehension',
  'overall',
  'csat',
  'csat_satisfied',
  'fired_rules',
] as const;

interface ExportRow {
  id: string;
  source: string;
  external_id: string;
  created_at: string;
  day: string;
  vendor_slug: string;
  vendor_name: string;
  channel: string;
  queue: string | null;
  site: string | null;
  agent_external_id: string | null;
  agent_name: string | null;
  declared_language: string | null;
  language: string | null;
  score_status: string;
  scorer_version: string | null;
  first_response_seconds: number | string | null;
  within_sla: number | boolean | null;
  responsiveness: number | string | null;
  courtesy: number | string | null;
  comprehension: number | string | null;
  overall: number | string | null;
  csat: number | string | null;
  csat_satisfied: number | boolean | null;
}

const numberOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));
const flagOrNull = (value: unknown): boolean | null => (value === null || value === undefined ? null : Number(value) === 1 || value === true);

/**
 * Every conversation of a selection narrowed by the list's filters, one row per conversation in the order of
 * CONVERSATION_EXPORT_COLUMNS, read page by page with a keyset on (day, conversation id): memory stays bounded
 * whatever the number of conversations, and each page is an index range read rather than an ever-growing offset.
 * Fired rules are `rule×hits` joined by `; `, sorted by rule.
 */
@Injectable()
export class ConversationExportQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `hidden`: conversations exported without their automatic scores, scorer version and fired rules (a blind review). */
  async *rows(selection: Selection, filters: ListFilters, hidden = HiddenConversations.NONE, pageSize = CONVERSATION_EXPORT_PAGE): AsyncGenerator<CsvValue[]> {
    let after: { day: string; id: string } | null = null;
    for (;;) {
      const page = await this.page(selection, filters, hidden, after, pageSize);
      const rules = await this.firedRules(page.map((row) => row.id).filter((id) => !hidden.has(id)));
      for (const row of page) {
        yield toExportRow(hidden.has(row.id) ? withoutScores(row) : row, rules.get(row.id) ?? []);
      }
      const last = page[page.length - 1];
      if (!last || page.length < pageSize) {
        return;
      }
      after = { day: last.day, id: last.id };
    }
  }

  private page(selection: Selection, filters: ListFilters, hidden: HiddenConversations, after: { day: string; id: string } | null, pageSize: number): Promise<ExportRow[]> {
    const dialect = dialectOf(this.dataSource.manager);
    const sql = new SqlBuilder(dialect);
    const conditions = [...factsConditions(sql, selection), ...narrowingConditions(sql, dialect, filters, hidden)];
    if (after) {
      conditions.push(`(f.day > ${sql.param(after.day)} OR (f.day = ${sql.param(after.day)} AND f.conversation_id > ${sql.param(after.id)}))`);
    }
    return this.dataSource.query(
      `SELECT c.id, c.source, c.external_id, c.created_at, f.day, v.slug AS vendor_slug, v.name AS vendor_name, c.channel,
              c.queue, c.site, a.external_id AS agent_external_id, a.display_name AS agent_name, c.declared_language,
              c.language, c.score_status, c.scorer_version, c.first_response_seconds, f.within_sla, c.responsiveness,
              c.courtesy, c.comprehension, c.overall, f.csat, f.csat_satisfied
         FROM conversation_facts f
         JOIN conversations c ON c.id = f.conversation_id
         JOIN vendors v ON v.id = c.vendor_id
         LEFT JOIN agents a ON a.id = f.agent_id
         ${whereClause(conditions)}
         ORDER BY f.day, f.conversation_id
         LIMIT ${pageSize}`,
      sql.params,
    );
  }

  private async firedRules(ids: readonly string[]): Promise<Map<string, string[]>> {
    const fired = new Map<string, string[]>();
    if (ids.length === 0) {
      return fired;
    }
    const sql = new SqlBuilder(dialectOf(this.dataSource.manager));
    const hits: { conversation_id: string; rule: string; hits: number | string }[] = await this.dataSource.query(
      `SELECT conversation_id, rule, hits FROM conversation_rule_hits WHERE conversation_id IN (${sql.list(ids)}) ORDER BY conversation_id, rule`,
      sql.params,
    );
    for (const hit of hits) {
      const list = fired.get(hit.conversation_id) ?? [];
      list.push(`${hit.rule}×${Number(hit.hits)}`);
      fired.set(hit.conversation_id, list);
    }
    return fired;
  }
}

function withoutScores(row: ExportRow): ExportRow {
  return { ...row, scorer_version: null, responsiveness: null, courtesy: null, comprehension: null, overall: null };
}

function toExportRow(row: ExportRow, rules: readonly string[]): CsvValue[] {
  return [
    row.id,
    row.source,
    row.external_id,
    row.created_at,
    row.day,
    row.vendor_slug,
    row.vendor_name,
    row.channel,
    row.queue,
    row.site,
    row.agent_external_id,
    row.agent_name,
    row.declared_language,
    row.language,
    row.score_status,
    row.scorer_version,
    numberOrNull(row.first_response_seconds),
    flagOrNull(row.within_sla),
    numberOrNull(row.responsiveness),
    numberOrNull(row.courtesy),
    numberOrNull(row.comprehension),
    numberOrNull(row.overall),
    numberOrNull(row.csat),
    flagOrNull(row.csat_satisfied),
    rules.join('; '),
  ];
}
