import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { SessionStore, homePage } from '@rapport/dashboard-data-access';
import { PageHeader } from '@rapport/dashboard-ui';
import { NAV_ITEMS } from '../navigation';

/** Role names as people say them. */
const ROLE_NAMES: Record<string, string> = {
  admin: 'administrators',
  'qa-reviewer': 'QA reviewers',
  'qa-lead': 'QA leads',
  'vendor-manager': 'vendor managers',
  executive: 'executives',
  partner: 'partner users',
};

/** A page the signed-in role may not open says so in words, and offers the way to the role's own home page. */
@Component({
  selector: 'rp-not-allowed-page',
  imports: [PageHeader, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <rp-page-header heading="Not available to your role" />
    <section class="rp-card" data-testid="not-allowed">
      <p>
        The {{ pageName() }} page is not open to {{ roleName() }}, so it is not shown in your navigation.
        <a [routerLink]="['/', home()]">Go to {{ homeName() }}</a>.
      </p>
    </section>
  `,
})
export class NotAllowedPage {
  /** The `?page=` the guard names: the page that was refused. */
  readonly page = input<string>();
  private readonly session = inject(SessionStore);

  private readonly label = (path: string | undefined): string => NAV_ITEMS.find((item) => item.path === path)?.label ?? 'requested';
  protected readonly pageName = computed(() => this.label(this.page()));
  protected readonly roleName = computed(() => ROLE_NAMES[this.session.role() ?? ''] ?? 'your role');
  protected readonly home = computed(() => {
    const role = this.session.role();
    return role ? homePage(role) : 'vendors';
  });
  protected readonly homeName = computed(() => `the ${this.label(this.home()).toLowerCase()} page`);
}
