import { expect, type Page, test } from '@playwright/test';
import { seriousAccessibilityViolations } from './axe';
import { saveScreenshot } from './screenshots';
import { demoEmail, E2E_DEMO_PASSWORD } from './sign-in';

test.use({ viewport: { width: 390, height: 844 } });

/** Nothing on the page pans sideways: the document is no wider than the screen. */
async function expectNoSidewaysPanning(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({ scroll: document.scrollingElement?.scrollWidth ?? 0, inner: window.innerWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
}

test('on a 390 × 844 phone, sign-in, scorecard, vendor page and conversation fit the screen, with the navigation behind a menu button and Sign out in reach', async ({
  page,
}) => {
  await page.goto('/scorecard');
  const form = page.getByTestId('login-form');
  await expect(form).toBeVisible();
  // The form uses the phone's width, not a shrunken desktop page.
  expect((await form.boundingBox())?.width ?? 0).toBeGreaterThan(300);
  await expectNoSidewaysPanning(page);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await saveScreenshot(page, 'phone-sign-in');
  await page.getByTestId('login-email').fill(demoEmail('vendor-manager'));
  await page.getByTestId('login-password').fill(E2E_DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();

  // Scorecard: the navigation is collapsed behind the menu button, Sign out is on screen.
  await expect(page.getByTestId('ranking-table').locator('tbody tr')).toHaveCount(5);
  const signOut = page.getByTestId('sign-out');
  await expect(signOut).toBeInViewport();
  const toggle = page.getByTestId('nav-toggle');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByTestId('main-nav')).toBeHidden();
  await expectNoSidewaysPanning(page);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await saveScreenshot(page, 'phone-scorecard');

  // The menu opens over the page, and choosing a page closes it again.
  await toggle.click();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Vendors' })).toBeInViewport();
  await saveScreenshot(page, 'phone-menu');
  await nav.getByRole('link', { name: 'Vendors' }).click();
  await expect(page).toHaveURL(/\/vendors$/);
  await expect(page.getByTestId('main-nav')).toBeHidden();

  // Vendor page.
  await page.goto('/vendors/manila-desk');
  await expect(page.getByTestId('month-filter')).toBeVisible();
  await expect(page.getByTestId('loading-state')).toHaveCount(0);
  await expectNoSidewaysPanning(page);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await saveScreenshot(page, 'phone-vendor-detail');

  // A conversation.
  await page.goto('/conversations');
  await page.getByTestId('conversation-table').locator('tbody tr a').first().click();
  await expect(page).toHaveURL(/\/conversations\/[0-9a-f-]+$/);
  await expect(page.getByRole('heading', { name: 'Transcript' })).toBeVisible();
  await expectNoSidewaysPanning(page);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await saveScreenshot(page, 'phone-conversation');
  await expect(signOut).toBeInViewport();
});
