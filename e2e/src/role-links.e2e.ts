import { expect, test } from '@playwright/test';
import { seriousAccessibilityViolations } from './axe';
import { saveScreenshot } from './screenshots';
import { signIn } from './sign-in';

test('an executive is offered no conversation links (scorecard, gap drill-down) and is told in words that conversations are not for the role', async ({
  page,
}) => {
  await signIn(page, 'executive', '/scorecard');
  const ranking = page.getByTestId('ranking-table');
  await expect(ranking.locator('tbody tr')).toHaveCount(5);
  // Each vendor's conversation count is shown, as a number rather than a link.
  await expect(ranking.locator('tbody tr').first().locator('td.rp-table__numeric')).toHaveText(/^\s*\d[\d,]*\s*$/);
  await expect(page.locator('a[href*="/conversations"]')).toHaveCount(0);

  await page.goto('/gaps');
  const cell = page.getByTestId('gap-heatmap').locator('button.cell:not(.cell--insufficient)').first();
  await cell.click();
  const panel = page.getByTestId('cell-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByText('Conversations behind this cell')).toBeVisible();
  await expect(page.getByTestId('loading-state')).toHaveCount(0);
  await expect(panel.locator('a[href*="/conversations"]')).toHaveCount(0);

  await page.goto('/vendors/manila-desk');
  await expect(page.getByTestId('month-filter')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Conversations', exact: true })).toHaveCount(0);

  // Typed in by hand, the page says why instead of silently landing elsewhere.
  await page.goto('/conversations');
  await expect(page).toHaveURL(/\/not-allowed\?page=conversations$/);
  await expect(page.getByTestId('not-allowed')).toContainText('The Conversations page is not open to executives');
  await expect(page.getByTestId('not-allowed').getByRole('link', { name: 'Go to the scorecard page' })).toBeVisible();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await saveScreenshot(page, 'not-allowed');
});

test('a partner sees no Gaps or Compare, is told so when opening them, and another vendor\'s conversation is "not found" without "Try again"', async ({
  page,
  browser,
}) => {
  // An id of another vendor's conversation, as an administrator sees it.
  const admin = await browser.newPage();
  await signIn(admin, 'admin', '/vendors');
  const list = await admin.request.get('/api/conversations?vendors=lisboa-contact&pageSize=1');
  expect(list.ok()).toBe(true);
  const otherId: string = (await list.json()).items[0].id;
  await admin.close();

  await signIn(page, { partnerOf: 'manila-desk' }, '/scorecard');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Scorecard' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Gaps' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Compare' })).toHaveCount(0);
  await expect(page.locator('a[href^="/gaps"], a[href^="/compare"]')).toHaveCount(0);

  for (const [path, name] of [
    ['/gaps', 'Gaps'],
    ['/compare', 'Compare'],
  ]) {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`/not-allowed\\?page=${path.slice(1)}$`));
    await expect(page.getByTestId('not-allowed')).toContainText(`The ${name} page is not open to partner users`);
  }

  await page.goto(`/conversations/${otherId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Conversation not found' })).toBeVisible();
  await expect(page.getByTestId('conversation-not-found')).toContainText('It does not exist, or it is not yours to see');
  await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await saveScreenshot(page, 'conversation-not-found');
});
