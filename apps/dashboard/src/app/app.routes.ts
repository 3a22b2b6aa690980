import type { LoadChildren, Route } from '@angular/router';
import { NOT_ALLOWED_PAGE, canOpen, signedInOnly, toHomePage } from '@rapport/dashboard-data-access/session';
import type { NavItem } from '@rapport/dashboard-ui/shell';
import { NAV_ITEMS } from './navigation';

/** Pages that exist, each a lazily loaded feature library; adding a page is one line here. */
const FEATURES: Record<string, LoadChildren> = {
  vendors: () => import('@rapport/dashboard-feature-vendors').then((m) => m.VENDORS_ROUTES),
  scorecard: () => import('@rapport/dashboard-feature-scorecard').then((m) => m.SCORECARD_ROUTES),
  compare: () => import('@rapport/dashboard-feature-compare').then((m) => m.COMPARE_ROUTES),
  gaps: () => import('@rapport/dashboard-feature-gaps').then((m) => m.GAPS_ROUTES),
  conversations: () => import('@rapport/dashboard-feature-conversations').then((m) => m.CONVERSATIONS_ROUTES),
  reviews: () => import('@rapport/dashboard-feature-reviews').then((m) => m.REVIEWS_ROUTES),
  reports: () => import('@rapport/dashboard-feature-reports').then((m) => m.REPORTS_ROUTES),
  imports: () => import('@rapport/dashboard-feature-imports').then((m) => m.IMPORTS_ROUTES),
  settings: () => import('@rapport/dashboard-feature-settings').then((m) => m.SETTINGS_ROUTES),
};

function pageRoute(item: NavItem): Route {
  return { path: item.path, title: item.label, loadChildren: FEATURES[item.path] };
}

export const appRoutes: Route[] = [
  // The start address leads each role to where its work is (see homePage).
  { path: '', pathMatch: 'full', canActivate: [toHomePage], children: [] },
  {
    path: 'login',
    title: 'Sign in',
    loadChildren: () => import('@rapport/dashboard-feature-login').then((m) => m.LOGIN_ROUTES),
  },
  {
    path: 'password',
    title: 'Change password',
    loadChildren: () => import('@rapport/dashboard-feature-login').then((m) => m.PASSWORD_ROUTES),
  },
  {
    path: NOT_ALLOWED_PAGE,
    title: 'Not available to your role',
    canActivate: [signedInOnly],
    loadComponent: () => import('./pages/not-allowed-page').then((m) => m.NotAllowedPage),
  },
  // Every page needs a session and a role allowed to use it (the API enforces the same regardless).
  ...NAV_ITEMS.map((item): Route => ({ ...pageRoute(item), canActivate: [canOpen(item.path)] })),
  {
    path: '**',
    title: 'Page not found',
    loadComponent: () => import('./pages/not-found-page').then((m) => m.NotFoundPage),
  },
];
