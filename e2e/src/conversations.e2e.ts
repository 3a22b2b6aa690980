import { expect, test } from '@playwright/test';
import { seriousAccessibilityViolations } from './axe';
import { saveScreenshot } from './screenshots';
import { signIn } from './sign-in';

test('a QA reviewer filters conversations and reads one with its evidence highlighted and explained', async ({ page }) => {
  await signIn(page, 'qa-reviewer', '/conversations');
  const table = page.getByTestId('conversation-table');
  await expect(table.locator('tbody tr').first()).toBeVisible();
  await expect(page.getByTestId('result-summary')).toContainText(/Showing 1–50 of [\d,]+ conversations/);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await saveScreenshot(page, 'conversations');

  // Lowest courtesy first: the conversations most likely to carry courtesy evidence.
  await page.getByTestId('score-dimension').selectOption('courtesy');
  await page.getByTestId('score-band').selectOption('poor');
  await expect(page).toHaveURL(/courtesyMin=0&courtesyMax=39.99/);
  await page.getByTestId('sort-filter').selectOption('courtesy');
  await expect(page).toHaveURL(/sort=courtesy/);
  await expect(page.getByTestId('updating')).toHaveCount(0);
  await page.getByTestId('language-filter').locator('summary').click();
  await page.getByTestId('language-filter').getByLabel('German').check();
  await expect(page).toHaveURL(/languages=de/);
  await expect(page.getByTestId('updating')).toHaveCount(0);
  await expect(table.locator('tbody tr').first()).toContainText('German');

  await table.locator('tbody tr').first().getByRole('link').click();
  await expect(page).toHaveURL(/\/conversations\/[0-9a-f-]+$/);
  const transcript = page.getByTestId('transcript');
  await expect(transcript).toBeVisible();
  await expect(transcript.locator('[data-testid="message-language"]').first()).toContainText('Language:');
  await expect(transcript.locator('[data-testid="message-author"]').first()).toHaveText(/Customer|Agent/);

  const highlight = transcript.getByTestId('evidence-highlight').first();
  await expect(highlight).toBeVisible();
  // The mark points at its explanation, which names the rule and says why.
  const explanationId = (await highlight.getAttribute('aria-describedby'))?.split(' ')[0] ?? '';
  const explanation = page.locator(`[id="${explanationId}"]`);
  // The rule is named in words on the page; its code stays in the markup for tools.
  await expect(explanation).toHaveAttribute('data-rule', /^[a-z]+\.[a-z-]+$/);
  await expect(explanation).toContainText(/(Raised|Lowered) the score|Context/);
  await highlight.focus();
  const tooltip = await highlight.evaluate((mark) => getComputedStyle(mark, '::after').content);
  expect(tooltip).toContain(await explanation.locator('.rule-name').innerText());
  await expect(page.getByTestId('fired-rules')).toBeVisible();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await saveScreenshot(page, 'conversation');

  await page.getByTestId('back-to-list').click();
  await expect(page).toHaveURL(/\/conversations\?.*languages=de/);
  await expect(page.getByTestId('score-band')).toHaveValue('poor');
});
