import { listClause, SqlDialect, valuesClause } from './sql-dialect';

const sqlite: SqlDialect = { kind: 'sqlite', param: () => '?', maxParams: 32_000, bool: (v) => (v ? 1 : 0) };
const postgres: SqlDialect = { kind: 'postgres', param: (i) => `$${i + 1}`, maxParams: 65_000, bool: (v) => v };

describe('valuesClause', () => {
  it.each([
    [sqlite, 2, 3, 0, '(?, ?, ?), (?, ?, ?)'],
    [postgres, 2, 2, 0, '($1, $2), ($3, $4)'],
    [postgres, 1, 2, 4, '($5, $6)'],
  ])('builds a multi-row VALUES clause (%#)', (dialect, rows, columns, offset, expected) => {
    expect(valuesClause(dialect, rows, columns, offset)).toBe(expected);
  });
});

describe('listClause', () => {
  it('numbers PostgreSQL parameters from the offset', () => {
    expect(listClause(postgres, 3, 1)).toBe('$2, $3, $4');
    expect(listClause(sqlite, 3)).toBe('?, ?, ?');
  });
});
