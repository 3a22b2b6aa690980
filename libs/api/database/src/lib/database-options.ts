import * as sqlite3 from 'sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSourceOptions, MixedList } from 'typeorm';
import type { DatabaseConfig } from '@rapport/api-core';
import { gateSqliteTransactions } from './sqlite-transaction-gate';

export interface SchemaParts {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
}

/**
 * The sqlite3 module as TypeORM's driver. TypeORM calls `verbose()` on it, which wraps every database call to record
 * a long stack trace, formatting the SQL text and each parameter list with util.inspect on every call: about a fifth
 * of the CPU of a bulk import. This driver returns itself instead. (`default` is the module itself when the code is
 * bundled as an ES module, where `import * as` yields a namespace object.)
 */
const sqliteModule = (sqlite3 as unknown as { default?: typeof sqlite3 }).default ?? sqlite3;

/**
 * Every connection commits with `synchronous = NORMAL`: in WAL mode a commit is then durable against a crash or
 * `kill -9` of the process (the log is in the operating system's cache), and only a power cut or an operating-system
 * crash may lose the last commits, never corrupt the file. The default (FULL) waits for the disk on every commit.
 */
class SqliteDatabase extends sqliteModule.Database {
  constructor(...args: ConstructorParameters<typeof sqlite3.Database>) {
    super(...args);
    // Queued until the file is open, before anything else runs on this connection.
    this.run('PRAGMA synchronous = NORMAL');
  }
}

const quietSqlite3: typeof sqlite3 = Object.assign(Object.create(sqliteModule) as typeof sqlite3, { verbose: () => quietSqlite3, Database: SqliteDatabase });

/** SQLite waits this long for a competing writer instead of failing with SQLITE_BUSY. */
const SQLITE_BUSY_TIMEOUT_MS = 10_000;

/**
 * One place that turns the validated database config into TypeORM options, used by the API, the CLI,
 * the benchmarks and the tests alike. Migrations always run; `synchronize` is never used.
 */
export function databaseOptions(database: DatabaseConfig, schema: SchemaParts): DataSourceOptions {
  const common = { entities: schema.entities, migrations: schema.migrations, migrationsRun: true, synchronize: false, logging: false } as const;
  if (database.kind === 'postgres') {
    const searchPath = database.schema ? { options: `-c search_path=${database.schema}` } : {};
    return { type: 'postgres', url: database.url, schema: database.schema, ...common, extra: { max: 10, ...searchPath } };
  }
  gateSqliteTransactions();
  if (database.file !== ':memory:') {
    mkdirSync(dirname(database.file), { recursive: true });
  }
  return {
    type: 'sqlite',
    // Bundlers miss TypeORM's dynamic require of the driver, so it is passed explicitly.
    driver: quietSqlite3,
    database: database.file,
    enableWAL: database.file !== ':memory:',
    busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
    ...common,
  };
}
