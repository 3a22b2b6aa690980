import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** Title row of a page; filters and actions are projected to the right. */
@Component({
  selector: 'rp-page-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="rp-bar">
      <div>
        <h1>{{ heading() }}</h1>
        @if (description(); as text) {
          <p class="description">{{ text }}</p>
        }
      </div>
      <div class="actions"><ng-content /></div>
    </header>
  `,
  styles: `
    .description {
      margin-top: var(--rp-space-1);
      color: var(--rp-color-text-muted);
    }
    .actions {
      display: flex;
      align-items: center;
      gap: var(--rp-space-3);
    }
  `,
})
export class PageHeader {
  readonly heading = input.required<string>();
  readonly description = input<string>();
}
