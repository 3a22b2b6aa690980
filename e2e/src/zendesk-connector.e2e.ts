import { expect, test } from '@playwright/test';
import { FakeZendesk, zendeskTicket } from '@rapport/fake-help-desks';
import { seriousAccessibilityViolations } from './axe';
import { saveScreenshot } from './screenshots';
import { signIn } from './sign-in';

/** The server is told (e2e/serve.mjs) that Zendesk answers on the port after its own. */
const FAKE_PORT = Number(process.env['E2E_PORT'] ?? 3300) + 1;

test('an administrator sets up the Zendesk connector, syncs, and sees the import finish', async ({ page }) => {
  const zendesk = new FakeZendesk({
    pages: [{ tickets: [zendeskTicket(1), zendeskTicket(2), zendeskTicket(3)] }, { tickets: [zendeskTicket(2, { status: 'solved', updated_at: '2026-03-03T09:00:00Z' }), zendeskTicket(4)] }],
  });
  await zendesk.start(FAKE_PORT);
  try {
    await signIn(page, 'admin', '/settings/connectors');
    await expect(page.getByTestId('zendesk-status')).toHaveText('Not set up yet.');
    await page.getByTestId('zendesk-subdomain').fill('acme');
    await page.getByTestId('zendesk-email').fill('admin@acme.test');
    await page.getByTestId('zendesk-token').fill('good-token');
    await page.getByTestId('zendesk-groups').fill('360010 = nordic-care');
    await page.getByTestId('zendesk-save').click();
    await expect(page.getByTestId('zendesk-saved')).toBeVisible();
    // Write-only: the token is not in the field, nor anywhere on the page, after saving.
    await expect(page.getByTestId('zendesk-token')).toHaveValue('');
    await expect(page.getByTestId('zendesk-token')).toHaveAttribute('placeholder', 'Stored; leave empty to keep it');
    expect(await page.content()).not.toContain('good-token');
    // The mapping was sent and stored: it comes back after a reload, each box with its hint of names.
    await page.reload();
    await expect(page.getByTestId('zendesk-groups')).toHaveValue('360010 = nordic-care');
    await expect(page.getByTestId('zendesk-brands')).toHaveValue('');
    await expect(page.getByTestId('zendesk-brand-names')).toHaveText(
      "The brands' names show here after the first sync; until then write ids.",
    );

    await page.getByTestId('zendesk-sync').click();
    await expect(page.getByTestId('zendesk-sync-queued')).toBeVisible();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'settings-zendesk-1440');
    await page.setViewportSize({ width: 390, height: 844 });
    await saveScreenshot(page, 'settings-zendesk-390');
    await page.setViewportSize({ width: 1440, height: 900 });

    await page.getByRole('link', { name: 'Imports page' }).click();
    const row = page.getByTestId('import-history').locator('tbody tr', { hasText: 'Zendesk acme: 5 tickets, 2 pages' });
    await expect(row).toContainText('Completed', { timeout: 30_000 });
    await expect(row).toContainText('by Zendesk connector');
    await expect(row).toContainText('4 created');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'imports-zendesk-sync-1440');
    await page.setViewportSize({ width: 390, height: 844 });
    await saveScreenshot(page, 'imports-zendesk-sync-390');
  } finally {
    await zendesk.close();
  }
});
