import { expect, type Page, test } from '@playwright/test';
import { seriousAccessibilityViolations } from './axe';
import { saveScreenshot } from './screenshots';
import { signIn } from './sign-in';

const DEMO_RUBRIC = 'Support quality (default)';

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

test('a lead adds a critical criterion to the rubric in use (a new version), with the API’s reasons shown by field', async ({ page }) => {
  await signIn(page, 'qa-lead', '/reviews');
  await page.getByTestId('link-rubrics').click();
  const row = page.locator(`tr[data-rubric="${DEMO_RUBRIC}"]`);
  await expect(row).toContainText('v1');
  await row.getByRole('button', { name: /Edit/ }).click();
  const editor = page.getByTestId('rubric-editor');
  await expect(editor.getByTestId('criterion-label-0')).toHaveValue('Answers in good time and keeps the customer informed');

  await editor.getByTestId('add-criterion').click();
  await editor.getByTestId('criterion-label-3').fill('Follows the refund policy');
  await editor.getByTestId('criterion-group-3').selectOption('custom');
  await editor.getByTestId('criterion-custom-3').fill('compliance');
  await editor.getByTestId('criterion-scale-3').selectOption('yes-no');
  await editor.getByTestId('criterion-critical-3').check();
  await editor.getByTestId('criterion-weight-3').fill('0');
  await editor.getByTestId('save-rubric').click();
  // The API refuses a weight of 0; its reason appears beside that field.
  await expect(editor.getByTestId('error-weight-3')).toBeVisible();
  await expect(editor.getByTestId('criterion-weight-3')).toHaveAttribute('aria-invalid', 'true');
  await saveScreenshot(page, 'reviews-lead-1-rubric-invalid');
  await expectAccessible(page);

  await editor.getByTestId('criterion-weight-3').fill('10');
  await editor.getByTestId('save-rubric').click();
  await expect(page.getByTestId('rubric-saved')).toContainText('new version 2 created');
  await expect(row).toContainText('v2');
  await expect(row).toContainText('4');
  await saveScreenshot(page, 'reviews-lead-2-rubric-version');
  await expectAccessible(page);
});

test('a lead creates a queue by a rule, refills it and reads who grades what', async ({ page }) => {
  await signIn(page, 'qa-lead', '/reviews/queues');
  const form = page.getByTestId('queue-form');
  await form.getByTestId('queue-name').fill('Dismissive replies, e2e');
  await form.getByTestId('queue-rubric').selectOption({ index: 1 });
  await form.getByTestId('queue-rule').selectOption('rule-fired');
  // The demo data has a couple of dozen dismissive replies a month (more once the import journey adds its own).
  // The rule picker: typed words narrow the plain names, Enter takes the highlighted one.
  await form.getByTestId('queue-rule-id').fill('dismissive');
  await form.getByTestId('queue-rule-id').press('Enter');
  await expect(form.getByTestId('queue-rule-id')).toHaveAttribute('data-rule', 'courtesy.dismissive');
  await form.getByTestId('queue-n').fill('12');
  // No reviewer chosen yet: the API's reason shows under the reviewers.
  await form.getByTestId('create-queue').click();
  await expect(form).toContainText('Choose at least one reviewer');
  await form.getByTestId('queue-reviewers').getByRole('checkbox').first().check();
  await form.getByTestId('queue-reviewers').getByRole('checkbox').nth(1).check();
  await form.getByTestId('create-queue').click();
  await expect(page.getByTestId('queue-created')).toContainText('Dismissive replies, e2e');
  const row = page.locator('tr[data-queue="Dismissive replies, e2e"]');
  await expect(row).toContainText('Rule courtesy.dismissive fired, at most 12');
  await expect(row).toContainText('0 of 12 reviewed');
  await saveScreenshot(page, 'reviews-lead-3-queues');
  await expectAccessible(page);

  // A refill tops the queue up to the rule's target: it holds its 12 already, so nothing is drawn again.
  await row.getByRole('button', { name: /Refill/ }).click();
  const refilled = page.getByTestId('queue-refilled');
  await expect(refilled).toContainText('now holds 12 conversations');
  const held = 12;
  await expect(row).toContainText(`0 of ${held} reviewed`);
  await row.getByRole('link').click();
  const items = page.getByTestId('queue-items');
  await expect(items.locator('tbody tr')).toHaveCount(held);
  await expect(items).toContainText('courtesy.dismissive');
  await saveScreenshot(page, 'reviews-lead-4-queue-items');
  await expectAccessible(page);

  // The schedule is changed after creation: refilled every week from now on.
  const schedule = page.getByTestId('queue-schedule');
  await expect(schedule.getByTestId('queue-schedule-now')).toHaveText('On request only');
  await schedule.getByTestId('queue-schedule-select').selectOption('weekly');
  await schedule.getByTestId('save-schedule').click();
  // The change is audited in the same transaction, which a busy machine may take a few seconds over.
  await expect(schedule.getByTestId('queue-schedule-saved')).toContainText('Schedule saved: every week · next refill', { timeout: 20_000 });
  await expect(schedule.getByTestId('queue-schedule-now')).toContainText('Every week · next refill');
  await saveScreenshot(page, 'reviews-lead-4b-queue-schedule');
  await expectAccessible(page);
});

test('a lead starts a calibration session and reads a session’s report', async ({ page }) => {
  await signIn(page, 'qa-lead', '/reviews/calibrations');
  const form = page.getByTestId('calibration-form');
  await form.getByTestId('calibration-name').fill('E2E calibration');
  await form.getByTestId('calibration-rubric').selectOption({ index: 1 });
  await form.getByTestId('calibration-source').selectOption({ index: 1 });
  await form.getByTestId('calibration-conversations').getByRole('checkbox').nth(0).check();
  await form.getByTestId('calibration-conversations').getByRole('checkbox').nth(1).check();
  await form.getByTestId('calibration-reviewers').getByRole('checkbox').nth(0).check();
  await form.getByTestId('calibration-reviewers').getByRole('checkbox').nth(1).check();
  await form.getByTestId('create-calibration').click();
  await expect(page.getByTestId('calibration-created')).toContainText('4 assignments');
  await saveScreenshot(page, 'reviews-lead-5-calibration-sessions');
  await expectAccessible(page);

  // The demo's session has submitted grades: its report has alphas, deviations and the most disputed items.
  const list = page.getByTestId('calibration-list');
  await list.locator('tbody tr').filter({ hasNotText: 'E2E calibration' }).first().getByRole('link').first().click();
  await expect(page.getByTestId('alpha-table')).toContainText('ordinal');
  await expect(page.getByTestId('alpha-table')).toContainText('Total');
  await expect(page.getByTestId('alpha-by-language').locator('tbody tr').first()).toBeVisible();
  await expect(page.getByTestId('reviewer-deviation').locator('tbody tr')).not.toHaveCount(0);
  await expect(page.getByTestId('most-disagreed').locator('tbody tr').first()).toBeVisible();
  await saveScreenshot(page, 'reviews-lead-6-calibration-report');
  await expectAccessible(page);
});
