import { SqlBuilder, type SqlDialect } from '@rapport/api-database';
import type { Selection } from '../filters/selection';
import { factsConditions } from './facts-conditions';

const postgres: SqlDialect = { kind: 'postgres', param: (index) => `$${index + 1}`, maxParams: 65_000, bool: (value) => value };
const selection: Selection = { from: '2025-08-01', to: '2026-08-31', vendorIds: ['v1'], channels: [], languages: [], queues: [], sites: [] };

describe('factsConditions', () => {
  it('selects the day range of the selection', () => {
    const sql = new SqlBuilder(postgres);
    expect(factsConditions(sql, selection)).toEqual(['f.day >= $1', 'f.day <= $2', 'f.vendor_id IN ($3)']);
    expect(sql.params).toEqual(['2025-08-01', '2026-08-31', 'v1']);
  });

  it('reads scattered months as one range per run of consecutive months, not the months between', () => {
    const sql = new SqlBuilder(postgres);
    expect(factsConditions(sql, selection, 'f', ['2025-08', '2026-07', '2026-08'])).toEqual([
      '((f.day >= $1 AND f.day <= $2) OR (f.day >= $3 AND f.day <= $4))',
      'f.vendor_id IN ($5)',
    ]);
    expect(sql.params).toEqual(['2025-08-01', '2025-08-31', '2026-07-01', '2026-08-31', 'v1']);
  });

  it('runs across a year end, and a February of a leap year ends on the 29th', () => {
    const sql = new SqlBuilder(postgres);
    expect(factsConditions(sql, { ...selection, vendorIds: null }, 'c', ['2027-12', '2028-01', '2028-02'])).toEqual(['((c.day >= $1 AND c.day <= $2))']);
    expect(sql.params).toEqual(['2027-12-01', '2028-02-29']);
  });

  it('selects nothing for no months', () => {
    expect(factsConditions(new SqlBuilder(postgres), { ...selection, vendorIds: null }, 'f', [])).toEqual(['1 = 0']);
  });
});
