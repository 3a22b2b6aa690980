import type { EntityManager } from 'typeorm';

/**
 * The few SQL differences between SQLite and PostgreSQL that hand-written bulk statements meet.
 * Bulk writes bypass the ORM because per-entity saves are an order of magnitude slower at ingest volumes.
 */
export interface SqlDialect {
  kind: 'sqlite' | 'postgres';
  /** Placeholder for the parameter at 0-based `index` of the statement. */
  param(index: number): string;
  /** Most parameters one statement may bind. */
  maxParams: number;
  /** Boolean literal as the driver expects it for parameters. */
  bool(value: boolean): boolean | number;
}

const sqlite: SqlDialect = { kind: 'sqlite', param: () => '?', maxParams: 32_000, bool: (value) => (value ? 1 : 0) };
const postgres: SqlDialect = { kind: 'postgres', param: (index) => `$${index + 1}`, maxParams: 65_000, bool: (value) => value };

export function dialectOf(manager: EntityManager): SqlDialect {
  return manager.connection.options.type === 'postgres' ? postgres : sqlite;
}

/** `(?, ?), (?, ?)` or `($1, $2), ($3, $4)` for a multi-row VALUES clause. */
export function valuesClause(dialect: SqlDialect, rows: number, columns: number, offset = 0): string {
  const tuples: string[] = [];
  let index = offset;
  for (let row = 0; row < rows; row++) {
    const params: string[] = [];
    for (let column = 0; column < columns; column++) {
      params.push(dialect.param(index++));
    }
    tuples.push(`(${params.join(', ')})`);
  }
  return tuples.join(', ');
}

/** `?, ?, ?` or `$1, $2, $3` for an IN list. */
export function listClause(dialect: SqlDialect, count: number, offset = 0): string {
  return Array.from({ length: count }, (_, i) => dialect.param(offset + i)).join(', ');
}

/** Inserts rows in as few statements as the engine's parameter limit allows. */
export async function insertRows(
  manager: EntityManager,
  table: string,
  columns: readonly string[],
  rows: unknown[][],
  conflictClause = '',
): Promise<void> {
  const dialect = dialectOf(manager);
  if (dialect.kind === 'sqlite' && rows.length > 0 && rows.every(exactInJson)) {
    await insertRowsAsJson(manager, table, columns, rows, conflictClause);
    return;
  }
  const rowsPerStatement = Math.max(1, Math.floor(dialect.maxParams / columns.length));
  const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const chunk = rows.slice(start, start + rowsPerStatement);
    const params: unknown[] = [];
    for (const row of chunk) {
      for (const value of row) {
        params.push(typeof value === 'boolean' ? dialect.bool(value) : value);
      }
    }
    await manager.query(head + valuesClause(dialect, chunk.length, columns.length) + (conflictClause ? ' ' + conflictClause : ''), params);
  }
}

const JSON_ROWS_PER_STATEMENT = 5000;

/** Text, integers, booleans and nulls survive SQLite's JSON parsing exactly; fractional numbers may not (it rounds). */
function exactInJson(row: readonly unknown[]): boolean {
  return row.every((value) => value === null || value === undefined || typeof value === 'string' || typeof value === 'boolean' || Number.isSafeInteger(value));
}

/**
 * The same rows as one JSON text per statement, spread into columns by SQLite: node-sqlite3 binds parameters one by
 * one on the main thread, which for a batch of messages costs more than SQLite's parsing of the same values.
 */
async function insertRowsAsJson(manager: EntityManager, table: string, columns: readonly string[], rows: readonly unknown[][], conflictClause: string): Promise<void> {
  const spread = columns.map((_, index) => `value ->> ${index}`).join(', ');
  // WHERE true: without it SQLite cannot tell an upsert's ON from a join's.
  const sql = `INSERT INTO ${table} (${columns.join(', ')}) SELECT ${spread} FROM json_each(?) WHERE true${conflictClause ? ' ' + conflictClause : ''}`;
  for (let start = 0; start < rows.length; start += JSON_ROWS_PER_STATEMENT) {
    await manager.query(sql, [JSON.stringify(rows.slice(start, start + JSON_ROWS_PER_STATEMENT))]);
  }
}

type ChunkStatement = (placeholders: string, chunk: unknown[]) => { sql: string; params: unknown[] };

/** Runs a SELECT over `keys` in chunks that fit the parameter limit and concatenates the rows. */
export async function selectInChunks<T>(manager: EntityManager, keys: readonly unknown[], select: ChunkStatement, chunkSize = 500): Promise<T[]> {
  const results: T[] = [];
  await forEachChunk(manager, keys, chunkSize, select, (rows) => results.push(...(rows as T[])));
  return results;
}

/** Runs a statement without result rows (DELETE, UPDATE) over `keys` in chunks. */
export async function executeInChunks(manager: EntityManager, keys: readonly unknown[], statement: ChunkStatement, chunkSize = 500): Promise<void> {
  await forEachChunk(manager, keys, chunkSize, statement, () => undefined);
}

async function forEachChunk(
  manager: EntityManager,
  keys: readonly unknown[],
  chunkSize: number,
  statement: ChunkStatement,
  onResult: (result: unknown) => void,
): Promise<void> {
  const dialect = dialectOf(manager);
  for (let start = 0; start < keys.length; start += chunkSize) {
    const chunk = keys.slice(start, start + chunkSize);
    const { sql, params } = statement(listClause(dialect, chunk.length), chunk);
    onResult(await manager.query(sql, params));
  }
}
