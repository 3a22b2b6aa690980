import type { SqlDialect } from './sql-dialect';

/** Collects parameters of a hand-written statement and hands out the dialect's placeholders in order. */
export class SqlBuilder {
  readonly params: unknown[] = [];

  constructor(private readonly dialect: SqlDialect) {}

  param(value: unknown): string {
    this.params.push(value);
    return this.dialect.param(this.params.length - 1);
  }

  list(values: readonly unknown[]): string {
    return values.map((value) => this.param(value)).join(', ');
  }

  /** `column IN (…)` for a non-empty list, nothing for an empty one: an empty dimension filter selects everything. */
  inList(column: string, values: readonly unknown[]): string[] {
    return values.length > 0 ? [`${column} IN (${this.list(values)})`] : [];
  }

  /** Vendor scope: null is every vendor, an empty list is none (never everything by accident). */
  vendorsIn(column: string, vendorIds: readonly string[] | null): string[] {
    if (vendorIds === null) {
      return [];
    }
    return vendorIds.length > 0 ? [`${column} IN (${this.list(vendorIds)})`] : ['1 = 0'];
  }
}

/** `WHERE a AND b`, or nothing without conditions. */
export function whereClause(conditions: readonly string[]): string {
  return conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
}
