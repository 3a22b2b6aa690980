import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, output } from '@angular/core';
import type { QueueDto, RefillSchedule } from '@rapport/contracts';
import { Mutation, ReviewQueuesApi } from '@rapport/dashboard-data-access';
import { describeSchedule } from '../model/queue-draft';

/** A sampling queue's refill schedule, changed after its creation (the API audits it; the next refill counts from the change). */
@Component({
  selector: 'rp-queue-schedule',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="rp-card" aria-labelledby="schedule-heading" data-testid="queue-schedule">
      <h2 id="schedule-heading" class="rp-card__title">Refill schedule</h2>
      <p data-testid="queue-schedule-now">{{ now() }}</p>
      <form class="schedule-form" (submit)="$event.preventDefault(); save()">
        <label class="rp-field">
          <span>Refill</span>
          <select class="rp-select" data-testid="queue-schedule-select" (change)="choice.set(toSchedule($any($event.target).value))">
            <option value="" [selected]="choice() === null">On request only</option>
            <option value="daily" [selected]="choice() === 'daily'">Every day</option>
            <option value="weekly" [selected]="choice() === 'weekly'">Every week</option>
          </select>
        </label>
        <button type="submit" class="rp-button rp-button--primary" data-testid="save-schedule" [disabled]="choice() === (queue().refill ?? null)">Save schedule</button>
      </form>
      @if (change.state(); as s) {
        @if (s.status === 'failed') {<p class="rp-field-error" role="alert">{{ s.error.message }}</p>}
        @if (s.status === 'done') {<p class="rp-notice" role="status" data-testid="queue-schedule-saved">Schedule saved: {{ describe(s.result) }}.</p>}
      }
    </section>
  `,
  styleUrl: '../reviews.scss',
})
export class QueueSchedule {
  readonly queue = input.required<QueueDto>();
  /** The queue as the API answered after the change. */
  readonly changed = output<QueueDto>();

  private readonly api = inject(ReviewQueuesApi);
  protected readonly choice = linkedSignal<RefillSchedule | null>(() => this.queue().refill ?? null);
  protected readonly now = computed(() => describeSchedule(this.queue()));
  protected readonly change = new Mutation<RefillSchedule | null, QueueDto>((refill) => this.api.setSchedule(this.queue().id, refill));
  protected readonly describe = (queue: QueueDto) => {
    const words = describeSchedule(queue);
    return `${words.charAt(0).toLowerCase()}${words.slice(1)}`;
  };

  protected toSchedule(value: string): RefillSchedule | null {
    return value === 'daily' || value === 'weekly' ? value : null;
  }

  protected save(): void {
    this.change.run(this.choice(), (queue) => this.changed.emit(queue));
  }
}
