import { expect, test } from '@playwright/test';
import { seriousAccessibilityViolations } from './axe';
import { saveScreenshot } from './screenshots';
import { signIn } from './sign-in';

test('from the scorecard, two ticked vendors open side by side with intervals and significance', async ({ page }) => {
  await signIn(page, 'vendor-manager', '/scorecard');
  const ranking = page.getByTestId('ranking-table');
  await expect(ranking.locator('tbody tr')).toHaveCount(5);

  await page.getByRole('checkbox', { name: 'Compare Lisboa Contact' }).check();
  await page.getByRole('checkbox', { name: 'Compare Manila Desk' }).check();
  const comparison = page.waitForResponse((response) => response.url().includes('/api/analytics/compare') && response.ok());
  await page.getByTestId('compare-selected').click();
  await comparison;

  await expect(page).toHaveURL(/\/compare\?vendors=lisboa-contact,manila-desk&from=\d{4}-\d{2}&to=\d{4}-\d{2}/);
  await expect(page.getByRole('heading', { level: 1, name: 'Compare vendors' })).toBeVisible();
  const sideBySide = page.getByTestId('side-by-side-table');
  await expect(sideBySide.locator('thead th')).toHaveText([/Metric/, /Lisboa Contact/, /Manila Desk/]);
  await expect(sideBySide.locator('tr[data-metric="overall"] rp-interval-bar')).toHaveCount(2);
  await expect(page.getByTestId('significance-summary')).toContainText(/\d+ of \d+ differences are significant/);
  await expect(page.getByTestId('differences-table').locator('tbody tr').first()).toContainText('Lisboa Contact − Manila Desk');

  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await saveScreenshot(page, 'compare');
});

test('the comparison is driven from the URL and the picker, keyboard included', async ({ page }) => {
  await signIn(page, 'vendor-manager', '/compare');
  await expect(page.getByTestId('empty-state')).toContainText('Pick at least two vendors');
  await saveScreenshot(page, 'compare-empty');

  const picker = page.getByTestId('vendor-picker');
  await picker.getByRole('checkbox').first().focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  const comparison = page.waitForResponse((response) => response.url().includes('/api/analytics/compare') && response.ok());
  await page.keyboard.press('Space');
  await comparison;
  await expect(page).toHaveURL(/vendors=[a-z-]+,[a-z-]+/);
  await expect(page.getByTestId('side-by-side-table')).toBeVisible();

  const rows = page.getByTestId('differences-table').locator('tbody tr');
  const allRows = await rows.allTextContents();
  const significantRows = allRows.filter((text) => text.includes('(significant)'));
  expect(significantRows.length).toBeGreaterThan(0);

  await page.getByTestId('only-significant').check();
  // The table re-renders after the tick; poll until it shows exactly the significant rows.
  await expect.poll(async () => rows.allTextContents()).toEqual(significantRows);
});
