import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { PageHeader } from '@rapport/dashboard-ui';

/** The settings page: one heading, a section navigation kept in the URL, and the chosen section. */
@Component({
  selector: 'rp-settings-shell',
  imports: [RouterLink, RouterLinkActive, RouterOutlet, PageHeader],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <rp-page-header heading="Settings" description="Vendors and their hours, scoring weights and response-time targets, what reports show, users, API keys and the audit log." />
    <nav class="sections" aria-label="Settings sections">
      @for (section of sections; track section.path) {
        <a class="section" routerLinkActive="section--active" ariaCurrentWhenActive="page" [routerLink]="section.path" [attr.data-testid]="'settings-' + section.path">{{ section.label }}</a>
      }
    </nav>
    <router-outlet />
  `,
  styles: `
    .sections {
      display: flex;
      /* On a phone the sections take two lines rather than push the page sideways. */
      flex-wrap: wrap;
      gap: var(--rp-space-1);
      margin-bottom: var(--rp-space-5);
      border-bottom: 1px solid var(--rp-color-border);
    }
    .section {
      padding: var(--rp-space-2) var(--rp-space-4);
      border-bottom: 3px solid transparent;
      color: var(--rp-color-text-muted);
      font-size: var(--rp-font-size-sm);
      font-weight: var(--rp-font-weight-medium);
      text-decoration: none;
      white-space: nowrap;
    }
    .section:hover {
      color: var(--rp-color-text);
    }
    .section--active {
      border-bottom-color: var(--rp-color-accent);
      color: var(--rp-color-accent-strong);
    }
  `,
})
export class SettingsShell {
  protected readonly sections = [
    { path: 'vendors', label: 'Vendors' },
    { path: 'scoring', label: 'Scoring & SLA targets' },
    { path: 'reports', label: 'Reports' },
    { path: 'users', label: 'Users' },
    { path: 'api-keys', label: 'API keys' },
    { path: 'connectors', label: 'Zendesk' },
    { path: 'audit', label: 'Audit log' },
  ];
}
