import { expect, test } from '@playwright/test';
import { signIn } from './sign-in';

test('"Skip to content" moves focus to the main region of the current page, whatever the page', async ({
  page,
}) => {
  await signIn(page, 'vendor-manager', '/compare');
  // A fresh load puts the keyboard at the top of the document: the first Tab reaches the link, then Enter.
  await page.goto('/compare');
  await expect(page.getByTestId('sign-out')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#rp-main')).toBeFocused();
  await expect(page).toHaveURL(/\/compare/);
});
