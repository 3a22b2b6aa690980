import { expect, test } from '@playwright/test';
import { seriousAccessibilityViolations } from './axe';
import { saveScreenshot } from './screenshots';
import { answerOf } from './api-answer';
import { signIn } from './sign-in';

test('a vendor row opens its detail: trend, languages, coverage heatmap, CSAT drivers and agents', async ({ page }) => {
  await signIn(page, 'vendor-manager', '/vendors');
  const agents = page.waitForResponse((response) => response.url().includes('/api/analytics/agents') && response.ok());
  const drivers = page.waitForResponse((response) => response.url().includes('/api/analytics/drivers') && response.ok());
  await page.getByTestId('vendor-table').getByRole('link', { name: 'Lisboa Contact' }).click();
  await agents;
  const driversAnswer = await answerOf<{
    groups: Array<{ vendorId: string | null; language: string | null; status: string; rules: Array<{ rule: string; effect: { status: string; difference: number | null } }> }>;
  }>(page, drivers);

  await expect(page).toHaveURL(/\/vendors\/[0-9a-f-]+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Lisboa Contact' })).toBeVisible();
  await expect(page.getByTestId('vendor-trend')).toBeVisible();
  await expect(page.getByTestId('language-table').locator('tbody tr')).toHaveCount(4);
  const heatmap = page.getByTestId('coverage-heatmap');
  await expect(heatmap.locator('tbody tr')).toHaveCount(7);
  await expect(heatmap.locator('a[tabindex="0"]')).toHaveCount(1);
  await expect(page.getByTestId('agents-table').locator('tbody tr').first()).toContainText(/1 of \d+/);
  // The demo's agents differ (lasting habits), compared over three months, and the page says both in words.
  await expect(page.getByTestId('agents-period')).toContainText('at least three months ending with the chosen month');
  await expect(page.getByTestId('agents-verdict')).toContainText('Agents differ in overall by more than chance');
  // A year of demo data is enough for a drivers analysis, and some rules go with lower CSAT: the panel lists them.
  const vendorId = page.url().split('/').pop();
  const group = driversAnswer.groups.find((candidate) => candidate.vendorId === vendorId && candidate.language === null);
  expect(group?.status).toBe('ok');
  const harmful = (group?.rules ?? []).filter((rule) => rule.effect.status === 'ok' && (rule.effect.difference ?? 0) < 0);
  expect(harmful.length).toBeGreaterThan(0);
  await expect(page.getByTestId('rules-table').locator('tbody tr')).toHaveCount(Math.min(5, harmful.length));
  await expect(page.getByTestId('no-rules')).toHaveCount(0);
  await expect(page.getByTestId('drivers-insufficient')).toHaveCount(0);
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
