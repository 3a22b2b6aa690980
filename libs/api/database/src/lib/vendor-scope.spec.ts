import { DataSource } from 'typeorm';
import * as sqlite3 from 'sqlite3';
import { ALL_VENDORS, vendorScopeClause, VendorScope, whereVendorScope, writeScopeViolation } from './vendor-scope';
import type { SqlDialect } from './sql-dialect';

const sqlite: SqlDialect = { kind: 'sqlite', param: () => '?', maxParams: 1000, bool: (value) => (value ? 1 : 0) };
const postgres: SqlDialect = {
  kind: 'postgres',
  param: (index) => `$${index + 1}`,
  maxParams: 1000,
  bool: (value) => value,
};

describe('vendorScopeClause', () => {
  it('does not filter for callers who see every vendor', () => {
    expect(vendorScopeClause(ALL_VENDORS, 'c.vendor_id', sqlite)).toEqual({ sql: '1 = 1', params: [] });
  });

  it.each([
    [sqlite, 0, 'c.vendor_id = ?'],
    [postgres, 0, 'c.vendor_id = $1'],
    [postgres, 2, 'c.vendor_id = $3'],
  ])('filters a scoped caller to its vendor (%#)', (dialect, offset, sql) => {
    expect(vendorScopeClause({ vendorScope: 'v-1' }, 'c.vendor_id', dialect, offset)).toEqual({ sql, params: ['v-1'] });
  });

  it('fails closed when the scope is missing instead of null', () => {
    const malformed = {} as VendorScope;
    expect(vendorScopeClause(malformed, 'vendor_id', sqlite)).toEqual({ sql: 'vendor_id = ?', params: [''] });
  });
});

describe('whereVendorScope', () => {
  let dataSource: DataSource;
  beforeAll(async () => {
    dataSource = await new DataSource({ type: 'sqlite', driver: sqlite3, database: ':memory:' }).initialize();
    await dataSource.query('CREATE TABLE items (id TEXT, vendor_id TEXT)');
    await dataSource.query("INSERT INTO items VALUES ('a', 'v-1'), ('b', 'v-2'), ('c', 'v-1')");
  });
  afterAll(() => dataSource.destroy());

  const ids = async (scope: VendorScope) =>
    (
      await whereVendorScope(
        dataSource.createQueryBuilder().select('items.id', 'id').from('items', 'items'),
        scope,
        'items.vendor_id',
      )
        .orderBy('id')
        .getRawMany()
    ).map((row: { id: string }) => row.id);

  it('returns only the scoped vendor rows, or every row for an unscoped caller', async () => {
    expect(await ids({ vendorScope: 'v-1' })).toEqual(['a', 'c']);
    expect(await ids({ vendorScope: 'v-3' })).toEqual([]);
    expect(await ids(ALL_VENDORS)).toEqual(['a', 'b', 'c']);
  });
});

describe('writeScopeViolation', () => {
  const record = { source: 'crm', vendorId: 'v-1' };
  it.each([
    [{ vendorScope: null }, null],
    [{ vendorScope: null, source: 'crm' }, null],
    [{ vendorScope: 'v-1', source: 'crm' }, null],
    [{ vendorScope: null, source: 'zendesk' }, 'source'],
    [{ vendorScope: 'v-2', source: 'crm' }, 'vendor'],
    [{ vendorScope: 'v-2' }, 'vendor'],
  ] as const)('scope %j → %s', (scope, field) => {
    expect(writeScopeViolation(scope, record)?.field ?? null).toBe(field);
  });

  it('names the writer the scope says is bound, an API key unless told otherwise', () => {
    expect(writeScopeViolation({ vendorScope: 'v-2' }, record)?.reason).toBe(
      'this API key may not write data of this vendor',
    );
    expect(writeScopeViolation({ vendorScope: 'v-2', writer: 'this import (--vendor)' }, record)?.reason).toBe(
      'this import (--vendor) may not write data of this vendor',
    );
  });
});
