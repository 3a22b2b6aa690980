import { TableColumnOptions } from 'typeorm';

/**
 * Column builders for migrations that must run unchanged on SQLite and PostgreSQL.
 * Timestamps are ISO-8601 UTC strings: sortable, portable, and `substr(col, 1, 7)` gives the month on both engines.
 */
export const col = {
  id: (name = 'id'): TableColumnOptions => ({ name, type: 'varchar', length: '36', isPrimary: true }),
  serial: (name = 'id'): TableColumnOptions => ({ name, type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' }),
  ref: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: '36', isNullable: nullable }),
  text: (name: string, nullable = false, length?: number): TableColumnOptions =>
    length ? { name, type: 'varchar', length: String(length), isNullable: nullable } : { name, type: 'text', isNullable: nullable },
  timestamp: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: '30', isNullable: nullable }),
  int: (name: string, nullable = false, defaultValue?: number): TableColumnOptions => ({ name, type: 'integer', isNullable: nullable, default: defaultValue }),
  real: (name: string, nullable = true): TableColumnOptions => ({ name, type: 'double precision', isNullable: nullable }),
  bool: (name: string, nullable = false, defaultValue?: boolean): TableColumnOptions => ({
    name,
    type: 'boolean',
    isNullable: nullable,
    default: defaultValue === undefined ? undefined : defaultValue ? 'true' : 'false',
  }),
};

/** The columns a row keeps of its queue job's runs (attempt k of n, the last failure, the next retry), for every table whose rows are queue jobs. */
export const JOB_ATTEMPT_COLUMNS: readonly TableColumnOptions[] = [
  col.int('attempt', false, 0),
  col.int('max_attempts', false, 0),
  col.text('last_failure', true),
  col.timestamp('next_retry_at', true),
];
