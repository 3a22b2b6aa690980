import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { ShellLayout } from '@rapport/dashboard-ui';
import { NAV_ITEMS } from './navigation';

@Component({
  selector: 'rp-root',
  imports: [RouterOutlet, ShellLayout],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <rp-shell-layout productName="Rapport" [navItems]="navItems">
      <router-outlet />
    </rp-shell-layout>
  `,
})
export class App {
  protected readonly navItems = NAV_ITEMS;
}
