import type { SqlDialect } from './sql-dialect';
import { SqlBuilder } from './sql-builder';
import { containsPattern, containsText } from './text-match';

const sqlite: SqlDialect = { kind: 'sqlite', param: () => '?', maxParams: 32_000, bool: (value) => (value ? 1 : 0) };
const postgres: SqlDialect = { kind: 'postgres', param: (index) => `$${index + 1}`, maxParams: 65_000, bool: (value) => value };

describe('text match', () => {
  it('escapes the wildcards and the escape character of the searched text', () => {
    expect(containsPattern('50% off_now')).toBe('%50\\% off\\_now%');
    expect(containsPattern('C:\\temp')).toBe('%C:\\\\temp%');
    expect(containsPattern('plain')).toBe('%plain%');
  });

  it('binds the pattern as a parameter, with the case-insensitive operator of the dialect', () => {
    const onPostgres = new SqlBuilder(postgres);
    expect(containsText(onPostgres, postgres, 'm.text', "it's")).toBe("m.text ILIKE $1 ESCAPE '\\'");
    expect(onPostgres.params).toEqual(["%it's%"]);
    const onSqlite = new SqlBuilder(sqlite);
    expect(containsText(onSqlite, sqlite, 'm.text', 'x')).toBe("m.text LIKE ? ESCAPE '\\'");
  });
});
