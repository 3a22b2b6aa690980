import { expect, test } from '@playwright/test';
import { seriousAccessibilityViolations } from './axe';
import { saveScreenshot } from './screenshots';
import { signIn } from './sign-in';

test('a partner\'s scorecard shows its own figures, trends and changes, and no "Rank 1 of 1"', async ({ page }) => {
  await signIn(page, { partnerOf: 'manila-desk' }, '/scorecard');
  await expect(page.getByRole('heading', { level: 2, name: /^Your figures, / })).toBeVisible();
  const table = page.getByTestId('ranking-table');
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await expect(table.locator('tbody tr')).toHaveAttribute('data-vendor', 'manila-desk');
  await expect(table.locator('thead th', { hasText: 'Rank' })).toHaveCount(0);
  await expect(page.getByTestId('rank')).toHaveCount(0);
  await expect(page.getByText(/\b1 of 1\b/)).toHaveCount(0);
  // Its own figures, their change from the month before, and the trends.
  await expect(table.locator('td[data-metric="overall"]')).toContainText('n = ');
  await expect(table.locator('thead th', { hasText: /^Overall vs / })).toHaveCount(1);
  await expect(page.getByTestId('tile-overall')).toBeVisible();
  await expect(page.getByTestId('trend-courtesy')).toBeVisible();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await page.evaluate(() => window.scrollTo(0, 0));
  await saveScreenshot(page, 'scorecard-partner');
});
