import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { ErrorState } from './error-state';
import { LoadingState } from './loading-state';

let nextId = 0;

/**
 * A titled card whose content waits on a load: under the heading, the error with a way to retry, or the loading
 * state, or else the projected content (which renders itself once its data is there).
 */
@Component({
  selector: 'rp-async-card',
  imports: [ErrorState, LoadingState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="rp-card" [attr.aria-labelledby]="headingId">
      <h2 [id]="headingId" class="rp-card__title">{{ heading() }}</h2>
      @if (error(); as failed) {
        <rp-error-state [heading]="errorHeading()" [message]="failed.message" (retry)="retry.emit()" />
      } @else if (!loaded()) {
        <rp-loading-state [label]="loadingLabel()" />
      }
      <ng-content />
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
  `,
})
export class AsyncCard {
  readonly heading = input.required<string>();
  /** The failed load, if it failed. */
  readonly error = input.required<{ message: string } | null>();
  readonly loaded = input.required<boolean>();
  readonly errorHeading = input.required<string>();
  readonly loadingLabel = input.required<string>();
  readonly retry = output<void>();

  protected readonly headingId = `async-card-heading-${nextId++}`;
}
