import { expect, test } from '@playwright/test';
import { seriousAccessibilityViolations } from './axe';
import { saveScreenshot } from './screenshots';
import { signIn } from './sign-in';

test('an administrator changes a vendor’s business hours and market formality', async ({ page }) => {
  await signIn(page, 'admin', '/settings');
  await expect(page).toHaveURL(/\/settings\/vendors$/);
  const table = page.getByTestId('vendor-settings-table');
  // The five demo vendors (another spec may have added one to the shared server).
  await expect(table.locator('tbody tr', { hasText: /Alpen Service|Andes Support|Lisboa Contact|Manila Desk|Nordic Care/ })).toHaveCount(5);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await saveScreenshot(page, 'settings-vendors');

  await table.getByRole('button', { name: 'Edit Nordic Care' }).click();
  await expect(page).toHaveURL(/edit=/);
  const form = page.getByTestId('vendor-form');
  await expect(page.getByTestId('vendor-name')).toHaveValue('Nordic Care');
  const saturday = form.locator('[data-day="sat"]');
  await saturday.getByRole('button', { name: 'Add hours on Saturday' }).click();
  await saturday.getByLabel('Saturday opens at (HH:MM)').fill('10:00');
  await saturday.getByLabel('Saturday opens at (HH:MM)').blur();
  await saturday.getByLabel('Saturday closes at (HH:MM, 24:00 for midnight)').fill('14:00');
  await saturday.getByLabel('Saturday closes at (HH:MM, 24:00 for midnight)').blur();
  await page.getByTestId('add-formality').click();
  await expect(form.getByLabel('Language code')).toHaveCount(3);
  await form.getByLabel('Language code').last().fill('en');
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await saveScreenshot(page, 'settings-vendor-form');

  await page.getByTestId('save-vendor').click();
  await expect(page).toHaveURL(/\/settings\/vendors$/);
  // New Saturday hours change the business-hours clocks of the vendor's stored conversations: they are rescored.
  await expect(page.getByTestId('vendor-saved')).toHaveText(/^Nordic Care saved\. (Rescoring [\d,]+ conversations? with the new settings…|Scores are up to date\.)$/);
  await expect(page.getByTestId('vendor-saved')).toHaveText('Nordic Care saved. Scores are up to date.', { timeout: 20_000 });
  await expect(table.getByRole('row', { name: /Nordic Care/ })).toContainText('Sat 10:00–14:00');
  await expect(table.getByRole('row', { name: /Nordic Care/ })).toContainText('sv: informal, de: formal, en: formal');
});

test('an administrator reweights the overall score and tightens the chat target', async ({ page }) => {
  await signIn(page, 'admin', '/settings/scoring');
  const form = page.getByTestId('scoring-form');
  await expect(form).toBeVisible();
  await page.getByTestId('weight-courtesy').fill('0.5');
  const chat = page.locator('[data-channel="chat"] td').first();
  await chat.locator('input').fill('45');
  await chat.locator('select').selectOption('seconds');
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await saveScreenshot(page, 'settings-scoring');
  await page.getByTestId('save-scoring').click();
  // New weights make every stored conversation due: the page says how many the server started rescoring. It is read
  // from the page, not the network: Chromium may already have dropped the body of a response the page consumed.
  const message = page.getByTestId('scoring-saved');
  await expect(message).toHaveText(/^Saved\. Rescoring [\d,]+ conversations with the new settings…$/);
  const started = Number((await message.textContent())?.replace(/[^\d]/g, ''));
  expect(started).toBeGreaterThan(0);
  // Every stored conversation is due, which takes longer than a test should wait: the page shows how far it has got.
  await expect(page.getByText(/^[\d,]+ of [\d,]+ rescored$/).or(page.getByText('Saved. Scores are up to date.'))).toBeVisible();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await saveScreenshot(page, 'settings-scoring-saved');

  await page.reload();
  await expect(page.getByTestId('weight-courtesy')).toHaveValue('0.5');
  await expect(page.locator('[data-channel="chat"] td').first().locator('input')).toHaveValue('45');
});

test('an administrator adds a user and an API key, each secret shown once, and revokes the key', async ({ page }) => {
  await signIn(page, 'admin', '/settings/users');
  await page.getByTestId('new-user-email').fill('new.reviewer@example.com');
  await page.getByTestId('new-user-name').fill('New Reviewer');
  await page.getByTestId('create-user').click();
  await expect(page.getByTestId('temporary-password-value')).toHaveValue(/.{12,}/);
  await expect(page.getByTestId('users-table')).toContainText('new.reviewer@example.com');
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await saveScreenshot(page, 'settings-users');

  await page.getByTestId('settings-api-keys').click();
  await expect(page).toHaveURL(/\/settings\/api-keys$/);
  await page.getByTestId('new-key-name').fill('Helpdesk sync');
  await page.getByTestId('new-key-source').fill('helpdesk');
  await page.getByTestId('create-api-key').click();
  await expect(page.getByTestId('new-api-key-value')).toHaveValue(/^rk_/);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await saveScreenshot(page, 'settings-api-keys');

  await page.getByRole('button', { name: 'Revoke Helpdesk sync' }).click();
  await page.getByRole('button', { name: 'Revoke “Helpdesk sync” now?' }).click();
  await expect(page.getByTestId('api-keys-table').getByRole('row', { name: /Helpdesk sync/ })).toContainText('Revoked');
  await page.reload();
  await expect(page.getByTestId('new-api-key')).toHaveCount(0);
});
