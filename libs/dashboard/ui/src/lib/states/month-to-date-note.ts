import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { formatLongMonth } from '../stats/month-format';

/** Says in words that the month on show is still running: its figures are partial and will change. */
@Component({
  selector: 'rp-month-to-date-note',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="rp-notice" data-testid="month-to-date">
      <strong>{{ label(month()) }} is month to date (partial):</strong> the figures cover only the days so far and will
      change until the month ends. Complete months are in the month picker.
    </p>
  `,
  styles: `
    :host {
      display: block;
      margin-bottom: var(--rp-space-4);
    }
  `,
})
export class MonthToDateNote {
  /** The running month, YYYY-MM. */
  readonly month = input.required<string>();
  protected readonly label = formatLongMonth;
}
