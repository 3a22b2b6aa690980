import { expect, test } from '@playwright/test';
import { seriousAccessibilityViolations } from './axe';
import { saveScreenshot } from './screenshots';
import { signIn } from './sign-in';

test('a QA reviewer opens a language gap and reads the conversations behind it, down to the highlighted evidence', async ({ page }) => {
  const gaps = page.waitForResponse((response) => response.url().includes('/api/analytics/gaps') && response.ok());
  await signIn(page, 'qa-reviewer', '/gaps');
  await gaps;
  const heatmap = page.getByTestId('gap-heatmap');
  await expect(heatmap).toBeVisible();
  await expect(page.getByTestId('loading-state')).toHaveCount(0);
  await expect(heatmap.locator('tbody tr')).toHaveCount(5);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await saveScreenshot(page, 'gaps');

  // The data table alternative holds the same cells with n and both intervals.
  await page.getByText("Show the heatmap's data as a table").click();
  await expect(page.getByTestId('gap-table').locator('thead th')).toHaveText(['Vendor', 'Language', 'Value (95% interval)', 'n', 'Difference (95% interval)', 'Allows for', 'Reading']);

  // Open the cell with the most conversations that has enough data to compare.
  const cell = heatmap.locator('button.cell:not(.cell--insufficient)').first();
  const key = await cell.getAttribute('data-key');
  const cellList = page.waitForResponse((response) => response.url().includes('/api/conversations?') && response.ok());
  await cell.click();
  await expect(page).toHaveURL(new RegExp(`cell=${encodeURIComponent(key ?? '').replace(/%3A/g, '(:|%3A)')}`));
  await cellList;
  const panel = page.getByTestId('cell-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId('cell-conversations').locator('li').first()).toBeVisible();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await saveScreenshot(page, 'gaps-cell');

  await panel.getByTestId('cell-conversations').getByRole('link').first().click();
  await expect(page).toHaveURL(/\/conversations\/[0-9a-f-]+$/);
  await expect(page.getByTestId('transcript')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Conversation');
});

test('the heatmap is one tab stop walked with the arrow keys, and the metric comes from the URL', async ({ page }) => {
  await signIn(page, 'qa-reviewer', '/gaps?metric=courtesy&compare=languages');
  const heatmap = page.getByTestId('gap-heatmap');
  await expect(heatmap).toBeVisible();
  await expect(page.getByTestId('metric-filter')).toHaveValue('courtesy');
  await expect(page.getByRole('heading', { name: 'Courtesy by vendor and language' })).toBeVisible();
  await expect(heatmap.locator('button[tabindex="0"]')).toHaveCount(1);

  const first = heatmap.locator('button[tabindex="0"]');
  await first.focus();
  const before = await first.getAttribute('data-key');
  await page.keyboard.press('ArrowRight');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('data-key', /.+/);
  expect(await focused.getAttribute('data-key')).not.toBe(before);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/cell=/);
  await expect(page.getByTestId('cell-panel')).toBeVisible();

  await page.getByTestId('metric-filter').selectOption('languageMismatch');
  await expect(page).toHaveURL(/metric=languageMismatch/);
  await expect(page.getByRole('heading', { name: 'Language mismatch rate by vendor and language' })).toBeVisible();
});
