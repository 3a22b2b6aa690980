import { expect, test } from '@playwright/test';
import { seriousAccessibilityViolations } from './axe';
import { saveScreenshot } from './screenshots';
import { signIn } from './sign-in';

/** The demo reviews grade conversations of the two complete months before today: the last of them (YYYY-MM). */
function lastCompleteMonth(): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
}

test('the scorecard shows each vendor’s reviewed QA score beside the automatic scores', async ({ page }) => {
  const month = lastCompleteMonth();
  const reviewed = page.waitForResponse(
    (response) => response.url().includes('/api/reviews/vendor-scores') && response.ok(),
  );
  await signIn(page, 'executive', `/scorecard?month=${month}`);
  const answer = await reviewed;
  expect(answer.url()).toContain('periodOf=conversation');

  const ranking = page.getByTestId('ranking-table');
  await expect(ranking.locator('tbody tr').first()).toBeVisible();
  await expect(page.getByTestId('reviewed-header')).toHaveText('Reviewed QA score');
  const cells = ranking.locator('tbody td[data-metric="reviewed"]');
  await expect(cells).toHaveCount(await ranking.locator('tbody tr').count());
  // Demo reviews cover every vendor's month: at least one with enough reviews for a value and its interval.
  await expect(cells.getByTestId('reviewed-value').first()).toBeVisible();
  await expect(cells.first()).toContainText('n = ');
  await expect(page.getByTestId('reviewed-method')).toContainText('Not enough reviews');

  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await page.evaluate(() => window.scrollTo(0, 0));
  await saveScreenshot(page, 'scorecard-reviewed');
});

test('the compare page adds a reviewed QA score row', async ({ page }) => {
  const month = lastCompleteMonth();
  await signIn(page, 'vendor-manager', `/scorecard?month=${month}`);
  const ranking = page.getByTestId('ranking-table');
  const slugs = await ranking
    .locator('tbody tr')
    .evaluateAll((rows) => rows.slice(0, 2).map((row) => row.getAttribute('data-vendor')));
  await page.goto(`/compare?vendors=${slugs.join(',')}&from=${month}&to=${month}`);
  const row = page.getByTestId('reviewed-row');
  await expect(row).toBeVisible();
  await expect(row.locator('td')).toHaveCount(2);
  await expect(row.locator('td').first()).toContainText('n = ');
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await saveScreenshot(page, 'compare-reviewed');
});

test('the gaps page flags the language whose automatic scores reviewers weakly confirm, with a link to the agreement', async ({
  page,
}) => {
  await signIn(page, 'qa-reviewer', '/gaps');
  // Asked again beside the page (a response the page read may no longer hold its body).
  const agreement = await page.request.get('/api/reviews/agreement');
  expect(agreement.ok()).toBe(true);
  const weak: string[] = (await agreement.json()).weakLanguages;
  // The demo plants one weakly confirmed language: Slovenian.
  expect(weak).toEqual(['sl']);
  const heatmap = page.getByTestId('gap-heatmap');
  await expect(heatmap).toBeVisible();
  await expect(page.getByTestId('weak-languages')).toContainText(
    'Slovenian: automatic scores weakly confirmed in this language',
  );
  await expect(heatmap.locator('thead th', { hasText: 'Slovenian †' })).toHaveCount(1);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await saveScreenshot(page, 'gaps-weak-language');

  await page.getByTestId('agreement-link').click();
  await expect(page).toHaveURL(/\/reviews#agreement$/);
  await expect(page.getByTestId('agreement')).toContainText('automatic scores weakly confirmed in this language');
});

test('executives see the flag on the gaps page without a link to the reviews they cannot open', async ({ page }) => {
  await signIn(page, 'executive', '/gaps');
  await expect(page.getByTestId('weak-languages')).toContainText('Slovenian');
  await expect(page.getByTestId('agreement-link')).toHaveCount(0);
});
