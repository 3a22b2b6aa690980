import { expect, test } from '@playwright/test';
import { seriousAccessibilityViolations } from './axe';
import { saveScreenshot } from './screenshots';
import { signIn } from './sign-in';

/** Austrian holidays as a calendar app exports them, with one timed event (line 14) that is not a day off. */
const CALENDAR = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Alpen Service//Feiertage//DE',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20261224',
  'DTEND;VALUE=DATE:20261227',
  'SUMMARY:Weihnachten',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20261026',
  'SUMMARY:Nationalfeiertag',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART:20261120T140000Z',
  'SUMMARY:Teambesprechung',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

for (const viewport of [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`an administrator imports a vendor's holidays from an iCalendar file (${viewport.name})`, async ({ page }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await signIn(page, 'admin', '/settings');
    await page.getByTestId('vendor-settings-table').getByRole('button', { name: 'Edit Alpen Service' }).click();
    const holidays = page.getByTestId('holidays');
    await expect(holidays).toContainText('No holidays.');

    await page.getByTestId('holiday-file').setInputFiles({ name: 'feiertage.ics', mimeType: 'text/calendar', buffer: Buffer.from(CALENDAR) });
    const result = page.getByTestId('holiday-import-result');
    await expect(result).toContainText('Added 4 holidays from feiertage.ics. 1 line was not read:');
    await expect(result).toContainText('Line 14: DTSTART 20261120T140000Z has a time: only all-day events');
    await expect(holidays.locator('input[type="date"]')).toHaveCount(4);
    await expect(holidays.locator('input[type="date"]').first()).toHaveValue('2026-10-26');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // The vendor form fits the screen: nothing pans sideways, on a phone either.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await saveScreenshot(page, `settings-holidays-${viewport.name}`);

    await page.getByTestId('save-vendor').click();
    await expect(page.getByTestId('vendor-saved')).toHaveText(/^Alpen Service saved\./);
    await page.getByTestId('vendor-settings-table').getByRole('button', { name: 'Edit Alpen Service' }).click();
    await expect(page.getByTestId('holidays').locator('input[type="text"]').first()).toHaveValue('Nationalfeiertag');

    // Back to none, so the other viewport starts from the same profile.
    for (let left = 4; left > 0; left--) {
      await page.getByTestId('holidays').getByRole('button', { name: /^Remove the holiday/ }).first().click();
    }
    await page.getByTestId('save-vendor').click();
    await expect(page.getByTestId('vendor-saved')).toHaveText(/^Alpen Service saved\./);
  });
}
