import { expect, type Page, test } from '@playwright/test';
import { seriousAccessibilityViolations } from './axe';
import { dropFile, toJsonl } from './conversation-files';
import { saveScreenshot } from './screenshots';
import { signIn } from './sign-in';

const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The month running now and the one before it (UTC), as YYYY-MM, worked out here from the calendar alone. */
function calendar(now = new Date()): { running: string; previous: string; runningLabel: string } {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  const previous = new Date(Date.UTC(year, month - 1, 1));
  const pad = (value: number) => String(value).padStart(2, '0');
  return {
    running: `${year}-${pad(month + 1)}`,
    previous: `${previous.getUTCFullYear()}-${pad(previous.getUTCMonth() + 1)}`,
    runningLabel: `${LONG_MONTHS[month]} ${year}`,
  };
}

/** Three conversations of one vendor dated earlier today (never before the 1st): a first import of the new month. */
async function importThreeOfTheRunningMonth(page: Page): Promise<void> {
  const now = Date.now();
  const monthStart = Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth(), 1);
  const first = Math.max(monthStart + 60_000, now - 60 * 60_000);
  const tag = `month-to-date-${now.toString(36)}`;
  const file = toJsonl(
    Array.from({ length: 3 }, (_, index) => ({
      externalId: `${tag}-${index}`,
      vendor: 'manila-desk',
      createdAt: new Date(first + index * 60_000).toISOString(),
      customer: 'Hello, my parcel has not arrived yet. Could you please check where it is?',
      agent: 'Hello, thank you for writing. I am checking your parcel right now.',
      language: 'en',
    })),
  );
  await page.goto('/imports');
  await dropFile(page, `${tag}.jsonl`, file);
  await page.getByTestId('start-import').click();
  await expect(page.getByTestId('import-status')).toHaveText('Completed', { timeout: 60_000 });
  await expect(page.getByTestId('count-created')).toHaveText('3');
}

test('after a first import of a new month, every page still opens on the latest complete month; the running month is shown only when chosen, marked month to date', async ({
  page,
}) => {
  const { running, previous, runningLabel } = calendar();
  await signIn(page, 'admin', '/imports');
  await importThreeOfTheRunningMonth(page);

  // The scorecard (and its PDF) opens on the complete month, ranked; the running month is offered, labelled partial.
  await page.goto('/scorecard');
  const month = page.getByTestId('month-filter');
  await expect(page.getByTestId('ranking-table').locator('tbody tr')).toHaveCount(5);
  await expect(month).toHaveValue(previous);
  await expect(page.getByTestId('download-pdf')).toHaveAttribute('href', new RegExp(`month=${previous}`));
  await expect(page.getByTestId('month-to-date')).toHaveCount(0);
  await expect(month.locator(`option[value="${running}"]`)).toHaveText(`${runningLabel} (month to date)`);

  // Chosen, the running month says in words that its figures are partial.
  await month.selectOption(running);
  await expect(page).toHaveURL(new RegExp(`month=${running}`));
  await expect(page.getByTestId('month-to-date')).toContainText(`${runningLabel} is month to date (partial)`);
  // Checked once the month's figures have arrived: the previous month's stay dimmed until then.
  await expect(page.getByTestId('scorecard-report')).not.toHaveAttribute('aria-busy', 'true');
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await page.evaluate(() => window.scrollTo(0, 0));
  await saveScreenshot(page, 'scorecard-month-to-date');
  await page.setViewportSize({ width: 390, height: 844 });
  await saveScreenshot(page, 'scorecard-month-to-date-390');
  await page.setViewportSize({ width: 1440, height: 900 });

  // The conversation list defaults to the complete month too: far more than the three new conversations.
  await page.goto('/conversations');
  await expect(page.getByTestId('result-summary')).toContainText('Showing 1–50 of');
  await expect(page.getByTestId('conversation-table').locator('tbody tr')).toHaveCount(50);

  // Gaps and comparisons end their default period with the complete month.
  await page.goto('/gaps');
  await expect(page.getByTestId('to-filter')).toHaveValue(previous);
  await page.goto('/compare?vendors=manila-desk,lisboa-contact');
  await expect(page.getByTestId('to-filter')).toHaveValue(previous);

  // A vendor's page opens on its complete month.
  await page.goto('/vendors/manila-desk');
  await expect(page.getByTestId('month-filter')).toHaveValue(previous);
  await expect(page.getByTestId('month-to-date')).toHaveCount(0);

  // The vendors chart and table run to the complete month: the running month is no column of the chart's table.
  await page.goto('/vendors');
  const shortPrevious = `${LONG_MONTHS[Number(previous.slice(5)) - 1].slice(0, 3)} ${previous.slice(0, 4)}`;
  await expect(page.getByTestId('vendor-volume-chart')).toHaveAttribute('aria-label', new RegExp(`to ${shortPrevious}$`));
});
