import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { dialectOf, SqlBuilder } from '@rapport/api-database';
import { planPeriod } from '../filters/period-plan';
import { hasDimensionFilter, Selection } from '../filters/selection';
import { readRows, SelectedColumn } from './packed-rows';
import { DAILY_TABLE, GRAIN_DIMENSIONS, HOURLY_GRAINS, MONTHLY_TABLE, MonthlyGrain } from './rollup-tables';

export type GroupColumn = 'vendor_id' | 'month' | 'language' | 'channel' | 'queue' | 'site' | 'hour_band' | 'hour_of_week';

/** Summed measures of one group, by measure name. */
export type Sums = Readonly<Record<string, number>>;

export interface AggregateRow {
  keys: Readonly<Record<string, string | number>>;
  sums: Sums;
}

/** The same aggregates as columns, for reads of many groups: group i has keys[column][i] and values[measure][i]. */
export interface AggregateColumns {
  length: number;
  keys: Readonly<Record<string, ReadonlyArray<string | number>>>;
  values: Readonly<Record<string, Float64Array>>;
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
    const { keys, values, length } = await this.aggregateColumns(request);
    const rows: AggregateRow[] = [];
    for (let row = 0; row < length; row++) {
      rows.push({
        keys: Object.fromEntries(request.groupBy.map((column) => [column, keys[column]?.[row] ?? ''])),
        sums: Object.fromEntries(request.measures.map((measure) => [measure, values[measure]?.[row] ?? 0])),
      });
    }
    return rows;
  }

  async aggregateColumns(request: AggregateRequest): Promise<AggregateColumns> {
    const { selection, groupBy } = request;
    if (groupBy.includes('hour_of_week') && hasDimensionFilter(selection)) {
      return mergeParts(groupBy, request.measures, [await this.readDaily(request, selection.from, selection.to)]);
    }
    const plan = request.months ? { months: [...request.months], dayRanges: [] } : planPeriod(selection.from, selection.to);
    const parts: unknown[][][] = [];
    if (plan.months.length > 0) {
      parts.push(await this.readMonthly(request, plan.months));
    }
    for (const range of plan.dayRanges) {
      parts.push(await this.readDaily(request, range.from, range.to));
    }
    return mergeParts(groupBy, request.measures, parts);
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

  private async readMonthly(request: AggregateRequest, months: readonly string[]): Promise<unknown[][]> {
    const sql = new SqlBuilder(dialectOf(this.dataSource.manager));
    const grain = this.grainFor(request);
    const conditions = [`grain = ${sql.param(grain)}`, `month IN (${sql.list(months)})`, ...this.selectionConditions(sql, request.selection)];
    // Rows of one grain are already one per group when the grouping covers the grain's key (and the month, or only
    // one month is read): read them as stored, without asking the database to add up single rows.
    const stored = grainKey(grain).every((column) => request.groupBy.includes(column)) && (months.length === 1 || request.groupBy.includes('month'));
    return readRows(this.dataSource.manager, {
      table: MONTHLY_TABLE,
      columns: selectedColumns(request.groupBy.map((column) => ({ expression: column, alias: column })), request.measures, stored),
      conditions,
      groupBy: stored ? [] : request.groupBy,
      params: sql.params,
    });
  }

  private async readDaily(request: AggregateRequest, from: string, to: string): Promise<unknown[][]> {
    const sql = new SqlBuilder(dialectOf(this.dataSource.manager));
    const conditions = [`day >= ${sql.param(from)}`, `day <= ${sql.param(to)}`, ...this.selectionConditions(sql, request.selection)];
    const groups = request.groupBy.map((column) => ({ expression: column === 'month' ? 'substr(day, 1, 7)' : column, alias: column }));
    return readRows(this.dataSource.manager, {
      table: DAILY_TABLE,
      columns: selectedColumns(groups, request.measures, false),
      conditions,
      groupBy: groups.map((group) => group.expression),
      params: sql.params,
    });
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
}

/** The group keys, then the measures (summed, unless the rows are read as stored), in the order rows come back. */
function selectedColumns(groups: ReadonlyArray<{ expression: string; alias: string }>, measures: readonly string[], stored: boolean): SelectedColumn[] {
  return [
    ...groups.map((group): SelectedColumn => ({ ...group, kind: 'key' })),
    ...measures.map((measure): SelectedColumn => ({ expression: stored ? measure : `SUM(${measure})`, alias: measure, kind: 'measure' })),
  ];
}

/** Columns that tell a grain's rows of one month apart. */
function grainKey(grain: MonthlyGrain): GroupColumn[] {
  return ['vendor_id', ...GRAIN_DIMENSIONS[grain], ...(HOURLY_GRAINS.has(grain) ? (['hour_of_week'] as const) : [])];
}

/**
 * Adds up rows of the same group from several reads (one read has one row per group already) and drops groups
 * without conversations; numbers arrive as strings from PostgreSQL's SUM().
 */
function mergeParts(groupBy: readonly GroupColumn[], measures: readonly string[], parts: ReadonlyArray<unknown[][]>): AggregateColumns {
  const capacity = parts.reduce((total, part) => total + part.length, 0);
  const keys = groupBy.map((): Array<string | number> => []);
  const values = measures.map(() => new Float64Array(capacity));
  const groups = parts.length > 1 ? new Map<string, number>() : null;
  const hourColumn = groupBy.indexOf('hour_of_week');
  const width = groupBy.length;
  let length = 0;
  for (const part of parts) {
    for (const raw of part) {
      const key = groupBy.map((_, index) => (index === hourColumn ? Number(raw[index]) : String(raw[index])));
      const id = groups ? key.join('\u0000') : '';
      const existing = groups?.get(id);
      if (existing !== undefined) {
        measures.forEach((_, index) => {
          (values[index] as Float64Array)[existing] += Number(raw[width + index] ?? 0);
        });
        continue;
      }
      groups?.set(id, length);
      key.forEach((value, index) => keys[index]?.push(value));
      measures.forEach((_, index) => {
        (values[index] as Float64Array)[length] = Number(raw[width + index] ?? 0);
      });
      length++;
    }
  }
  return withData(groupBy, measures, keys, values, length);
}

/** Only groups with conversations (when the conversation count `n` was read). */
function withData(groupBy: readonly GroupColumn[], measures: readonly string[], keys: Array<Array<string | number>>, values: Float64Array[], length: number): AggregateColumns {
  const counts = values[measures.indexOf('n')];
  let kept = 0;
  for (let row = 0; row < length; row++) {
    if (counts && !((counts[row] ?? 0) > 0)) {
      continue;
    }
    if (kept !== row) {
      keys.forEach((column) => (column[kept] = column[row] as string | number));
      values.forEach((column) => (column[kept] = column[row] as number));
    }
    kept++;
  }
  return {
    length: kept,
    keys: Object.fromEntries(groupBy.map((column, index) => [column, (keys[index] ?? []).slice(0, kept)])),
    values: Object.fromEntries(measures.map((measure, index) => [measure, (values[index] as Float64Array).subarray(0, kept)])),
  };
}
