import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router, RouterLink, RouterOutlet } from '@angular/router';
import { SessionStore, visiblePages } from '@rapport/dashboard-data-access/session';
import { ShellLayout } from '@rapport/dashboard-ui/shell';
import { NAV_ITEMS } from './navigation';

/** The shell with the pages the signed-in role may use; without a session the navigation is empty. */
@Component({
  selector: 'rp-root',
  imports: [RouterOutlet, RouterLink, ShellLayout],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // One outlet that never moves, so a page is never created twice; the sign-in page covers the frame on its own.
  template: `
    <rp-shell-layout productName="Rapport" [navItems]="navItems()">
      @if (session.user(); as user) {
        <div rpShellHeaderEnd class="account">
          <span data-testid="signed-in-as">{{ user.displayName }}</span>
          <a class="change-password" routerLink="/password" data-testid="change-password">Change password</a>
          <button type="button" class="sign-out" data-testid="sign-out" (click)="signOut()">Sign out</button>
        </div>
      }
      <router-outlet />
    </rp-shell-layout>
  `,
  styles: `
    .account {
      display: flex;
      align-items: center;
      gap: var(--rp-space-3);
      font-size: var(--rp-font-size-sm);
    }
    .sign-out {
      padding: var(--rp-space-1) var(--rp-space-3);
      border: 1px solid rgb(255 255 255 / 40%);
      border-radius: var(--rp-radius-sm);
      background: transparent;
      color: inherit;
      cursor: pointer;
    }
    .change-password {
      color: inherit;
    }
    .sign-out:hover {
      background: rgb(255 255 255 / 12%);
    }
    /* Phones keep the account actions in the header; the name gives way. */
    @media (max-width: 767px) {
      [data-testid='signed-in-as'] {
        display: none;
      }
    }
  `,
})
export class App {
  protected readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  protected readonly navItems = computed(() => visiblePages(NAV_ITEMS, this.session.role()));

  protected async signOut(): Promise<void> {
    await this.session.signOut();
    await this.router.navigate(['/login']);
  }
}
