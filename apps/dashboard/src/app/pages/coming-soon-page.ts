import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { PageHeader } from '@rapport/dashboard-ui';

/** Stand-in for a page not built yet; its route data gives the heading and what the page will offer. */
@Component({
  selector: 'rp-coming-soon-page',
  imports: [PageHeader],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <rp-page-header [heading]="heading()" />
    <section class="rp-card" data-testid="coming-soon">
      <h2 class="rp-card__title">Coming soon</h2>
      <p>This page is not available yet.</p>
      @if (summary()) {
        <p class="summary">{{ summary() }}</p>
      }
    </section>
  `,
  styles: `
    .summary {
      margin-top: var(--rp-space-2);
      color: var(--rp-color-text-muted);
    }
  `,
})
export class ComingSoonPage {
  readonly heading = input.required<string>();
  readonly summary = input('');
}
