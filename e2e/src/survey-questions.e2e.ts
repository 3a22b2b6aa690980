import { expect, test, type Page } from '@playwright/test';
import type { ComparisonResponse, ConversationPageDto, ScorecardResponse } from '@rapport/contracts';
import { seriousAccessibilityViolations } from './axe';
import { answerOf } from './api-answer';
import { saveScreenshot } from './screenshots';
import { signIn } from './sign-in';

async function lookAtBothWidths(page: Page, name: string): Promise<void> {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await page.evaluate(() => window.scrollTo(0, 0));
  await saveScreenshot(page, `${name}-1440`);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  // No sideways panning on a phone: the tables scroll inside their cards.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await saveScreenshot(page, `${name}-390`);
  await page.setViewportSize({ width: 1440, height: 900 });
}

test.use({ viewport: { width: 1440, height: 900 } });
// Each test looks at its page twice, with axe and full-page screenshots at both widths: more than the default minute.
test.setTimeout(180_000);

test('the scorecard ranking shows the survey question picked, and the recontact rate, with intervals and n', async ({ page }) => {
  const scorecard = page.waitForResponse((response) => response.url().includes('/api/analytics/scorecard') && response.ok());
  await signIn(page, 'executive', '/scorecard');
  const answer = await answerOf<ScorecardResponse>(page, scorecard);
  const ranking = page.getByTestId('ranking-table');
  await expect(ranking.locator('thead')).toContainText('CSAT');
  await expect(ranking.locator('thead')).toContainText('72-hour recontact rate');

  await page.getByTestId('survey-filter').selectOption('nps');
  await expect(page).toHaveURL(/survey=nps/);
  await expect(ranking.locator('thead')).toContainText('NPS-style score');
  await expect(ranking.locator('thead')).not.toContainText('CSAT');

  // The cell of each vendor says the API's n for the month shown, for both new columns.
  const month = answer.months[answer.months.length - 1];
  const manila = answer.rows.find((row) => row.vendor.slug === 'manila-desk' && row.month === month);
  expect(manila?.metrics.nps.current.n).toBeGreaterThan(30);
  expect(manila?.metrics.recontact.current.n).toBeGreaterThan(30);
  expect(manila?.metrics.recontact.current.estimate).toBeGreaterThan(0);
  const row = ranking.locator('tr[data-vendor="manila-desk"]');
  await expect(row.locator('[data-metric="nps"]')).toContainText(`n = ${manila?.metrics.nps.current.n}`);
  await expect(row.locator('[data-metric="recontact"]')).toContainText(`n = ${manila?.metrics.recontact.current.n}`);
  await expect(row.locator('[data-metric="nps"]')).toContainText('95% interval');

  await page.getByTestId('survey-filter').selectOption('effort');
  await expect(ranking.locator('thead')).toContainText('Ease (customer effort)');
  await lookAtBothWidths(page, 'scorecard-survey-question');
});

test('the comparison can be narrowed to the survey questions, each with intervals, n and differences', async ({ page }) => {
  await signIn(page, 'vendor-manager', '/compare?vendors=manila-desk,alpen-service');
  const table = page.getByTestId('side-by-side-table');
  await expect(table.locator('tr[data-metric="overall"]')).toBeVisible();
  const narrowed = page.waitForResponse((response) => response.url().includes('/api/analytics/compare') && response.url().includes('metrics=') && response.ok());
  await page.getByTestId('metrics-filter').selectOption({ label: 'Survey questions' });
  await expect(page).toHaveURL(/metrics=csat%2Ceffort%2Cresolved%2Cnps|metrics=csat,effort,resolved,nps/);
  const answer = await answerOf<ComparisonResponse>(page, narrowed);
  expect(answer.metrics.map((metric) => metric.metric)).toEqual(['csat', 'effort', 'resolved', 'nps']);
  await expect(table.locator('tr[data-metric="overall"]')).toHaveCount(0);
  for (const metric of ['csat', 'effort', 'resolved', 'nps']) {
    await expect(table.locator(`tr[data-metric="${metric}"]`)).toContainText('n = ');
  }
  const nps = answer.metrics.find((metric) => metric.metric === 'nps');
  await expect(table.locator('tr[data-metric="nps"]')).toContainText(`n = ${nps?.estimates[0]?.n}`);
  await lookAtBothWidths(page, 'compare-survey-questions');
});

test('the conversation filters offer the agent credited with the survey', async ({ page }) => {
  await signIn(page, 'admin', '/conversations?vendors=manila-desk');
  const field = page.getByTestId('csat-agent-filter');
  await expect(field).toBeVisible();
  const filtered = page.waitForResponse((response) => /\/api\/conversations\?.*csatAgent=manila-desk-agent-03/.test(response.url()) && response.ok());
  await field.fill('manila-desk-agent-03');
  await field.press('Enter');
  await expect(page).toHaveURL(/csatAgent=manila-desk-agent-03/);
  const list = await answerOf<ConversationPageDto>(page, filtered);
  expect(list.total).toBeGreaterThan(0);
  await expect(page.getByTestId('result-summary')).toContainText(`of ${list.total.toLocaleString('en-US')} conversations`);
  // The other agent filter is left as it was.
  await expect(page.getByTestId('agent-filter')).toHaveValue('');
  await lookAtBothWidths(page, 'conversations-csat-agent');
});
