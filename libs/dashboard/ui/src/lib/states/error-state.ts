import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

/** A failed load: what happened in plain words, and a way to try again. */
@Component({
  selector: 'rp-error-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="state" role="alert" data-testid="error-state">
      <h2 class="heading">{{ heading() }}</h2>
      <p>{{ message() }}</p>
      <button type="button" class="rp-button" (click)="retry.emit()">Try again</button>
    </div>
  `,
  styles: `
    .state {
      display: grid;
      justify-items: start;
      gap: var(--rp-space-3);
      padding: var(--rp-space-5);
      border: 1px solid var(--rp-color-danger);
      border-radius: var(--rp-radius-md);
      background: var(--rp-color-danger-soft);
    }
    .heading {
      font-size: var(--rp-font-size-md);
      color: var(--rp-color-danger);
    }
  `,
})
export class ErrorState {
  readonly heading = input('Something went wrong');
  readonly message = input.required<string>();
  readonly retry = output<void>();
}
