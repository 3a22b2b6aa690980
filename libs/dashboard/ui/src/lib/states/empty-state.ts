import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** Says that there is nothing to show yet and, through projected content, what would fill it. */
@Component({
  selector: 'rp-empty-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="state" data-testid="empty-state">
      <h2 class="heading">{{ heading() }}</h2>
      <div class="body"><ng-content /></div>
    </div>
  `,
  styles: `
    .state {
      padding: var(--rp-space-6);
      border: 1px dashed var(--rp-color-border-strong);
      border-radius: var(--rp-radius-md);
      text-align: center;
      color: var(--rp-color-text-muted);
    }
    .heading {
      font-size: var(--rp-font-size-md);
      color: var(--rp-color-text);
      margin-bottom: var(--rp-space-2);
    }
  `,
})
export class EmptyState {
  readonly heading = input.required<string>();
}
