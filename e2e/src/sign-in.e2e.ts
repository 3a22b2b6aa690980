import { expect, test } from '@playwright/test';
import { saveScreenshot } from './screenshots';
import { demoEmail, signIn } from './sign-in';

test('visitors are sent to sign in, and wrong passwords are refused with a message', async ({ page }) => {
  await page.goto('/compare');
  await expect(page).toHaveURL(/\/login\?returnUrl=%2Fcompare/);
  await page.getByTestId('login-email').fill(demoEmail('admin'));
  await page.getByTestId('login-password').fill('not the password');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('login-error')).toHaveText('Email or password is incorrect');
  await saveScreenshot(page, 'sign-in-refused');
});

test('a partner user sees only its own vendor and the pages of its role', async ({ page }) => {
  const vendors = page.waitForResponse((response) => response.url().endsWith('/api/vendors') && response.ok());
  await signIn(page, { partnerOf: 'manila-desk' }, '/vendors');
  await vendors;
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link')).toHaveText(['Scorecard', 'Vendors', 'Conversations', 'Reviews', 'Reports']);
  const table = page.getByTestId('vendor-table');
  await expect(table).toContainText('Manila Desk');
  await expect(table).not.toContainText('Lisboa Contact');
  await saveScreenshot(page, 'partner-vendors');

  // Typing the address of a page the role may not use says so in words; the API would refuse its data anyway.
  await page.goto('/settings');
  await expect(page).toHaveURL(/\/not-allowed\?page=settings$/);
  await expect(page.getByTestId('not-allowed')).toContainText('The Settings page is not open to partner users');
  const users = await page.request.get('/api/users');
  expect(users.status()).toBe(403);

  await page.getByTestId('sign-out').click();
  await expect(page.getByTestId('login-form')).toBeVisible();
  expect((await page.request.get('/api/auth/me')).status()).toBe(401);
});
