import type { UserRole } from '@rapport/contracts';

const CLIENT_ROLES: readonly UserRole[] = ['admin', 'qa-reviewer', 'qa-lead', 'vendor-manager', 'executive'];
const EVERYONE: readonly UserRole[] = [...CLIENT_ROLES, 'partner'];

/**
 * Which roles see which page. The API refuses what a role may not do regardless; this only keeps the dashboard
 * from offering it. A page missing here is shown to nobody, as the API refuses a route without a policy.
 * Partner users see their own vendor's scorecard, vendor page and conversations (the API filters the data).
 */
export const PAGE_ROLES: Readonly<Record<string, readonly UserRole[]>> = {
  scorecard: EVERYONE,
  compare: CLIENT_ROLES,
  vendors: EVERYONE,
  gaps: CLIENT_ROLES,
  conversations: ['admin', 'qa-reviewer', 'qa-lead', 'vendor-manager', 'partner'],
  // Every role but executives: reviewers work their queue, partners see and dispute their vendor's reviews.
  reviews: ['admin', 'qa-reviewer', 'qa-lead', 'vendor-manager', 'partner'],
  imports: ['admin', 'qa-reviewer', 'qa-lead', 'vendor-manager'],
  // Partners their own vendor's kept reports, executives the monthly ones (the API decides which are listed).
  reports: EVERYONE,
  settings: ['admin'],
};

export function canOpenPage(role: UserRole | null, page: string): boolean {
  return role !== null && (PAGE_ROLES[page]?.includes(role) ?? false);
}

/** The navigation entries a role may use, in their order. */
export function visiblePages<T extends { path: string }>(items: readonly T[], role: UserRole | null): T[] {
  return items.filter((item) => canOpenPage(role, item.path));
}

/**
 * Where a role lands after signing in: where its work is. Executives read the scorecard, QA reviewers and leads work
 * their review queue, everyone else starts from the vendors.
 */
const HOME_PAGES: Readonly<Record<UserRole, string>> = {
  admin: 'vendors',
  'qa-reviewer': 'reviews',
  'qa-lead': 'reviews',
  'vendor-manager': 'vendors',
  executive: 'scorecard',
  partner: 'vendors',
};

export function homePage(role: UserRole): string {
  const home = HOME_PAGES[role];
  return canOpenPage(role, home) ? home : 'vendors';
}

/**
 * Only same-site paths are followed after sign-in, so a crafted link cannot send a user elsewhere
 * (`//host` and `/\host` are other sites to a browser).
 */
export function safeReturnUrl(url: string | null | undefined): string | null {
  if (!url || !url.startsWith('/') || url.startsWith('//') || url.startsWith('/\\') || url.startsWith('/login')) {
    return null;
  }
  return url;
}
