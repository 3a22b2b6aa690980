import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { AssignmentDto, QueueDto, ReviewerDto } from '@rapport/contracts';
import { RemoteResource, ReviewQueuesApi } from '@rapport/dashboard-data-access';
import { ErrorState, LoadingState, PageHeader, languageName } from '@rapport/dashboard-ui';
import { describeRule, queueProgress } from '../model/queue-draft';
import { QueueSchedule } from './queue-schedule';

/** One queue's (or calibration session's) assignments: which conversation went to whom, why, and how far it is. */
@Component({
  selector: 'rp-queue-items-page',
  imports: [RouterLink, PageHeader, LoadingState, ErrorState, QueueSchedule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="back" routerLink="/reviews/queues">← Back to queues</a>
    <rp-page-header [heading]="queue()?.name ?? 'Queue'" [description]="description()" />
    @if (queue(); as q) {
      @if (q.kind === 'sampling') {
        <rp-queue-schedule [queue]="q" (changed)="changed.set($event)" />
      }
    }
    @if (items.state(); as state) {
      @if (state.status === 'failed') {
        <rp-error-state heading="This queue could not be loaded" [message]="state.error.message" (retry)="items.load()" />
      } @else if (state.status === 'loaded') {
        <section class="rp-card" aria-labelledby="items-heading" data-testid="queue-items">
          <h2 id="items-heading" class="rp-card__title">Assignments ({{ state.data.length }})</h2>
          <div class="rp-table-scroll">
            <table class="rp-table">
              <thead>
                <tr>
                  <th scope="col">Conversation</th><th scope="col">Vendor</th><th scope="col">Language</th><th scope="col">Channel</th>
                  <th scope="col">Why sampled</th><th scope="col">Reviewer</th><th scope="col">Review</th>
                </tr>
              </thead>
              <tbody>
                @for (item of state.data; track item.id) {
                  <tr>
                    <th scope="row"><a [routerLink]="['/conversations', item.conversationId]">{{ item.conversationId.slice(0, 8) }}</a></th>
                    <td>{{ item.vendor.name }}</td>
                    <td>{{ languageName(item.language) }}</td>
                    <td>{{ item.channel }}</td>
                    <td>{{ item.reason }}</td>
                    <td>{{ reviewerName(item.reviewerId) }}</td>
                    <td>{{ item.reviewStatus ?? 'not started' }}</td>
                  </tr>
                } @empty {
                  <tr><td colspan="7" class="hint">The rule found no conversations in this period.</td></tr>
                }
              </tbody>
            </table>
          </div>
        </section>
      } @else {
        <rp-loading-state label="Loading the assignments" />
      }
    }
  `,
  styleUrl: '../reviews.scss',
})
export class QueueItemsPage {
  /** The `:id` route parameter (a queue id), bound by the router. */
  readonly id = input.required<string>();

  private readonly api = inject(ReviewQueuesApi);
  protected readonly items = new RemoteResource<AssignmentDto[]>(() => this.api.assignments(this.id()));
  private readonly queues = new RemoteResource<QueueDto[]>(() => this.api.list());
  /** The queue as its last schedule change answered: newer than the list, which is not reloaded for it. */
  protected readonly changed = signal<QueueDto | null>(null);
  private readonly reviewers = new RemoteResource<ReviewerDto[]>(() => this.api.reviewers());
  protected readonly queue = computed(() => {
    const changed = this.changed();
    if (changed?.id === this.id()) {
      return changed;
    }
    const state = this.queues.state();
    return state.status === 'loaded' ? (state.data.find((queue) => queue.id === this.id()) ?? null) : null;
  });
  protected readonly description = computed(() => {
    const queue = this.queue();
    return queue ? `${describeRule(queue.rule)} · ${queue.from} – ${queue.to} · ${queueProgress(queue)}` : '';
  });
  private readonly names = computed(() => {
    const state = this.reviewers.state();
    return new Map(state.status === 'loaded' ? state.data.map((person) => [person.id, person.displayName]) : []);
  });
  protected readonly languageName = languageName;

  constructor() {
    effect(() => {
      this.id();
      untracked(() => {
        this.items.load();
        this.queues.load();
        this.reviewers.load();
      });
    });
  }

  protected reviewerName(id: string): string {
    return this.names().get(id) ?? 'former reviewer';
  }
}
