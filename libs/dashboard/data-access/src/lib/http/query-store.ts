import { type Signal, signal } from '@angular/core';
import type { Observable, Subscription } from 'rxjs';
import type { DataChanges } from './data-changes';
import type { LoadError, LoadState } from './load-state';
import { type ApiQuery, toHttpParams } from './query-params';
import { toLoadError } from './to-load-error';

/**
 * What a store holds for the filters currently asked for. `key` names those filters; while a new key loads,
 * `previous` keeps the data of the last key that loaded, so a page can show it dimmed and marked as out of date
 * instead of flashing empty, and never as if it answered the new filters.
 */
export interface QueryState<T> {
  key: string | null;
  load: LoadState<T>;
  previous: T | null;
}

/**
 * Loads one resource for one query at a time: a new query supersedes a request in flight, asking again for the
 * loaded query does nothing, and reload() repeats the last one. Each per-resource store wraps one of these.
 * Given `changes`, the last query is loaded again whenever the data behind it changes, the old answer staying on
 * as `previous` meanwhile (so a page on screen dims it rather than going blank).
 */
export class QueryStore<Q extends ApiQuery, T> {
  private readonly current = signal<QueryState<T>>({ key: null, load: { status: 'idle' }, previous: null });
  private request?: Subscription;
  private lastQuery: Q | null = null;

  readonly state: Signal<QueryState<T>> = this.current.asReadonly();

  constructor(
    private readonly fetch: (query: Q) => Observable<T>,
    changes?: DataChanges,
  ) {
    changes?.onChange(() => this.reload());
  }

  /** Loads the query unless it is already loaded or loading. */
  load(query: Q): void {
    const key = toHttpParams(query).toString();
    const state = this.current();
    if (state.key === key && (state.load.status === 'loaded' || state.load.status === 'loading')) {
      return;
    }
    this.start(query, key);
  }

  /** Loads the last query again, e.g. after an error. */
  reload(): void {
    if (this.lastQuery) {
      this.start(this.lastQuery, toHttpParams(this.lastQuery).toString());
    }
  }

  private start(query: Q, key: string): void {
    this.request?.unsubscribe();
    this.lastQuery = query;
    const state = this.current();
    const previous = state.load.status === 'loaded' ? state.load.data : state.previous;
    this.current.set({ key, load: { status: 'loading' }, previous });
    this.request = this.fetch(query).subscribe({
      next: (data) => this.current.set({ key, load: { status: 'loaded', data }, previous: null }),
      error: (error: unknown) => this.current.set({ key, load: { status: 'failed', error: toLoadError(error) }, previous: null }),
    });
  }
}

/** What a page shows for its current filters: their data, their error, or loading (with stale data to dim). */
export type QueryView<T> = { status: 'loading'; stale: T | null } | { status: 'loaded'; data: T } | { status: 'failed'; error: LoadError };

/**
 * Reads a store's state for the query the page wants now. Until the store holds that very query (an effect may
 * not have asked yet), it is "loading" and whatever was there before is only offered as stale.
 */
export function queryView<T>(state: QueryState<T>, query: ApiQuery): QueryView<T> {
  const current = state.key === toHttpParams(query).toString();
  if (current && state.load.status === 'loaded') {
    return { status: 'loaded', data: state.load.data };
  }
  if (current && state.load.status === 'failed') {
    return { status: 'failed', error: state.load.error };
  }
  return { status: 'loading', stale: state.load.status === 'loaded' ? state.load.data : state.previous };
}
