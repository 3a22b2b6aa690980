import { expect, test } from '@playwright/test';
import { seriousAccessibilityViolations } from './axe';
import { saveScreenshot } from './screenshots';
import { signIn } from './sign-in';

test('each role lands where its work is: executives on the scorecard, QA reviewers on the review queue, others on the vendors', async ({
  page,
}) => {
  for (const [role, home] of [
    ['executive', '/scorecard'],
    ['qa-reviewer', '/reviews'],
    ['vendor-manager', '/vendors'],
  ] as const) {
    await page.context().clearCookies();
    await signIn(page, role, '/');
    await expect(page).toHaveURL(new RegExp(`${home}$`));
  }
});

test('a vendor page names the country as the vendors list does ("Austria", not "AT")', async ({ page }) => {
  await signIn(page, 'vendor-manager', '/vendors/alpen-service');
  const heading = page.getByRole('heading', { level: 1, name: 'Alpen Service' });
  await expect(heading).toBeVisible();
  await expect(page.locator('rp-page-header .description')).toHaveText(/^Austria · Europe\/Vienna/);
});

test('a new API key has a Copy button that puts the key on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signIn(page, 'admin', '/settings/api-keys');
  await page.getByTestId('new-key-name').fill('Copy test');
  await page.getByTestId('new-key-source').fill('copy-test');
  await page.getByTestId('create-api-key').click();
  const value = await page.getByTestId('new-api-key-value').inputValue();
  expect(value).toMatch(/^rk_/);
  await page.getByTestId('new-api-key-copy').click();
  await expect(page.getByTestId('new-api-key-copied')).toHaveText('Copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(value);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await saveScreenshot(page, 'settings-api-key-copy');
});
