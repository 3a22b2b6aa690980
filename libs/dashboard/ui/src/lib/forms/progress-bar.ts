import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/** A labelled progress bar; without a maximum it shows an indeterminate bar (work started, size unknown). */
@Component({
  selector: 'rp-progress-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="progress">
      <div class="top">
        <span [id]="labelId">{{ label() }}</span>
        @if (percent() !== null) {
          <span class="percent">{{ percent() }}%</span>
        }
      </div>
      @if (max() > 0) {
        <progress [attr.aria-labelledby]="labelId" [value]="clamped()" [max]="max()" [attr.data-testid]="testId()"></progress>
      } @else {
        <progress [attr.aria-labelledby]="labelId" [attr.data-testid]="testId()"></progress>
      }
    </div>
  `,
  styles: `
    .top {
      display: flex;
      justify-content: space-between;
      margin-bottom: var(--rp-space-1);
      font-size: var(--rp-font-size-sm);
    }
    .percent {
      font-variant-numeric: tabular-nums;
    }
    progress {
      width: 100%;
      height: 0.75rem;
      accent-color: var(--rp-color-accent);
    }
  `,
})
export class ProgressBar {
  private static nextId = 0;
  readonly value = input.required<number>();
  readonly max = input.required<number>();
  readonly label = input.required<string>();
  readonly testId = input<string>();

  protected readonly labelId = `rp-progress-${ProgressBar.nextId++}`;
  protected readonly clamped = computed(() => Math.min(Math.max(this.value(), 0), this.max()));
  protected readonly percent = computed(() => (this.max() > 0 ? Math.floor((this.clamped() / this.max()) * 100) : null));
}
