import type { SqlDialect } from './sql-dialect';
import type { SqlBuilder } from './sql-builder';

/** The LIKE pattern of "contains `text`", with the text's own wildcards (% and _) and the escape character escaped. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/**
 * `column` contains `text`, ignoring case, as a parameterised condition. PostgreSQL's ILIKE ignores the case of every
 * letter; SQLite's LIKE that of ASCII letters only (its LOWER is no better), so there "Ä" and "ä" stay different.
 * A leading wildcard cannot use an index: this scans the rows the other conditions leave, which is why the list
 * applies it next to the period and vendor conditions (a trigram or full-text index can replace it at larger scale).
 */
export function containsText(sql: SqlBuilder, dialect: SqlDialect, column: string, text: string): string {
  const operator = dialect.kind === 'postgres' ? 'ILIKE' : 'LIKE';
  return `${column} ${operator} ${sql.param(containsPattern(text))} ESCAPE '\\'`;
}
