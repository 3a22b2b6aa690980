import { expect, test } from '@playwright/test';
import { seriousAccessibilityViolations } from './axe';
import { saveScreenshot } from './screenshots';
import { signIn } from './sign-in';

test('an administrator filters the audit log by action and dates, pages it and downloads the filtered log as CSV', async ({ page }) => {
  await signIn(page, 'admin', '/settings');
  await page.getByTestId('settings-audit').click();
  await expect(page).toHaveURL(/\/settings\/audit/);
  const table = page.getByTestId('audit-table');
  await expect(table.locator('tbody tr').first()).toBeVisible();

  // Sign-ins only, from today: every row is a sign-in, and the URL keeps the filters.
  const today = new Date().toISOString().slice(0, 10);
  await page.getByTestId('audit-action').selectOption('auth.login');
  await page.getByTestId('audit-from').fill(today);
  await page.getByTestId('audit-to').fill(today);
  await page.getByTestId('audit-apply').click();
  await expect(page).toHaveURL(/action=auth\.login/);
  await expect(page).toHaveURL(new RegExp(`from=${today}`));
  await expect(table.locator('tbody tr').first()).toBeVisible();
  const actions = await table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-action')));
  expect(actions.length).toBeGreaterThan(0);
  expect(new Set(actions)).toEqual(new Set(['auth.login']));
  await expect(table).toContainText('admin@demo.rapport.example');

  // The CSV has the same filters and no paging; fetched with the page's own session.
  const csvLink = page.getByTestId('audit-csv');
  await expect(csvLink).toHaveAttribute('download', 'audit-log.csv');
  const href = (await csvLink.getAttribute('href')) ?? '';
  expect(href).toContain('/api/audit/export?');
  expect(href).toContain('action=auth.login');
  expect(href).not.toContain('limit=');
  const csv = await page.request.get(href);
  expect(csv.ok()).toBe(true);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const lines = (await csv.text()).trim().split(/\r?\n/);
  expect(lines.length).toBeGreaterThan(1);
  for (const line of lines.slice(1)) {
    expect(line).toContain('auth.login');
    expect(line).not.toContain('auth.login_failed');
  }

  await page.evaluate(() => window.scrollTo(0, 0));
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await saveScreenshot(page, 'audit-log');
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await saveScreenshot(page, 'audit-log-390');
  await page.setViewportSize({ width: 1440, height: 900 });

  // A whole area: every user-account action.
  await page.getByTestId('audit-action').selectOption('user.');
  await page.getByTestId('audit-apply').click();
  await expect(page).toHaveURL(/action=user\./);
});

test('only administrators are offered the audit log', async ({ page }) => {
  await signIn(page, 'vendor-manager', '/vendors');
  await expect(page.locator('a[href="/settings"]')).toHaveCount(0);
  await page.goto('/settings/audit');
  await expect(page).toHaveURL(/\/not-allowed\?page=settings/);
});
