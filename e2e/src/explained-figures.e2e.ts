import { expect, type Page, test } from '@playwright/test';
import { seriousAccessibilityViolations } from './axe';
import { dropFile, toJsonl } from './conversation-files';
import { saveScreenshot } from './screenshots';
import { signIn } from './sign-in';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };
/** A rule id such as `courtesy.missing-greeting` shown as text: the pages name rules in words instead. */
const RULE_CODE = /\b(courtesy|comprehension|responsiveness)\.[a-z]+(-[a-z]+)*\b/;
const JARGON = /q = \d|Benjamini|competition rank|shrunk|Standardised weight|p90/i;

async function visibleText(page: Page): Promise<string> {
  return page.locator('main').innerText();
}

/** Screenshots of the page as it is, at 1440 px and at 390 px, each checked with axe. */
async function bothWidths(page: Page, name: string): Promise<void> {
  await page.setViewportSize(DESKTOP);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await saveScreenshot(page, `${name}-1440`);
  await page.setViewportSize(PHONE);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await saveScreenshot(page, `${name}-390`);
  await page.setViewportSize(DESKTOP);
}

test('item 7: the scorecard states the weights of the overall score and what each dimension adds, the verdict column in view', async ({ page }) => {
  await signIn(page, 'executive', '/scorecard');
  const why = page.getByTestId('overall-why');
  await expect(why).toBeVisible();
  await expect(page.getByTestId('overall-weights')).toContainText('Responsiveness 35%, courtesy 35% and comprehension 30%');
  await expect(page.getByTestId('overall-weights')).toContainText('is not part of it');
  const contributions = page.getByTestId('contributions-table');
  await expect(contributions.locator('tbody tr')).toHaveCount(5);
  // Each part is weight × score: 35% of the vendor's responsiveness, as the ranking shows it.
  const first = contributions.locator('tbody tr').first();
  const points = Number((await first.locator('td[data-dimension="responsiveness"] strong').innerText()).trim());
  const of = Number(/points of ([\d.]+)/.exec(await first.locator('td[data-dimension="responsiveness"]').innerText())?.[1]);
  expect(points).toBeCloseTo(of * 0.35, 1);

  // The verdict on the overall score is on screen at 1440 px, inside the table's visible part, without scrolling sideways.
  const scroller = page.getByRole('region', { name: 'Vendor ranking table' });
  expect(await scroller.evaluate((element) => element.scrollLeft)).toBe(0);
  const visibleRight = await scroller.evaluate((element) => element.getBoundingClientRect().left + element.clientWidth);
  for (const target of [page.getByTestId('verdict-header'), page.getByTestId('ranking-table').getByTestId('difference-verdict').first()]) {
    const box = await target.boundingBox();
    expect((box?.x ?? Infinity) + (box?.width ?? 0)).toBeLessThanOrEqual(Math.min(visibleRight, DESKTOP.width));
  }
  expect(await visibleText(page)).not.toMatch(JARGON);
  await bothWidths(page, 'item7-scorecard');
});

test('item 12: evidence says what raised and what lowered a score, with the points and the rule in words', async ({ page }) => {
  await signIn(page, 'qa-lead', '/conversations?rule=courtesy.please&sort=-overall');
  await page.getByTestId('conversation-table').locator('tbody tr a').first().click();
  const raised = page.locator('[data-testid="evidence-explanation"][data-direction="raised"]').first();
  await expect(raised).toBeVisible();
  await expect(raised.getByTestId('evidence-effect')).toContainText(/Raised the score by [\d.]+ points?/);
  await expect(page.locator('mark.highlight--raised').first()).toBeVisible();
  const up = await page.locator('mark.highlight--raised').first().evaluate((mark) => getComputedStyle(mark).textDecorationStyle);
  expect(await visibleText(page)).not.toMatch(RULE_CODE);
  await bothWidths(page, 'item12-conversation-raised');

  await page.goto('/conversations?rule=courtesy.dismissive&sort=courtesy');
  await page.getByTestId('conversation-table').locator('tbody tr a').first().click();
  const lowered = page.locator('[data-testid="evidence-explanation"][data-direction="lowered"]').first();
  await expect(lowered).toBeVisible();
  await expect(lowered.getByTestId('evidence-effect')).toContainText('Lowered the score');
  // Raised and lowered differ by colour and by underline style, never by colour alone (this conversation may have no
  // raised mark, so the raised style comes from the first one).
  const down = await page.locator('mark.highlight--lowered').first().evaluate((mark) => getComputedStyle(mark).textDecorationStyle);
  expect(down).toBe('wavy');
  expect(up).not.toBe(down);
  expect(await visibleText(page)).not.toMatch(RULE_CODE);
  await bothWidths(page, 'item12-conversation-lowered');
});

