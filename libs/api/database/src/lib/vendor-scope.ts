import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Principal } from '@rapport/api-core';
import type { SqlDialect } from './sql-dialect';

/**
 * Which vendors a read may touch: null means every vendor (client-side roles), a vendor id means only that one
 * (partner users, vendor-scoped API keys). Services take the caller's principal as a `VendorScope` and filter in
 * SQL with the helpers below, so no list, aggregate, export or drill-down can include another vendor's rows.
 */
export type VendorScope = Pick<Principal, 'vendorScope'>;

/** For work done by the system itself (demo seeding, scoring workers), never on behalf of a caller. */
export const ALL_VENDORS: VendorScope = Object.freeze({ vendorScope: null });

export interface SqlCondition {
  sql: string;
  params: unknown[];
}

/**
 * A WHERE condition for hand-written SQL: `vendor_id = ?` for a scoped caller, `1 = 1` otherwise.
 * `paramOffset` is the number of parameters bound before this condition (PostgreSQL numbers them).
 * A scope that is not exactly null filters, so a malformed principal sees nothing rather than everything.
 */
export function vendorScopeClause(
  scope: VendorScope,
  column: string,
  dialect: SqlDialect,
  paramOffset = 0,
): SqlCondition {
  if (scope.vendorScope === null) {
    return { sql: '1 = 1', params: [] };
  }
  return { sql: `${column} = ${dialect.param(paramOffset)}`, params: [scope.vendorScope ?? ''] };
}

/** The same filter for TypeORM query builders: `whereVendorScope(qb, principal, 'conversation.vendorId')`. */
export function whereVendorScope<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  scope: VendorScope,
  column: string,
): SelectQueryBuilder<T> {
  if (scope.vendorScope === null) {
    return query;
  }
  return query.andWhere(`${column} = :scopedVendorId`, { scopedVendorId: scope.vendorScope ?? '' });
}

/**
 * What a writer may write: API keys are bound to one source and, optionally, one vendor. User principals carry
 * no source, and client-side users no vendor, so for them nothing is out of scope.
 */
export type WriteScope = Pick<Principal, 'vendorScope' | 'source'> & {
  /** Who is bound, for the messages: "this API key" unless said otherwise (the command line's `--vendor`). */
  writer?: string;
};

/** Why a record lies outside the writer's scope (reported as a per-record error), or null when it may be written. */
export function writeScopeViolation(
  scope: WriteScope,
  record: { source: string; vendorId: string },
): { field: 'source' | 'vendor'; reason: string } | null {
  if (scope.source !== undefined && record.source !== scope.source) {
    return { field: 'source', reason: `${scope.writer ?? 'this API key'} may only write source "${scope.source}"` };
  }
  if (scope.vendorScope !== null && record.vendorId !== scope.vendorScope) {
    return { field: 'vendor', reason: vendorRefusal(scope) };
  }
  return null;
}

/**
 * What a vendor-bound writer hears for a record or survey answer naming another (or an unknown) vendor. One sentence
 * for all, naming nothing, so the answer never tells which vendors exist. (An id another vendor holds is no refusal:
 * conversations are keyed by vendor, so it is the writer's own conversation under that id.)
 */
export function vendorRefusal(scope: WriteScope): string {
  return `${scope.writer ?? 'this API key'} may not write data of this vendor`;
}
