import type { UserRole } from '@rapport/contracts';
import { canOpenPage, homePage, safeReturnUrl, visiblePages } from './page-access';

const NAV = ['scorecard', 'compare', 'vendors', 'gaps', 'conversations', 'reviews', 'imports', 'settings'].map((path) => ({ path }));

describe('page access', () => {
  it.each<[UserRole, string[]]>([
    ['admin', ['scorecard', 'compare', 'vendors', 'gaps', 'conversations', 'reviews', 'imports', 'settings']],
    ['qa-reviewer', ['scorecard', 'compare', 'vendors', 'gaps', 'conversations', 'reviews', 'imports']],
    ['qa-lead', ['scorecard', 'compare', 'vendors', 'gaps', 'conversations', 'reviews', 'imports']],
    ['vendor-manager', ['scorecard', 'compare', 'vendors', 'gaps', 'conversations', 'reviews', 'imports']],
    ['executive', ['scorecard', 'compare', 'vendors', 'gaps']],
    ['partner', ['scorecard', 'vendors', 'conversations', 'reviews']],
  ])('shows %s only the pages it may use', (role, pages) => {
    expect(visiblePages(NAV, role).map((item) => item.path)).toEqual(pages);
  });

  it('shows nothing without a session, and no page that has no rule', () => {
    expect(visiblePages(NAV, null)).toEqual([]);
    expect(canOpenPage('admin', 'new-page-without-a-rule')).toBe(false);
  });

  it.each<[UserRole, string]>([
    ['executive', 'scorecard'],
    ['qa-reviewer', 'reviews'],
    ['qa-lead', 'reviews'],
    ['admin', 'vendors'],
    ['vendor-manager', 'vendors'],
    ['partner', 'vendors'],
  ])('lands %s where its work is: %s', (role, page) => {
    expect(homePage(role)).toBe(page);
  });

  it('lands every role on a page it may open', () => {
    for (const role of ['admin', 'qa-reviewer', 'qa-lead', 'vendor-manager', 'executive', 'partner'] as const) {
      expect(canOpenPage(role, homePage(role))).toBe(true);
    }
  });
});

describe('safeReturnUrl', () => {
  it.each([
    ['/vendors?months=6', '/vendors?months=6'],
    ['/scorecard', '/scorecard'],
    ['https://evil.example/', null],
    ['//evil.example/path', null],
    ['/\\evil.example', null],
    ['/login?returnUrl=/x', null],
    ['', null],
    [undefined, null],
  ])('%j → %j', (url, expected) => {
    expect(safeReturnUrl(url)).toBe(expected);
  });
});
