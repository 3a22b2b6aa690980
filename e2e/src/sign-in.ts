import { expect, type Page } from '@playwright/test';

/** The password `serve.mjs` gives every demo user through DEMO_PASSWORD. */
export const E2E_DEMO_PASSWORD = 'e2e-demo-password';

/** Demo users: one per client role, and one partner per demo vendor (by slug). */
export function demoEmail(role: 'admin' | 'qa-reviewer' | 'qa-lead' | 'vendor-manager' | 'executive' | { partnerOf: string }): string {
  return typeof role === 'string' ? `${role}@demo.rapport.example` : `partner.${role.partnerOf}@demo.rapport.example`;
}

/** Opens `path` (sent to sign-in first), signs in through the form, and waits to be back on the page. */
export async function signIn(page: Page, role: Parameters<typeof demoEmail>[0], path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.getByTestId('login-form')).toBeVisible();
  await page.getByTestId('login-email').fill(demoEmail(role));
  await page.getByTestId('login-password').fill(E2E_DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('sign-out')).toBeVisible();
}
