import { expect, test } from '@playwright/test';
import { seriousAccessibilityViolations } from './axe';
import { saveScreenshot } from './screenshots';
import { signIn } from './sign-in';

test("the hour-of-week heatmap marks the vendor's promised hours with a bar and in words", async ({ page }) => {
  // Alpen Service promises weekdays 08:00–18:00 (the demo profile): 5 × 10 = 50 hours a week.
  await signIn(page, 'vendor-manager', '/vendors/alpen-service');
  const heatmap = page.getByTestId('coverage-heatmap');
  await expect(heatmap).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('promise-key')).toContainText('Promised: 50 of 168 hours a week');

  const mondayEight = heatmap.locator('a[data-hour="8"]');
  await expect(heatmap.locator('td:has(a[data-hour="8"])')).toHaveAttribute('data-promised', 'true');
  await expect(mondayEight).toHaveAttribute('aria-label', /; within promised hours$/);
  const mondaySeven = heatmap.locator('a[data-hour="7"]');
  await expect(heatmap.locator('td:has(a[data-hour="7"])')).toHaveAttribute('data-promised', 'false');
  await expect(mondaySeven).toHaveAttribute('aria-label', /; outside promised hours$/);
  // Saturday 10:00 (5 × 24 + 10): no weekend promise.
  await expect(heatmap.locator('a[data-hour="130"]')).toHaveAttribute('aria-label', /; outside promised hours$/);
  await expect(heatmap.locator('td[data-promised="true"]')).toHaveCount(50);

  await heatmap.scrollIntoViewIfNeeded();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await saveScreenshot(page, 'coverage-promised-hours');
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await saveScreenshot(page, 'coverage-promised-hours-390');
  await page.setViewportSize({ width: 1440, height: 900 });

  // A round-the-clock vendor: every hour promised.
  await page.goto('/vendors/manila-desk');
  await expect(page.getByTestId('promise-key')).toContainText('round the clock (24/7)', { timeout: 30_000 });
  await expect(page.getByTestId('coverage-heatmap').locator('td[data-promised="true"]')).toHaveCount(168);
});

test('a partner sees its own promised hours on its heatmap, though it reads no vendor profiles', async ({ page }) => {
  await signIn(page, { partnerOf: 'alpen-service' }, '/vendors/alpen-service');
  const heatmap = page.getByTestId('coverage-heatmap');
  await expect(heatmap).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('promise-key')).toContainText('Promised: 50 of 168 hours a week');
  await expect(heatmap.locator('td[data-promised="true"]')).toHaveCount(50);
  await expect(heatmap.locator('a[data-hour="7"]')).toHaveAttribute('aria-label', /; outside promised hours$/);
});
