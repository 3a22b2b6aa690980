import { expect, test } from '@playwright/test';
import { signIn } from './sign-in';

test('"Skip to content" moves focus to the main region of the current page, whatever the page', async ({
  page,
}) => {
  await signIn(page, 'vendor-manager', '/compare');
  await expect(page).toHaveURL(/\/compare/);
  // Keyboard users reach the link first: Tab from the top of the document, then Enter.
  await page.locator('body').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#rp-main')).toBeFocused();
  await expect(page).toHaveURL(/\/compare/);
});
