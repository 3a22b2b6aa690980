import { expect, test } from '@playwright/test';
import { saveScreenshot } from './screenshots';
import { signIn } from './sign-in';

test('the vendors page shows demo conversations per vendor and month, read from the API', async ({ page }) => {
  const volume = page.waitForResponse((response) => response.url().endsWith('/api/vendors/monthly-volume') && response.ok());
  await signIn(page, 'vendor-manager');
  await volume;
  await expect(page).toHaveURL(/\/vendors/);
  const chart = page.getByTestId('vendor-volume-chart');
  await expect(chart).toBeVisible();
  // The canvas must have been drawn on: an empty canvas encodes to the same data URL as a blank one.
  const drawn = await chart.evaluate((canvas: HTMLCanvasElement) => {
    const blank = document.createElement('canvas');
    blank.width = canvas.width;
    blank.height = canvas.height;
    return canvas.width > 0 && canvas.toDataURL() !== blank.toDataURL();
  });
  expect(drawn).toBe(true);
  const table = page.getByTestId('vendor-table');
  // The five demo vendors (another spec may have added one to the shared server).
  await expect(table.getByRole('row', { name: /Alpen Service|Andes Support|Lisboa Contact|Manila Desk|Nordic Care/ })).toHaveCount(5);
  await expect(table).toContainText('Lisboa Contact');
  await saveScreenshot(page, 'vendors');
});

test('API documentation is served', async ({ page }) => {
  await page.goto('/api/docs');
  await expect(page.getByText('Rapport API')).toBeVisible();
});
