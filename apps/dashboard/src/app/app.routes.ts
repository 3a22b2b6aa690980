import type { LoadChildren, Route } from '@angular/router';
import type { NavItem } from '@rapport/dashboard-ui';
import { NAV_ITEMS } from './navigation';

/** Pages that exist, each a lazily loaded feature library; adding a page is one line here. */
const FEATURES: Partial<Record<string, LoadChildren>> = {
  vendors: () => import('@rapport/dashboard-feature-vendors').then((m) => m.VENDORS_ROUTES),
};

/** What each page still to be built will offer, shown on its placeholder so the navigation stays honest. */
const PLANNED: Partial<Record<string, string>> = {
  scorecard: 'It will score each vendor per language and channel, with the evidence behind every score.',
  compare: 'It will set vendors side by side on the same metrics, adjusted for their mix of languages and channels.',
  gaps: 'It will show where service falls short: languages, hours and channels customers use but vendors cover poorly.',
  conversations: 'It will list every scored conversation, searchable, with its evidence highlighted.',
  imports: 'It will take conversation exports and report their progress and any rejected rows.',
  settings: 'It will manage vendors, languages, users and scoring options.',
};

function pageRoute(item: NavItem): Route {
  const loadChildren = FEATURES[item.path];
  if (loadChildren) {
    return { path: item.path, title: item.label, loadChildren };
  }
  return {
    path: item.path,
    title: item.label,
    loadComponent: () => import('./pages/coming-soon-page').then((m) => m.ComingSoonPage),
    data: { heading: item.label, summary: PLANNED[item.path] ?? '' },
  };
}

export const appRoutes: Route[] = [
  { path: '', pathMatch: 'full', redirectTo: 'vendors' },
  ...NAV_ITEMS.map(pageRoute),
  {
    path: '**',
    title: 'Page not found',
    loadComponent: () => import('./pages/not-found-page').then((m) => m.NotFoundPage),
  },
];
