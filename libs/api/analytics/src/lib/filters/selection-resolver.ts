import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock, DomainError } from '@rapport/api-core';
import { dialectOf, SqlBuilder, VendorScope } from '@rapport/api-database';
import { VendorLookup } from '@rapport/api-vendors';
import {
  AppliedFilters,
  defaultReportMonth,
  Channel,
  firstDayOf,
  lastDayOf,
  MAX_PERIOD_MONTHS,
  monthsCovered,
  PERIOD_ERROR_CODES,
  periodTooLongMessage,
  runningMonth,
} from '@rapport/contracts';
import { MONTHLY_TABLE } from '../rollups/rollup-tables';
import { Selection, VendorInfo } from './selection';

/** The selection part of any analytics query, as validated by the contract schemas. */
export interface SelectionQuery {
  month?: string;
  from?: string;
  to?: string;
  vendors?: string[];
  channels?: Channel[];
  languages?: string[];
  queues?: string[];
  sites?: string[];
}

export interface ResolvedSelection {
  selection: Selection;
  /** Every vendor the caller may see, by id. */
  vendors: ReadonlyMap<string, VendorInfo>;
  /** The vendors the query named, in the order named; null when it named none. */
  named: VendorInfo[] | null;
}

/**
 * Turns a validated query into a Selection for the caller: vendors named by slug or id become ids within the
 * caller's scope (a partner naming another vendor gets 404, as if it did not exist; a client naming an unknown
 * vendor gets 400), and a missing period becomes the latest complete month with data (the running month only when
 * it is the only one). A period with a start and no end runs to
 * the latest month with data and is held to the same cap as a stated one (400 period_too_long beyond it).
 */
@Injectable()
export class SelectionResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly vendorLookup: VendorLookup,
  ) {}

  async resolve(query: SelectionQuery, scope: VendorScope, maxMonths = MAX_PERIOD_MONTHS): Promise<ResolvedSelection> {
    const vendors = await this.vendorsInScope(scope);
    const named =
      query.vendors && query.vendors.length > 0
        ? query.vendors.map((token) => this.findVendor(vendors, token, scope))
        : null;
    const vendorIds = named
      ? [...new Set(named.map((vendor) => vendor.id))]
      : scope.vendorScope === null
        ? null
        : [scope.vendorScope ?? ''];
    const { from, to } = await this.period(query, vendorIds, maxMonths);
    return {
      selection: {
        from,
        to,
        vendorIds,
        channels: query.channels ?? [],
        languages: query.languages ?? [],
        queues: query.queues ?? [],
        sites: query.sites ?? [],
      },
      vendors: new Map(vendors.map((vendor) => [vendor.id, vendor])),
      named,
    };
  }

  private findVendor(vendors: readonly VendorInfo[], token: string, scope: VendorScope): VendorInfo {
    const vendor = vendors.find((candidate) => candidate.id === token || candidate.slug === token);
    if (vendor) {
      return vendor;
    }
    if (scope.vendorScope !== null) {
      throw DomainError.notFound('Vendor');
    }
    throw DomainError.invalid(`vendors: unknown vendor '${token}'`, [
      { line: 0, field: 'vendors', reason: `unknown vendor '${token}'` },
    ]);
  }

  private async vendorsInScope(scope: VendorScope): Promise<VendorInfo[]> {
    const rows = await this.vendorLookup.inScope(this.dataSource.manager, scope);
    return rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      name: row.name,
      timeZone: row.time_zone,
    }));
  }

  private async period(
    query: SelectionQuery,
    vendorIds: readonly string[] | null,
    maxMonths: number,
  ): Promise<{ from: string; to: string }> {
    const explicit = explicitPeriod(query);
    if (explicit) {
      return explicit;
    }
    if (query.from) {
      const latest = await this.latestMonth(vendorIds);
      const from = firstDayOf(query.from);
      const end = latest && lastDayOf(latest) >= from ? latest : query.from.slice(0, 7);
      if (monthsCovered(from, end) > maxMonths) {
        const message = `to: ${periodTooLongMessage(maxMonths)} (from ${query.from} to the latest month with data, ${end}); give to as well`;
        throw new DomainError(400, PERIOD_ERROR_CODES.tooLong, message, [
          { line: 0, field: 'to', reason: periodTooLongMessage(maxMonths) },
        ]);
      }
      return { from, to: lastDayOf(end) };
    }
    const month = await this.defaultMonth(vendorIds);
    return { from: firstDayOf(month), to: lastDayOf(month) };
  }

  /** The latest month with conversations among the vendors, or the current month when there are none. */
  private async latestMonth(vendorIds: readonly string[] | null): Promise<string> {
    const months = await this.monthsWithData(vendorIds);
    return (
      months.reduce<string | null>((newest, month) => (newest === null || month > newest ? month : newest), null) ??
      runningMonth(this.clock.now())
    );
  }

  /** The month a query without a period reports on: the latest complete month with data (`defaultReportMonth`). */
  private async defaultMonth(vendorIds: readonly string[] | null): Promise<string> {
    const now = this.clock.now();
    return defaultReportMonth(await this.monthsWithData(vendorIds), now) ?? runningMonth(now);
  }

  /** Distinct months with conversations among the vendors (one row per month: a few hundred at most). */
  private async monthsWithData(vendorIds: readonly string[] | null): Promise<string[]> {
    const sql = new SqlBuilder(dialectOf(this.dataSource.manager));
    const vendorCondition = sql
      .vendorsIn('vendor_id', vendorIds)
      .map((condition) => ` AND ${condition}`)
      .join('');
    const rows: Array<{ month: unknown }> = await this.dataSource.query(
      `SELECT DISTINCT month FROM ${MONTHLY_TABLE} WHERE grain = 'vendor'${vendorCondition}`,
      sql.params,
    );
    return rows.map((row) => row.month).filter((month): month is string => typeof month === 'string');
  }
}

/** The period a query names itself (inclusive UTC days), or null when it depends on the data (the latest month). */
export function explicitPeriod(query: SelectionQuery): { from: string; to: string } | null {
  if (query.month) {
    return { from: firstDayOf(query.month), to: lastDayOf(query.month) };
  }
  if (query.from && query.to) {
    return { from: firstDayOf(query.from), to: lastDayOf(query.to) };
  }
  if (query.to) {
    return { from: firstDayOf(query.to.slice(0, 7)), to: lastDayOf(query.to) };
  }
  return null;
}

export function appliedFilters(selection: Selection): AppliedFilters {
  return {
    from: selection.from,
    to: selection.to,
    vendors: selection.vendorIds ?? [],
    channels: selection.channels,
    languages: selection.languages,
    queues: selection.queues,
    sites: selection.sites,
  };
}
