import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { dialectOf, SqlBuilder, whereClause } from '@rapport/api-database';

/** A scored conversation as review sampling sees it: its strata and the values the sampling rules test. */
export interface ReviewCandidate {
  conversationId: string;
  vendorId: string;
  day: string;
  language: string;
  channel: string;
  overall: number | null;
  csat: number | null;
  /** Set only when the selection asked for a rule: that the rule fired in this conversation. */
  ruleFired?: boolean;
}

export interface ReviewCandidateSelection {
  from: string;
  to: string;
  /** Empty: every vendor. */
  vendorIds: readonly string[];
  /** Only conversations in which this scorer rule fired. */
  rule?: string;
}

export interface AutomaticDimensionScores {
  conversationId: string;
  responsiveness: number | null;
  courtesy: number | null;
  comprehension: number | null;
  overall: number | null;
}

/** Most candidates one selection reads: a year of a large vendor set is sampled from at most this many. */
export const MAX_REVIEW_CANDIDATES = 200_000;
const ID_CHUNK = 500;

/**
 * The analytics read model as review sampling and the automatic-vs-human comparison need it: scored
 * conversations of a period with their strata, and the automatic dimension scores of given conversations.
 * Owned here because `conversation_facts` and `conversation_rule_hits` are analytics tables.
 */
@Injectable()
export class ReviewCandidatesQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async candidates(selection: ReviewCandidateSelection): Promise<ReviewCandidate[]> {
    const sql = new SqlBuilder(dialectOf(this.dataSource.manager));
    const conditions = [
      `f.score_status = 'scored'`,
      `f.day >= ${sql.param(selection.from)}`,
      `f.day <= ${sql.param(selection.to)}`,
      ...sql.inList('f.vendor_id', selection.vendorIds),
    ];
    if (selection.rule !== undefined) {
      conditions.push(
        `EXISTS (SELECT 1 FROM conversation_rule_hits h WHERE h.conversation_id = f.conversation_id AND h.rule = ${sql.param(selection.rule)})`,
      );
    }
    const rows: Array<{
      conversation_id: string;
      vendor_id: string;
      day: string;
      language: string;
      channel: string;
      overall: number | null;
      csat: number | null;
    }> = await this.dataSource.query(
      `SELECT f.conversation_id, f.vendor_id, f.day, f.language, f.channel, f.overall, f.csat
           FROM conversation_facts f ${whereClause(conditions)}
          ORDER BY f.conversation_id LIMIT ${MAX_REVIEW_CANDIDATES}`,
      sql.params,
    );
    return rows.map((row) => ({
      conversationId: row.conversation_id,
      vendorId: row.vendor_id,
      day: row.day,
      language: row.language,
      channel: row.channel,
      overall: row.overall === null ? null : Number(row.overall),
      csat: row.csat === null ? null : Number(row.csat),
      ...(selection.rule === undefined ? {} : { ruleFired: true }),
    }));
  }

  /** Candidates named by id (calibration sessions), whatever their period; unknown or unscored ids are left out. */
  async byIds(ids: readonly string[]): Promise<ReviewCandidate[]> {
    const rows = await this.chunked(
      ids,
      (sql, list) =>
        `SELECT f.conversation_id, f.vendor_id, f.day, f.language, f.channel, f.overall, f.csat FROM conversation_facts f WHERE f.conversation_id IN (${sql.list(list)})`,
    );
    return rows.map((row) => ({
      conversationId: String(row['conversation_id']),
      vendorId: String(row['vendor_id']),
      day: String(row['day']),
      language: String(row['language']),
      channel: String(row['channel']),
      overall: numberOrNull(row['overall']),
      csat: numberOrNull(row['csat']),
    }));
  }

  async automaticScores(ids: readonly string[]): Promise<AutomaticDimensionScores[]> {
    const rows = await this.chunked(
      ids,
      (sql, list) =>
        `SELECT f.conversation_id, f.responsiveness, f.courtesy, f.comprehension, f.overall FROM conversation_facts f WHERE f.score_status = 'scored' AND f.conversation_id IN (${sql.list(list)})`,
    );
    return rows.map((row) => ({
      conversationId: String(row['conversation_id']),
      responsiveness: numberOrNull(row['responsiveness']),
      courtesy: numberOrNull(row['courtesy']),
      comprehension: numberOrNull(row['comprehension']),
      overall: numberOrNull(row['overall']),
    }));
  }

  private async chunked(
    ids: readonly string[],
    statement: (sql: SqlBuilder, ids: readonly string[]) => string,
  ): Promise<Array<Record<string, unknown>>> {
    const rows: Array<Record<string, unknown>> = [];
    for (let start = 0; start < ids.length; start += ID_CHUNK) {
      const sql = new SqlBuilder(dialectOf(this.dataSource.manager));
      rows.push(...(await this.dataSource.query(statement(sql, ids.slice(start, start + ID_CHUNK)), sql.params)));
    }
    return rows;
  }
}

function numberOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}
