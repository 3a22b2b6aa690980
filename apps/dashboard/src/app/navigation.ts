import type { NavItem } from '@rapport/dashboard-ui/shell';

/** The dashboard's pages in navigation order; the routes and the navigation both read this list. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: 'scorecard', label: 'Scorecard', icon: 'scorecard' },
  { path: 'compare', label: 'Compare', icon: 'compare' },
  { path: 'vendors', label: 'Vendors', icon: 'vendors' },
  { path: 'gaps', label: 'Gaps', icon: 'gaps' },
  { path: 'conversations', label: 'Conversations', icon: 'conversations' },
  { path: 'reviews', label: 'Reviews', icon: 'reviews' },
  { path: 'reports', label: 'Reports', icon: 'reports' },
  { path: 'imports', label: 'Imports', icon: 'imports' },
  { path: 'settings', label: 'Settings', icon: 'settings' },
];