test('item 11: a rule is picked by its name from the keyboard, and pages speak in plain words', async ({ page }) => {
  await signIn(page, 'qa-lead', '/conversations');
  const picker = page.getByTestId('rule-filter');
  await picker.focus();
  await expect(page.getByTestId('rule-filter-options')).toBeVisible();
  await page.keyboard.type('dismissive');
  await expect(page.getByTestId('rule-filter-options').getByRole('option')).toHaveText([/Dismissive phrase/]);
  const listed = page.waitForResponse((response) => response.url().includes('/api/conversations?') && response.url().includes('rule=courtesy.dismissive'));
  await page.keyboard.press('Enter');
  await listed;
  await expect(page).toHaveURL(/rule=courtesy\.dismissive/);
  await expect(picker).toHaveValue('Dismissive phrase');
  // Escape closes the list without changing the choice.
  await picker.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('rule-filter-options')).toHaveCount(0);
  await expect(page).toHaveURL(/rule=courtesy\.dismissive/);
  expect(await visibleText(page)).not.toMatch(RULE_CODE);
  await bothWidths(page, 'item11-rule-picker');

  await page.goto('/compare?vendors=lisboa-contact,manila-desk');
  await expect(page.getByTestId('differences-table')).toBeVisible();
  expect(await visibleText(page)).not.toMatch(JARGON);
  await page.goto('/vendors/lisboa-contact');
  await expect(page.getByTestId('agents-table')).toBeVisible({ timeout: 90_000 });
  await expect(page.getByTestId('rules-table')).toBeVisible({ timeout: 90_000 });
  const vendorText = await visibleText(page);
  expect(vendorText).not.toMatch(JARGON);
  expect(vendorText).not.toMatch(RULE_CODE);
  await bothWidths(page, 'item11-vendor-page');
});

test('item 10: each vendor keeps its colour when a vendor is added, and coinciding lines are told apart', async ({ page }) => {
  await signIn(page, 'admin', '/vendors');
  const chart = page.getByTestId('vendor-volume-chart');
  await expect(chart).toBeVisible();
  const coloursBefore = await chart.getAttribute('data-series-colours');
  const before = new Map((coloursBefore ?? '').split(';').map((entry) => entry.split('=') as [string, string]));
  expect(new Set(before.values()).size).toBe(before.size);

  // A vendor whose name sorts first: an order by name would hand it the first colour and move every other vendor's.
  const xsrf = (await page.context().cookies()).find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
  const created = await page.request.post('/api/vendors', {
    headers: { 'x-xsrf-token': xsrf },
    data: {
      slug: 'aaa-first-care',
      name: 'AAA First Care',
      country: 'IE',
      timeZone: 'Europe/Dublin',
      sites: ['Dublin'],
      businessHours: { sun: [], mon: [], tue: [], wed: [], thu: [], fri: [], sat: [] },
      expectedFormality: {},
    },
  });
  expect(created.status()).toBe(201);
  await page.reload();
  await expect(chart).toBeVisible();
  const after = new Map(((await chart.getAttribute('data-series-colours')) ?? '').split(';').map((entry) => entry.split('=') as [string, string]));
  for (const [name, colour] of before) {
    expect(after.get(name)).toBe(colour);
  }
  expect([...before.values()]).not.toContain(after.get('AAA First Care'));
  // The demo vendors had the same volume every month: the page names them and their lines take turns in dashes.
  await expect(page.getByTestId('coinciding-lines')).toContainText('Alpen Service, Andes Support, Lisboa Contact, Manila Desk, Nordic Care');

  await page.goto('/scorecard');
  const trend = page.getByTestId('trend-courtesy');
  await expect(trend).toBeVisible();
  const trendColours = new Map(((await trend.getAttribute('data-series-colours')) ?? '').split(';').map((entry) => entry.split('=') as [string, string]));
  for (const [name, colour] of trendColours) {
    expect(colour).toBe(after.get(name));
  }
  await page.goto('/vendors');
  await expect(chart).toBeVisible();
  await bothWidths(page, 'item10-vendors');
});

test('item 9: beside responsiveness the comparison shows the channel mix and the targets, and never calls a vendor gap a change', async ({ page }) => {
  await signIn(page, 'vendor-manager', '/compare?vendors=lisboa-contact,manila-desk');
  const mix = page.getByTestId('channel-mix');
  await expect(mix).toBeVisible();
  await expect(page.getByTestId('sla-targets')).toContainText(/Chat: First reply within 1 min, later replies within 2 min/);
  const rows = page.getByTestId('channel-mix-table').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText(/\d+% of conversations/);
  await expect(rows.first()).toContainText(/\d+% within target/);
  await expect(page.getByTestId('differences-table')).not.toContainText('No clear change');
  await expect(page.getByTestId('differences-table')).toContainText(/No clear difference|Better|Worse/);
  await bothWidths(page, 'item9-compare');
});

test('item 13: sign-in logs no 401, the import form empties after an import, executives get no conversation links on a vendor page', async ({ page }) => {
  const failures: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      failures.push(message.text());
    }
  });
  await page.goto('/login');
  await expect(page.getByTestId('login-form')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(failures).toEqual([]);

  await signIn(page, 'admin', '/imports');
  const day = Date.UTC(2024, 2, 5, 9);
  const file = toJsonl([
    { externalId: 'e2e-reset-1', vendor: 'alpen-service', createdAt: new Date(day).toISOString(), customer: 'Hello, my parcel has not arrived.', agent: 'Hello, I am sorry to hear that. I will check it now.' },
  ]);
  await dropFile(page, 'e2e-reset.jsonl', file);
  await expect(page.getByTestId('chosen-file')).toContainText('e2e-reset.jsonl');
  await page.getByTestId('start-import').click();
  await expect(page.getByTestId('import-status')).toHaveText('Completed', { timeout: 45_000 });
  await expect(page.getByTestId('chosen-file')).toHaveCount(0);
  await expect(page.getByTestId('format-select')).toHaveValue('');

  await page.context().clearCookies();
  await signIn(page, 'executive', '/vendors/lisboa-contact');
  await expect(page.getByTestId('agents-table')).toBeVisible({ timeout: 90_000 });
  await expect(page.getByTestId('rules-table')).toBeVisible({ timeout: 90_000 });
  await expect(page.locator('main a[href^="/conversations"]')).toHaveCount(0);
  await bothWidths(page, 'item13-executive-vendor');
});
