import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { seriousAccessibilityViolations } from './axe';
import { saveScreenshot } from './screenshots';
import { signIn } from './sign-in';

const DEMO_VENDORS = ['Alpen Service', 'Andes Support', 'Lisboa Contact', 'Manila Desk', 'Nordic Care'];

/**
 * Waits until no report is being generated: the page refreshes itself while one is, and keeps the table shown while it
 * does, so an empty moment during a reload is never read as "done". Generous for a loaded machine.
 */
async function untilReady(page: Page): Promise<void> {
  const table = page.getByTestId('report-archive');
  await expect(table).toBeVisible();
  await expect(table.getByText(/Being generated/)).toHaveCount(0, { timeout: 200_000 });
}

test('a lead generates the month’s reports in the background and downloads them from the Reports page', async ({ page }) => {
  test.setTimeout(330_000);
  await signIn(page, 'vendor-manager', '/reports');
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  const month = await page.getByTestId('regenerate-month').inputValue();
  expect(month).toMatch(/^\d{4}-\d{2}$/);
  await page.getByTestId('regenerate').click();
  await expect(page.getByTestId('regenerate-done')).toBeVisible();
  await expect(page.getByTestId('report-archive').getByText(/Being generated/).first()).toBeVisible();
  await untilReady(page);

  const table = page.getByTestId('report-archive');
  await expect(table.getByRole('rowheader', { name: 'Monthly scorecard, all vendors' }).first()).toBeVisible();
  for (const vendor of DEMO_VENDORS) {
    await expect(table.getByRole('rowheader', { name: `${vendor} scorecard` }).first()).toBeVisible();
  }
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await saveScreenshot(page, 'reports-page');

  // One vendor's report again, from its own row: only that row is queued, and it turns ready again.
  const manila = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Manila Desk scorecard' }) }).first();
  await manila.getByRole('button', { name: /^Generate again: Manila Desk scorecard/ }).click();
  await expect(page.getByTestId('regenerate-done')).toBeVisible();
  await untilReady(page);
  await expect(manila).toContainText('Ready');

  const link = table.getByRole('link', { name: /^PDF: Monthly scorecard, all vendors/ }).first();
  // Fetched with the page's session: the download itself is covered from the vendor page below.
  const pdf = Buffer.from(await (await page.request.get((await link.getAttribute('href')) as string)).body());
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // Page images of the demo report, kept as artifacts.
  mkdirSync('tmp/report-pages/demo', { recursive: true });
  const file = 'tmp/report-pages/demo/monthly.pdf';
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '60', file, 'tmp/report-pages/demo/page']);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  for (const vendor of DEMO_VENDORS) {
    expect(text).toContain(vendor);
  }

  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await saveScreenshot(page, 'reports-page-phone');
});

test('a partner sees its own vendor’s reports only and downloads its PDF from the vendor page', async ({ page }) => {
  await signIn(page, { partnerOf: 'manila-desk' }, '/reports');
  const table = page.getByTestId('report-archive');
  await expect(table.getByRole('rowheader', { name: 'Manila Desk scorecard' }).first()).toBeVisible();
  for (const other of ['Monthly scorecard, all vendors', ...DEMO_VENDORS.filter((vendor) => vendor !== 'Manila Desk').map((vendor) => `${vendor} scorecard`)]) {
    await expect(table.getByRole('rowheader', { name: other })).toHaveCount(0);
  }
  expect(await seriousAccessibilityViolations(page)).toEqual([]);

  await page.goto('/vendors/manila-desk');
  const button = page.getByTestId('vendor-report-pdf');
  await expect(button).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toMatch(/^rapport-scorecard-manila-desk-\d{4}-\d{2}\.pdf$/);
});

test('an executive sees the monthly reports and no regenerate form', async ({ page }) => {
  await signIn(page, 'executive', '/reports');
  const table = page.getByTestId('report-archive');
  await expect(table.getByRole('rowheader', { name: 'Monthly scorecard, all vendors' }).first()).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'Manila Desk scorecard' })).toHaveCount(0);
  await expect(page.getByTestId('regenerate-form')).toHaveCount(0);
});
