import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { dialectOf } from '@rapport/api-database';
import { planPeriod } from '../filters/period-plan';
import { hasDimensionFilter, Selection } from '../filters/selection';
import { SqlBuilder, whereClause } from '../sql/sql-builder';
import { DAILY_TABLE, MONTHLY_TABLE, MonthlyGrain } from './rollup-tables';

export type GroupColumn = 'vendor_id' | 'month' | 'language' | 'channel' | 'queue' | 'site' | 'hour_band' | 'hour_of_week';

/** Summed measures of one group, by measure name. */
export type Sums = Readonly<Record<string, number>>;

export interface AggregateRow {
  keys: Readonly<Record<string, string | number>>;
  sums: Sums;
}

export interface AggregateRequest {
  selection: Selection;
  /** Whole months to read instead of the selection's day range (scorecards read chosen months). */
  months?: readonly string[];
  groupBy: readonly GroupColumn[];
  measures: readonly string[];
}

const DIMENSION_GROUPS: readonly GroupColumn[] = ['language', 'channel', 'queue', 'site'];

/**
 * Sums rollup measures over a selection, grouped as asked, from as few rows as possible: whole months come from
 * the monthly table at the coarsest grain the filters and grouping allow, the partial months at the period's
 * edges (and hour-of-week views with dimension filters) from the daily table. Summaries are additive, so the two
 * merge exactly.
 */
@Injectable()
export class RollupReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async aggregate(request: AggregateRequest): Promise<AggregateRow[]> {
    const { selection, groupBy } = request;
    if (groupBy.includes('hour_of_week') && hasDimensionFilter(selection)) {
      return this.merge(groupBy, request.measures, [await this.readDaily(request, selection.from, selection.to)]);
    }
    const plan = request.months ? { months: [...request.months], dayRanges: [] } : planPeriod(selection.from, selection.to);
    const parts: Array<Record<string, unknown>[]> = [];
    if (plan.months.length > 0) {
      parts.push(await this.readMonthly(request, plan.months));
    }
    for (const range of plan.dayRanges) {
      parts.push(await this.readDaily(request, range.from, range.to));
    }
    return this.merge(groupBy, request.measures, parts);
  }

  private grainFor(request: AggregateRequest): MonthlyGrain {
    if (request.groupBy.includes('hour_of_week')) {
      return 'hour';
    }
    if (request.groupBy.includes('hour_band')) {
      return request.selection.sites.length > 0 || request.groupBy.includes('site') ? 'full' : 'strata';
    }
    return hasDimensionFilter(request.selection) || request.groupBy.some((column) => DIMENSION_GROUPS.includes(column)) ? 'detail' : 'vendor';
  }

  private async readMonthly(request: AggregateRequest, months: readonly string[]): Promise<Record<string, unknown>[]> {
    const sql = new SqlBuilder(dialectOf(this.dataSource.manager));
    const conditions = [`grain = ${sql.param(this.grainFor(request))}`, `month IN (${sql.list(months)})`, ...this.selectionConditions(sql, request.selection)];
    const groups = request.groupBy.map((column) => ({ expression: column, alias: column }));
    return this.dataSource.query(this.statement(MONTHLY_TABLE, groups, request.measures, conditions), sql.params);
  }

  private async readDaily(request: AggregateRequest, from: string, to: string): Promise<Record<string, unknown>[]> {
    const sql = new SqlBuilder(dialectOf(this.dataSource.manager));
    const conditions = [`day >= ${sql.param(from)}`, `day <= ${sql.param(to)}`, ...this.selectionConditions(sql, request.selection)];
    const groups = request.groupBy.map((column) => ({ expression: column === 'month' ? 'substr(day, 1, 7)' : column, alias: column }));
    return this.dataSource.query(this.statement(DAILY_TABLE, groups, request.measures, conditions), sql.params);
  }

  private selectionConditions(sql: SqlBuilder, selection: Selection): string[] {
    return [
      ...sql.vendorsIn('vendor_id', selection.vendorIds),
      ...sql.inList('channel', selection.channels),
      ...sql.inList('language', selection.languages),
      ...sql.inList('queue', selection.queues),
      ...sql.inList('site', selection.sites),
    ];
  }

  private statement(table: string, groups: Array<{ expression: string; alias: string }>, measures: readonly string[], conditions: string[]): string {
    const select = [...groups.map((group) => `${group.expression} AS ${group.alias}`), ...measures.map((measure) => `SUM(${measure}) AS ${measure}`)];
    const groupBy = groups.length > 0 ? `GROUP BY ${groups.map((group) => group.expression).join(', ')}` : '';
    return `SELECT ${select.join(', ')} FROM ${table} ${whereClause(conditions)} ${groupBy}`;
  }

  /** Adds up rows of the same group from several reads; numbers arrive as strings from PostgreSQL's SUM(). */
  private merge(groupBy: readonly GroupColumn[], measures: readonly string[], parts: ReadonlyArray<Record<string, unknown>[]>): AggregateRow[] {
    const toRow = (raw: Record<string, unknown>): AggregateRow => {
      const keys: Record<string, string | number> = {};
      for (const column of groupBy) {
        keys[column] = column === 'hour_of_week' ? Number(raw[column]) : String(raw[column]);
      }
      const sums: Record<string, number> = {};
      for (const measure of measures) {
        sums[measure] = Number(raw[measure] ?? 0);
      }
      return { keys, sums };
    };
    const hasData = (row: AggregateRow) => (row.sums['n'] ?? 1) > 0;
    if (parts.length === 1) {
      // One read has one row per group already.
      return (parts[0] ?? []).map(toRow).filter(hasData);
    }
    const rows = new Map<string, { keys: Readonly<Record<string, string | number>>; sums: Record<string, number> }>();
    for (const part of parts) {
      for (const raw of part) {
        const row = toRow(raw);
        const id = JSON.stringify(groupBy.map((column) => row.keys[column]));
        const existing = rows.get(id);
        if (!existing) {
          rows.set(id, { keys: row.keys, sums: { ...row.sums } });
          continue;
        }
        for (const measure of measures) {
          existing.sums[measure] = (existing.sums[measure] ?? 0) + (row.sums[measure] ?? 0);
        }
      }
    }
    return [...rows.values()].filter(hasData);
  }
}
