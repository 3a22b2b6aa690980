import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PageHeader } from '@rapport/dashboard-ui';

@Component({
  selector: 'rp-not-found-page',
  imports: [PageHeader, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <rp-page-header heading="Page not found" />
    <section class="rp-card" data-testid="not-found">
      <p>There is no page at this address. <a routerLink="/vendors">Go to the vendors page</a>.</p>
    </section>
  `,
})
export class NotFoundPage {}
