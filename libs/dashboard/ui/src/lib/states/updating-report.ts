import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * A page's figures, kept on screen while figures for new filters load: dimmed, marked busy and inert, with a
 * notice saying what they still show, so the old numbers are never read as the current ones.
 */
@Component({
  selector: 'rp-updating-report',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (updating()) {
      <p class="updating" role="status" data-testid="updating">{{ notice() }}</p>
    }
    <div
      class="rp-stack report"
      [attr.data-testid]="testId()"
      [class.report--stale]="updating()"
      [attr.aria-busy]="updating()"
      [attr.inert]="updating() ? '' : null"
    >
      <ng-content />
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .updating {
      margin-bottom: var(--rp-space-3);
      padding: var(--rp-space-2) var(--rp-space-3);
      border-radius: var(--rp-radius-sm);
      background: var(--rp-color-accent-soft);
      font-size: var(--rp-font-size-sm);
    }
    .report {
      transition: opacity 0.15s;
    }
    .report--stale {
      opacity: 0.45;
    }
    @media print {
      .report--stale {
        opacity: 1;
      }
    }
  `,
})
export class UpdatingReport {
  /** True while the figures shown answer the previous filters. */
  readonly updating = input.required<boolean>();
  /** What the dimmed figures are for, e.g. "Updating for the new filters… the figures below are for May 2025." */
  readonly notice = input.required<string>();
  readonly testId = input<string>();
}
