import { ChangeDetectionStrategy, Component, computed, effect, input, output, signal, untracked } from '@angular/core';
import type { DecideDisputeRequest, DisputeDto, RubricCriterion } from '@rapport/contracts';
import { type FormValue, scaleOptions } from '../model/review-form';
import { toDecision } from '../model/review-detail';

/**
 * A lead's answer to an open dispute: accept with adjusted ratings (prefilled with the review's current ones) or
 * reject; a reply either way. Emits the decision; the page sends it.
 */
@Component({
  selector: 'rp-dispute-decision',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="decision" [attr.aria-label]="'Decide the dispute opened ' + dispute().openedAt.slice(0, 10)" data-testid="dispute-decision" (submit)="$event.preventDefault(); send()">
      <fieldset class="choices">
        <legend>Decision</legend>
        <label class="check"><input type="radio" name="decision" value="accept" data-testid="decision-accept" [checked]="decision() === 'accept'" (change)="decision.set('accept')" /> Accept and adjust the ratings</label>
        <label class="check"><input type="radio" name="decision" value="reject" data-testid="decision-reject" [checked]="decision() === 'reject'" (change)="decision.set('reject')" /> Reject: the grade stands</label>
      </fieldset>
      @if (decision() === 'accept') {
        <div class="rp-field-row">
          @for (criterion of rows(); track criterion.key) {
            <div class="rp-field">
              <label [for]="fieldId(criterion.key)">{{ criterion.label }}</label>
              @if (criterion.options.length > 0) {
                <select class="rp-select" [id]="fieldId(criterion.key)" [attr.data-testid]="'adjust-' + criterion.key" (change)="choose(criterion.key, $any($event.target).value)">
                  @for (option of criterion.options; track option.value) {
                    <option [value]="option.value" [selected]="values()[criterion.key] === option.value">{{ option.label }}</option>
                  }
                  @if (criterion.allowNa) {
                    <option value="na" [selected]="values()[criterion.key] === 'na'">N/A</option>
                  }
                </select>
              } @else {
                <input class="rp-input" type="number" min="0" max="100" [id]="fieldId(criterion.key)" [attr.data-testid]="'adjust-' + criterion.key" [value]="values()[criterion.key]" (change)="choose(criterion.key, $any($event.target).value)" />
              }
            </div>
          }
        </div>
      }
      <label class="rp-field">
        <span>Reply to the vendor</span>
        <textarea class="rp-input" rows="2" maxlength="4000" data-testid="decision-reply" [value]="reply()" (input)="reply.set($any($event.target).value)"></textarea>
      </label>
      @if (error()) {
        <p class="error" role="alert">{{ error() }}</p>
      }
      <button type="submit" class="rp-button rp-button--primary" data-testid="send-decision" [disabled]="pending() || reply().trim() === ''">
        {{ decision() === 'accept' ? 'Accept with these ratings' : 'Reject with reply' }}
      </button>
    </form>
  `,
  styleUrl: '../reviews.scss',
  styles: `
    :host {
      display: block;
    }
    .decision {
      display: grid;
      gap: 0.75rem;
    }
    .decision > button {
      justify-self: start;
    }
  `,
})
export class DisputeDecision {
  readonly dispute = input.required<DisputeDto>();
  readonly criteria = input.required<readonly RubricCriterion[]>();
  /** The review's current ratings, which the adjusted ones start from. */
  readonly current = input.required<Readonly<Record<string, FormValue>>>();
  readonly pending = input(false);
  readonly error = input('');
  readonly decided = output<DecideDisputeRequest>();

  protected readonly decision = signal<'accept' | 'reject'>('accept');
  protected readonly reply = signal('');
  protected readonly values = signal<Record<string, FormValue>>({});
  protected readonly rows = computed(() =>
    this.criteria().map((criterion) => ({ ...criterion, options: scaleOptions(criterion.scale) })),
  );

  constructor() {
    effect(() => {
      const current = this.current();
      untracked(() => this.values.set({ ...current }));
    });
  }

  protected fieldId(key: string): string {
    return `adjust-${this.dispute().id}-${key}`;
  }

  protected choose(key: string, raw: string): void {
    this.values.update((values) => ({ ...values, [key]: raw === 'na' ? 'na' : raw === '' ? '' : Number(raw) }));
  }

  protected send(): void {
    const reply = this.reply().trim();
    if (reply) {
      this.decided.emit(toDecision(this.decision(), reply, this.values()));
    }
  }
}
