import type { SqlDialect } from './sql-dialect';
import { SqlBuilder, whereClause } from './sql-builder';

const postgres: SqlDialect = { kind: 'postgres', param: (index) => `$${index + 1}`, maxParams: 65_000, bool: (value) => value };

describe('SqlBuilder', () => {
  it('numbers parameters in order', () => {
    const sql = new SqlBuilder(postgres);
    expect([sql.param('a'), ...sql.inList('channel', ['chat', 'email'])]).toEqual(['$1', 'channel IN ($2, $3)']);
    expect(sql.params).toEqual(['a', 'chat', 'email']);
  });

  it('treats an empty dimension filter as no filter', () => {
    expect(new SqlBuilder(postgres).inList('channel', [])).toEqual([]);
  });

  it('never widens a vendor scope: null is every vendor, an empty list is none', () => {
    expect(new SqlBuilder(postgres).vendorsIn('vendor_id', null)).toEqual([]);
    expect(new SqlBuilder(postgres).vendorsIn('vendor_id', [])).toEqual(['1 = 0']);
    expect(new SqlBuilder(postgres).vendorsIn('vendor_id', ['v1'])).toEqual(['vendor_id IN ($1)']);
  });

  it('joins conditions', () => {
    expect(whereClause([])).toBe('');
    expect(whereClause(['a = 1', 'b = 2'])).toBe('WHERE a = 1 AND b = 2');
  });
});
