import { AbstractSqliteQueryRunner } from 'typeorm/driver/sqlite-abstract/AbstractSqliteQueryRunner.js';
import { SqliteQueryRunner } from 'typeorm/driver/sqlite/SqliteQueryRunner.js';

type TransactionStep = 'startTransaction' | 'commitTransaction' | 'rollbackTransaction';

const gates = new WeakMap<AbstractSqliteQueryRunner, Promise<unknown>>();
let installed = false;

/**
 * TypeORM's SQLite driver shares one query runner (one connection) among all callers. Its `startTransaction` reads
 * the nesting depth, then awaits `BEGIN` before counting it, so two transactions starting at the same moment (a
 * sign-in while a background rescore opens its next batch) both send `BEGIN`, and the second fails with "cannot
 * start a transaction within a transaction". Starting transactions one after another makes the later one see the
 * earlier and nest as a savepoint, which is how the driver treats overlapping transactions anyway. Commits and
 * rollbacks read the depth the same way, so they take their turn too.
 */
export function gateSqliteTransactions(): void {
  if (installed) {
    return;
  }
  installed = true;
  for (const step of ['startTransaction', 'commitTransaction', 'rollbackTransaction'] as const) {
    gate(step);
  }
  beginAsWriter();
}

/**
 * Every transaction here writes. Begun the driver's way (deferred), one that reads before it writes holds a snapshot;
 * if another process (a command-line import beside the API) commits meanwhile, the first write fails at once with
 * SQLITE_BUSY, and the busy timeout cannot help. Begun IMMEDIATE, it takes the write lock first and waits its turn.
 */
function beginAsWriter(): void {
  const query = SqliteQueryRunner.prototype.query as (this: SqliteQueryRunner, sql: string, ...rest: unknown[]) => Promise<unknown>;
  SqliteQueryRunner.prototype.query = function (this: SqliteQueryRunner, sql: string, ...rest: unknown[]) {
    return query.call(this, sql === 'BEGIN TRANSACTION' ? 'BEGIN IMMEDIATE TRANSACTION' : sql, ...rest);
  } as typeof SqliteQueryRunner.prototype.query;
}

function gate(step: TransactionStep): void {
  const original = AbstractSqliteQueryRunner.prototype[step] as (this: AbstractSqliteQueryRunner, ...args: unknown[]) => Promise<void>;
  AbstractSqliteQueryRunner.prototype[step] = function (this: AbstractSqliteQueryRunner, ...args: unknown[]): Promise<void> {
    const previous = gates.get(this) ?? Promise.resolve();
    const done = previous.then(() => original.apply(this, args));
    gates.set(this, done.catch(() => undefined));
    return done;
  };
}
