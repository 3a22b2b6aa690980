import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import { canOpenPage, homePage } from './page-access';
import { SessionStore } from './session-store';

/** Where a user whose password was given out by an administrator must go first. */
export const CHANGE_PASSWORD_PAGE = 'password';
/** Where a signed-in user lands who opened a page their role may not use: it says so, with the page's name. */
export const NOT_ALLOWED_PAGE = 'not-allowed';

/**
 * Guards a top-level page: without a session it sends the user to sign in (coming back afterwards); a user who
 * must replace a temporary password goes to change it first; with a role that may not use the page it sends them
 * to a page saying so in words (not silently elsewhere). The API refuses such requests regardless.
 */
export function canOpen(page: string): CanActivateFn {
  return async (_route, state) => {
    const router = inject(Router);
    const user = await inject(SessionStore).restore();
    if (!user) {
      return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
    }
    if (user.passwordChangeRequired) {
      return router.createUrlTree(['/', CHANGE_PASSWORD_PAGE], { queryParams: { returnUrl: state.url } });
    }
    return canOpenPage(user.role, page) ? true : router.createUrlTree(['/', NOT_ALLOWED_PAGE], { queryParams: { page } });
  };
}

/** The change-password page is for any signed-in user; without a session, sign in first and come back. */
export const signedInOnly: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  const user = await inject(SessionStore).restore();
  return user ? true : router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
};

/** The start address sends a signed-in user to the role's home page, anyone else to sign in. */
export const toHomePage: CanActivateFn = async () => {
  const router = inject(Router);
  const user = await inject(SessionStore).restore();
  return router.createUrlTree(user ? ['/', homePage(user.role)] : ['/login']);
};

/** The sign-in page is for people without a session; others go to their home page. */
export const signedOutOnly: CanActivateFn = async () => {
  // inject() only works before the first await.
  const router = inject(Router);
  const user = await inject(SessionStore).restore();
  return user ? router.createUrlTree(['/', homePage(user.role)]) : true;
};
