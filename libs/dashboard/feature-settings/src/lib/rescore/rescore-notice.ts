import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { RescoreProgress } from '@rapport/dashboard-data-access';
import { ProgressBar, formatCount } from '@rapport/dashboard-ui';

const conversationCount = (count: number) => `${formatCount(count)} ${count === 1 ? 'conversation' : 'conversations'}`;

/** The sentence after a save: what it did to stored scores, in words. */
export function rescoreMessage(saved: string, progress: RescoreProgress, reason = 'with the new settings'): string {
  const lead = saved === '' ? '' : `${saved} `;
  switch (progress.phase) {
    case 'idle':
      return saved;
    case 'unaffected':
      return `${lead}No stored scores were affected.`;
    case 'running':
      return `${lead}Rescoring ${conversationCount(progress.conversations)} ${reason}…`;
    case 'finished':
      return `${lead}Scores are up to date.`;
    case 'failed':
      return `${lead}Rescoring ${conversationCount(progress.conversations)} goes on, but its progress could not be read: ${progress.error.message}`;
  }
}

/**
 * Confirms a save and follows the rescore it started. Only the sentence is a live region: the bar's label changes
 * every poll and would otherwise be read out each time.
 */
@Component({
  selector: 'rp-rescore-notice',
  imports: [ProgressBar],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="rp-notice">
      <p role="status" aria-live="polite" [attr.data-testid]="testId()">{{ message() }}</p>
      @if (running(); as current) {
        <rp-progress-bar
          testId="rescore-progress"
          [label]="formatCount(current.done) + ' of ' + formatCount(current.total) + ' rescored'"
          [value]="current.done"
          [max]="current.total"
        />
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
      flex: 1 1 20rem;
    }
    p {
      margin: 0;
    }
    rp-progress-bar {
      display: block;
      margin-top: var(--rp-space-2);
    }
  `,
})
export class RescoreNotice {
  /** What was saved, as a sentence: "Saved." or "Nordic Care saved.". */
  readonly saved = input.required<string>();
  readonly progress = input.required<RescoreProgress>();
  readonly testId = input<string>();
  /** Why scores are rescored, after "Rescoring N conversations". */
  readonly reason = input('with the new settings');

  protected readonly formatCount = formatCount;
  protected readonly message = computed(() => rescoreMessage(this.saved(), this.progress(), this.reason()));
  protected readonly running = computed(() => {
    const progress = this.progress();
    return progress.phase === 'running' ? progress : null;
  });
}
