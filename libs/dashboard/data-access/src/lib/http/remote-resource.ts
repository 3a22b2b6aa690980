import { type Signal, signal } from '@angular/core';
import type { Observable, Subscription } from 'rxjs';
import type { LoadState } from './load-state';
import { toLoadError } from './to-load-error';

/**
 * One resource without parameters (a list, a settings object): loaded on demand, and updated in place with the
 * API's answer after a change so the page does not reload what it already knows.
 */
export class RemoteResource<T> {
  private readonly current = signal<LoadState<T>>({ status: 'idle' });
  private request?: Subscription;

  readonly state: Signal<LoadState<T>> = this.current.asReadonly();

  constructor(private readonly fetch: () => Observable<T>) {}

  /** Loads unless already loaded or loading. */
  ensureLoaded(): void {
    const status = this.current().status;
    if (status !== 'loaded' && status !== 'loading') {
      this.load();
    }
  }

  /** Loads (again), superseding a request in flight. */
  load(): void {
    this.request?.unsubscribe();
    this.current.set({ status: 'loading' });
    this.request = this.fetch().subscribe({
      next: (data) => this.current.set({ status: 'loaded', data }),
      error: (error: unknown) => this.current.set({ status: 'failed', error: toLoadError(error) }),
    });
  }

  /**
   * Loads again while the data already shown stay on the page (no loading state): a list that refreshes itself, or
   * is refreshed by hand, never blanks out, so neither a reader nor a test sees an empty moment as "nothing left".
   */
  refresh(): void {
    if (this.current().status !== 'loaded') {
      this.load();
      return;
    }
    this.request?.unsubscribe();
    this.request = this.fetch().subscribe({
      next: (data) => this.current.set({ status: 'loaded', data }),
      error: (error: unknown) => this.current.set({ status: 'failed', error: toLoadError(error) }),
    });
  }

  /** Applies a change to loaded data; nothing happens before the data is there. */
  update(change: (data: T) => T): void {
    const state = this.current();
    if (state.status === 'loaded') {
      this.current.set({ status: 'loaded', data: change(state.data) });
    }
  }

  /** Replaces the data, e.g. with what a save answered. */
  set(data: T): void {
    this.request?.unsubscribe();
    this.current.set({ status: 'loaded', data });
  }
}

/** The list with `item` in place of the entry with the same key, or added (first, unless `order` sorts it in). */
export function upsertBy<T>(list: readonly T[], item: T, key: (entry: T) => string, order?: (a: T, b: T) => number): T[] {
  const id = key(item);
  const next = list.some((entry) => key(entry) === id) ? list.map((entry) => (key(entry) === id ? item : entry)) : [item, ...list];
  return order ? next.sort(order) : next;
}
