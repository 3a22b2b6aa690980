import { expect, test } from '@playwright/test';
import { seriousAccessibilityViolations } from './axe';
import { saveScreenshot } from './screenshots';
import { signIn } from './sign-in';

test('a vendor row opens its detail: trend, languages, coverage heatmap, CSAT drivers and agents', async ({ page }) => {
  await signIn(page, 'vendor-manager', '/vendors');
  const agents = page.waitForResponse((response) => response.url().includes('/api/analytics/agents') && response.ok());
  await page.getByTestId('vendor-table').getByRole('link', { name: 'Lisboa Contact' }).click();
  await agents;

  await expect(page).toHaveURL(/\/vendors\/[0-9a-f-]+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Lisboa Contact' })).toBeVisible();
  await expect(page.getByTestId('vendor-trend')).toBeVisible();
  await expect(page.getByTestId('language-table').locator('tbody tr')).toHaveCount(4);
  const heatmap = page.getByTestId('coverage-heatmap');
  await expect(heatmap.locator('tbody tr')).toHaveCount(7);
  await expect(heatmap.locator('a[tabindex="0"]')).toHaveCount(1);
  await expect(page.getByTestId('agents-table').locator('tbody tr').first()).toContainText(/1 of \d+/);
  await expect(page.locator('[data-testid="rules-table"], [data-testid="no-rules"], [data-testid="drivers-insufficient"]')).toHaveCount(1);
  await expect(page.getByTestId('loading-state')).toHaveCount(0);

  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await saveScreenshot(page, 'vendor-detail');
});

test('the heatmap is one tab stop, walked with the arrow keys, and can be shaded by another measure', async ({ page }) => {
  await signIn(page, 'vendor-manager', '/vendors');
  await page.getByTestId('vendor-table').getByRole('link', { name: 'Manila Desk' }).click();
  const heatmap = page.getByTestId('coverage-heatmap');
  await expect(heatmap).toBeVisible();

  await heatmap.locator('a[tabindex="0"]').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await expect(heatmap.locator('[data-hour="25"]')).toBeFocused();

  const coverage = page.getByTestId('coverage-measure');
  await coverage.selectOption('withinSla');
  await expect(page).toHaveURL(/coverage=withinSla/);
  await expect(heatmap.locator('[data-hour="25"]')).toHaveAttribute('aria-label', /within SLA|Not enough data/);
});
