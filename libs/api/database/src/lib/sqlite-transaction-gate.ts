import { AbstractSqliteQueryRunner } from 'typeorm/driver/sqlite-abstract/AbstractSqliteQueryRunner.js';

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
