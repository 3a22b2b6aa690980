import { expect, test, type Locator, type Page } from '@playwright/test';
import { seriousAccessibilityViolations } from './axe';
import { saveScreenshot } from './screenshots';
import { signIn } from './sign-in';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };

/** The page at 1440 px and at 390 px, each picture saved and checked with axe. */
async function bothWidths(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await saveScreenshot(page, name);
  await page.setViewportSize(PHONE);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await saveScreenshot(page, `${name}-390`);
  await page.setViewportSize(DESKTOP);
}

/** The conversation list has loaded rows; every row's cell in the column named says `text`. */
async function expectEveryRow(page: Page, column: 'Vendor' | 'Language', text: string): Promise<void> {
  const table = page.getByTestId('conversation-table');
  await expect(table.locator('tbody tr').first()).toBeVisible();
  await expect(page.getByTestId('updating')).toHaveCount(0);
  const index = column === 'Vendor' ? 2 : 4;
  const cells = await table.locator(`tbody tr td:nth-child(${index})`).allTextContents();
  expect(cells.length).toBeGreaterThan(0);
  expect(new Set(cells.map((cell) => cell.trim()))).toEqual(new Set([text]));
}

function paramsOf(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/** A month's list: from its first day to its last. */
function expectOneMonth(params: URLSearchParams): void {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  expect(from).toMatch(/^\d{4}-\d{2}-01$/);
  expect(to.slice(0, 7)).toBe(from.slice(0, 7));
}

async function vendorOfLink(link: Locator): Promise<string> {
  const label = (await link.getAttribute('aria-label')) ?? '';
  const vendor = /^Conversations of (.+) in \w{3} \d{4}$/.exec(label)?.[1];
  expect(vendor).toBeTruthy();
  return vendor ?? '';
}

test('scorecard: a headline tile, a trend table cell and a trend point each open the conversations behind them', async ({ page }) => {
  await signIn(page, 'vendor-manager', '/scorecard');
  const tileLink = page.getByTestId('tile-volume').getByTestId('tile-conversations');
  // The first page of a fresh server waits for its rollups.
  await expect(tileLink).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('tile-csat').getByTestId('tile-conversations')).toBeVisible();
  await bothWidths(page, 'drill-scorecard');

  // The tile: the month's conversations of every vendor.
  await tileLink.click();
  await expect(page).toHaveURL(/\/conversations\?/);
  expectOneMonth(paramsOf(page));
  expect(paramsOf(page).get('vendors')).toBeNull();
  await expect(page.getByTestId('result-summary')).toContainText(/of [\d,]+ conversations/);

  // A cell of the trend's table: that vendor's month.
  await page.goBack();
  await page.getByTestId('trend-csat').locator('xpath=ancestor::figure').locator('summary').click();
  const cellLink = page.getByTestId('trend-csat-table').locator('tbody tr').last().getByTestId('cell-conversations').first();
  const vendor = await vendorOfLink(cellLink);
  await cellLink.click();
  await expect(page).toHaveURL(/\/conversations\?/);
  expectOneMonth(paramsOf(page));
  expect(paramsOf(page).get('vendors')).toMatch(/^[^,]+$/);
  await expectEveryRow(page, 'Vendor', vendor);

  // A point of the chart: the month clicked, the vendor whose line is nearest.
  await page.goBack();
  const chart = page.getByTestId('trend-courtesy');
  await chart.scrollIntoViewIfNeeded();
  const box = await chart.boundingBox();
  expect(box).not.toBeNull();
  await page.mouse.click((box?.x ?? 0) + (box?.width ?? 0) * 0.97, (box?.y ?? 0) + (box?.height ?? 0) * 0.5);
  await expect(page).toHaveURL(/\/conversations\?/);
  expectOneMonth(paramsOf(page));
  expect(paramsOf(page).get('vendors')).toMatch(/^[^,]+$/);
  await expect(page.getByTestId('conversation-table').locator('tbody tr').first()).toBeVisible();
});

test("compare: a pair's difference opens each vendor's conversations for that metric, worst first", async ({ page }) => {
  await signIn(page, 'vendor-manager', '/compare?vendors=lisboa-contact,manila-desk');
  const links = page.getByTestId('differences-table').locator('tr[data-metric="courtesy"]').getByTestId('pair-conversations').getByRole('link');
  await expect(links).toHaveCount(2);
  await expect(links.nth(0)).toHaveText('Lisboa Contact');
  await expect(links.nth(1)).toHaveText('Manila Desk');
  await bothWidths(page, 'drill-compare');

  await links.nth(1).click();
  await expect(page).toHaveURL(/\/conversations\?/);
  expect(paramsOf(page).get('sort')).toBe('courtesy');
  await expectEveryRow(page, 'Vendor', 'Manila Desk');
});

test("vendor page: each customer language's drivers row opens that language's conversations with its rule", async ({ page }) => {
  await signIn(page, 'vendor-manager', '/vendors/manila-desk');
  const table = page.getByTestId('drivers-by-language');
  await expect(table).toBeVisible();
  const row = table.locator('tbody tr').filter({ has: page.getByTestId('language-driver-link') }).first();
  const language = ((await row.locator('th').textContent()) ?? '').trim();
  await table.scrollIntoViewIfNeeded();
  await bothWidths(page, 'drill-vendor-drivers');

  await row.getByTestId('language-driver-link').click();
  await expect(page).toHaveURL(/\/conversations\?/);
  const params = paramsOf(page);
  expect(params.get('languages')).toMatch(/^[a-z]{2}$/);
  expect(params.get('sort')).toBe('csat');
  await expectEveryRow(page, 'Language', language);
  if (params.get('rule')) {
    await expect(page.getByTestId('conversation-table').locator('tbody tr').first()).toBeVisible();
  }
});

test('an executive gets the same figures without any conversation link', async ({ page }) => {
  await signIn(page, 'executive', '/scorecard');
  await expect(page.getByTestId('tile-volume')).toBeVisible();
  await expect(page.getByTestId('ranking-table').locator('tbody tr').first()).toBeVisible();
  await expect(page.getByTestId('tile-conversations')).toHaveCount(0);
  await expect(page.getByTestId('cell-conversations')).toHaveCount(0);
  const chart = page.getByTestId('trend-csat');
  const box = await chart.boundingBox();
  await page.mouse.click((box?.x ?? 0) + (box?.width ?? 0) * 0.97, (box?.y ?? 0) + (box?.height ?? 0) * 0.5);
  await expect(page).toHaveURL(/\/scorecard/);

  await page.goto('/compare?vendors=lisboa-contact,manila-desk');
  await expect(page.getByTestId('differences-table')).toBeVisible();
  await expect(page.getByTestId('pair-conversations')).toHaveCount(0);
  await expect(page.locator('a[href*="/conversations"]')).toHaveCount(0);
});
