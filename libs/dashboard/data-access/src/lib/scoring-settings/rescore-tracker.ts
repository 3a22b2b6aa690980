import { Injectable, InjectionToken, type OnDestroy, inject, signal } from '@angular/core';
import type { RescoreStartedDto } from '@rapport/contracts';
import { type Subscription, exhaustMap, takeWhile, timer } from 'rxjs';
import { DataChanges } from '../http/data-changes';
import type { LoadError } from '../http/load-state';
import { toLoadError } from '../http/to-load-error';
import { ScoringSettingsApi } from './scoring-settings-api';

/** How often a running rescore is asked for its progress. */
export const RESCORE_POLL_INTERVAL_MS = new InjectionToken<number>('RESCORE_POLL_INTERVAL_MS', {
  providedIn: 'root',
  factory: () => 2000,
});

/**
 * What a saved change did to stored scores: nothing followed yet, none affected, being rescored (`conversations`
 * were due when it started; `done` of `total` is the server's count for the whole pass), finished, or progress
 * that could not be read.
 */
export type RescoreProgress =
  | { phase: 'idle' }
  | { phase: 'unaffected' }
  | { phase: 'running'; conversations: number; done: number; total: number }
  | { phase: 'finished'; conversations: number }
  | { phase: 'failed'; conversations: number; error: LoadError };

/**
 * Follows the background rescore a saved change started, until the server says it no longer runs. Provided by the
 * page that saves, so polling stops when the page is left.
 */
@Injectable()
export class RescoreTracker implements OnDestroy {
  private readonly api = inject(ScoringSettingsApi);
  private readonly interval = inject(RESCORE_POLL_INTERVAL_MS);
  private readonly changes = inject(DataChanges);
  private readonly current = signal<RescoreProgress>({ phase: 'idle' });
  private work?: Subscription;

  readonly progress = this.current.asReadonly();

  follow(rescore: RescoreStartedDto): void {
    this.work?.unsubscribe();
    if (!rescore.started) {
      this.current.set({ phase: 'unaffected' });
      return;
    }
    const conversations = rescore.conversations;
    this.current.set({ phase: 'running', conversations, done: 0, total: conversations });
    this.work = timer(this.interval, this.interval)
      .pipe(
        // A slow answer is waited for rather than cancelled and asked again.
        exhaustMap(() => this.api.rescoreProgress()),
        takeWhile((progress) => progress.running, true),
      )
      .subscribe({
        next: ({ running, done, total }) => {
          if (running) {
            this.current.set({ phase: 'running', conversations, done, total });
            return;
          }
          this.current.set({ phase: 'finished', conversations });
          // Scores behind every figure changed; stores holding older answers load them again.
          this.changes.notify();
        },
        error: (error: unknown) => this.current.set({ phase: 'failed', conversations, error: toLoadError(error) }),
      });
  }

  /**
   * Shows a rescore already running when the page opens: the pass a start-up runs after a scorer version change (a
   * new model), or one a save started earlier. Asked once; polling follows only if one runs. A failed read shows
   * nothing here: the page itself does not depend on it, and a save reports its own rescore.
   */
  followRunning(): void {
    this.work?.unsubscribe();
    this.work = this.api.rescoreProgress().subscribe({
      next: ({ running, done, total }) => {
        if (running) {
          this.follow({ started: true, conversations: total });
          this.current.set({ phase: 'running', conversations: total, done, total });
        }
      },
      error: () => undefined,
    });
  }

  /** Stops following and forgets; the rescore itself goes on on the server. */
  reset(): void {
    this.work?.unsubscribe();
    this.current.set({ phase: 'idle' });
  }

  ngOnDestroy(): void {
    this.work?.unsubscribe();
  }
}
