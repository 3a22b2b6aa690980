import { type Signal, signal } from '@angular/core';
import type { Observable, Subscription } from 'rxjs';
import type { LoadError } from './load-state';
import { toLoadError } from './to-load-error';

/** Where a change sent to the API stands; `done` carries the API's answer (a created key, a new password…). */
export type MutationState<T> = { status: 'idle' } | { status: 'pending' } | { status: 'done'; result: T } | { status: 'failed'; error: LoadError };

/**
 * Runs one kind of change at a time (save, create, revoke…) and exposes its state as a signal. Running again
 * while one is pending is refused rather than queued, so a double click cannot send the same change twice.
 */
export class Mutation<A, T> {
  private readonly current = signal<MutationState<T>>({ status: 'idle' });
  private request?: Subscription;

  readonly state: Signal<MutationState<T>> = this.current.asReadonly();

  constructor(private readonly send: (argument: A) => Observable<T>) {}

  /** Sends the change unless one is pending; `onDone` runs with the answer (e.g. to refresh a list). */
  run(argument: A, onDone?: (result: T) => void): boolean {
    if (this.current().status === 'pending') {
      return false;
    }
    this.current.set({ status: 'pending' });
    this.request = this.send(argument).subscribe({
      next: (result) => {
        this.current.set({ status: 'done', result });
        onDone?.(result);
      },
      error: (error: unknown) => this.current.set({ status: 'failed', error: toLoadError(error) }),
    });
    return true;
  }

  /** Forgets the last outcome, e.g. when its form is closed or a shown-once secret is dismissed. */
  reset(): void {
    this.request?.unsubscribe();
    this.current.set({ status: 'idle' });
  }
}
