import { expect, test, type Download } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { seriousAccessibilityViolations } from './axe';
import { saveScreenshot } from './screenshots';
import { signIn } from './sign-in';

async function contents(download: Download): Promise<Buffer> {
  return readFileSync((await download.path()) as string);
}

test('the scorecard ranking downloads as CSV and as Excel with the month on screen', async ({ page }) => {
  await signIn(page, 'executive', '/scorecard');
  await expect(page.getByTestId('ranking-table').locator('tbody tr')).toHaveCount(5);
  const month = await page.getByTestId('month-filter').inputValue();
  expect(month).toMatch(/^\d{4}-\d{2}$/);

  const group = page.getByRole('group', { name: 'Export the ranking' });
  // The page reads the year up to the month shown (ranking and trends): so does its export.
  await expect(group.getByRole('link', { name: 'CSV' })).toHaveAttribute('href', new RegExp(`^/api/exports/scorecard\\?.*to=${month}.*format=csv$`));

  const [csv] = await Promise.all([page.waitForEvent('download'), group.getByRole('link', { name: 'CSV' }).click()]);
  expect(csv.suggestedFilename()).toBe('rapport-scorecard.csv');
  const lines = (await contents(csv)).toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines[0]).toMatch(/^month,vendor_slug,vendor_name,conversations,metric,estimate,lower,upper,n,status,method,rank/);
  // The ranking on screen: the month's overall score of each of the five vendors.
  const overall = lines.filter((line) => line.startsWith(`${month},`) && line.includes(',overall,'));
  expect(overall).toHaveLength(5);

  const [xlsx] = await Promise.all([page.waitForEvent('download'), group.getByRole('link', { name: 'Excel' }).click()]);
  expect(xlsx.suggestedFilename()).toBe('rapport-scorecard.xlsx');
  // An Excel workbook is a zip archive.
  expect((await contents(xlsx)).subarray(0, 2).toString('latin1')).toBe('PK');

  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await page.evaluate(() => window.scrollTo(0, 0));
  await saveScreenshot(page, 'scorecard-exports');
});

test('a partner exports its own conversations only', async ({ page }) => {
  await signIn(page, { partnerOf: 'manila-desk' }, '/conversations');
  const group = page.getByRole('group', { name: 'Export the conversations' });
  const [csv] = await Promise.all([page.waitForEvent('download'), group.getByRole('link', { name: 'CSV' }).click()]);
  const text = (await contents(csv)).toString('utf8');
  expect(text.split('\r\n')[0]).toContain('vendor_slug');
  expect(text).toContain(',manila-desk,Manila Desk,');
  // Not a line of any other demo vendor.
  for (const other of ['lisboa-contact', 'andes-support', 'alpen-service', 'nordic-care', 'Lisboa Contact', 'Andes Support', 'Alpen Service', 'Nordic Care']) {
    expect({ other, found: text.includes(other) }).toEqual({ other, found: false });
  }
});
