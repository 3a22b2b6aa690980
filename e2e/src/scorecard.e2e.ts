import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { seriousAccessibilityViolations } from './axe';
import { saveScreenshot } from './screenshots';
import { signIn } from './sign-in';

test('the monthly scorecard shows headline figures, a ranking with intervals and twelve-month trends', async ({ page }) => {
  const scorecard = page.waitForResponse((response) => response.url().includes('/api/analytics/scorecard') && response.ok());
  await signIn(page, 'executive', '/scorecard');
  await scorecard;

  await expect(page.getByRole('heading', { level: 1, name: 'Monthly scorecard' })).toBeVisible();
  await expect(page.getByTestId('tile-volume')).toBeVisible();
  const ranking = page.getByTestId('ranking-table');
  await expect(ranking.locator('tbody tr')).toHaveCount(5);
  await expect(ranking.locator('tbody tr').first().getByTestId('rank')).toHaveText(/^1 of \d$/);
  await expect(ranking).toContainText('95% interval');
  await expect(ranking).toContainText('n = ');

  for (const metric of ['csat', 'responsiveness', 'courtesy', 'comprehension']) {
    const chart = page.getByTestId(`trend-${metric}`);
    await expect(chart).toBeVisible();
    const drawn = await chart.evaluate((canvas: HTMLCanvasElement) => {
      const blank = document.createElement('canvas');
      blank.width = canvas.width;
      blank.height = canvas.height;
      return canvas.width > 0 && canvas.toDataURL() !== blank.toDataURL();
    });
    expect(drawn).toBe(true);
  }

  // Every chart has its numbers as a table, one keyboard press away.
  const disclosure = page.locator('rp-chart-panel summary').first();
  await disclosure.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('trend-csat-table')).toBeVisible();

  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  // From the top, so the sticky header sits where it belongs in the full-page picture.
  await page.evaluate(() => window.scrollTo(0, 0));
  await saveScreenshot(page, 'scorecard');
});

test('the month is kept in the URL and every figure follows it', async ({ page }) => {
  await signIn(page, 'executive', '/scorecard');
  const month = page.getByTestId('month-filter');
  await expect(page.getByTestId('ranking-table')).toBeVisible();
  const options = await month.locator('option').evaluateAll((nodes) => nodes.map((node) => (node as HTMLOptionElement).value));
  const earlier = options[2];
  expect(earlier).toMatch(/^\d{4}-\d{2}$/);

  // Per vendor: conversations, rank, and the overall score cell as shown.
  const ranking = page.getByTestId('ranking-table');
  const shown = (): Promise<Record<string, { volume: number; rank?: string; overall?: string }>> =>
    ranking.locator('tbody tr').evaluateAll((rows) =>
      Object.fromEntries(
        rows.map((row) => [
          row.getAttribute('data-vendor'),
          {
            volume: Number((row.querySelector('td.rp-table__numeric')?.textContent ?? '').replace(/\D/g, '')),
            rank: row.querySelector('[data-testid="rank"]')?.textContent?.trim(),
            overall: row.querySelector('td[data-metric="overall"]')?.textContent?.trim(),
          },
        ]),
      ),
    );
  const before = await shown();
  expect(Object.keys(before).length).toBeGreaterThan(0);

  const reloaded = page.waitForResponse((response) => response.url().includes('/api/analytics/scorecard') && response.url().includes(`to=${earlier}`));
  await month.selectOption(earlier ?? '');
  // Read the same answer again beside the page: the page's own response body may be gone by the time it is asked
  // for (the dashboard's fetch ends its request once it has read it, and other answers arriving meanwhile make that
  // race likely).
  const answer = (await (await page.request.get((await reloaded).url())).json()) as {
    rows: Array<{ vendor: { slug: string }; month: string; volume: { current: number }; metrics: { overall: { rank: number | null; rankedAmong: number } } }>;
  };
  await expect(page).toHaveURL(new RegExp(`month=${earlier}`));
  await expect(page.getByTestId('scorecard-context')).not.toContainText('Updating');
  await expect(page.getByTestId('updating')).toHaveCount(0);
  await expect(page.getByTestId('download-pdf')).toHaveAttribute('href', `/api/reports/scorecard.pdf?month=${earlier}`);

  // Every vendor's volume and rank in the ranking are the chosen month's, and the scores shown are no longer the ones
  // shown before.
  const chosen = answer.rows.filter((row) => row.month === earlier);
  expect(chosen.length).toBeGreaterThan(0);
  const expected = Object.fromEntries(
    chosen.map((row) => [row.vendor.slug, { volume: row.volume.current, rank: row.metrics.overall.rank === null ? 'Not ranked' : `${row.metrics.overall.rank} of ${row.metrics.overall.rankedAmong}` }]),
  );
  await expect
    .poll(async () => Object.fromEntries(Object.entries(await shown()).map(([slug, figures]) => [slug, { volume: figures.volume, rank: figures.rank }])))
    .toEqual(expected);
  const after = await shown();
  expect(Object.keys(after).map((slug) => after[slug]?.overall)).not.toEqual(Object.keys(after).map((slug) => before[slug]?.overall));

  // The address alone brings the same view back, e.g. when shared.
  await page.reload();
  await expect(page.getByTestId('month-filter')).toHaveValue(earlier ?? '');
});

test('"Download PDF" downloads the month’s scorecard as a PDF', async ({ page }) => {
  await signIn(page, 'executive', '/scorecard');
  await expect(page.getByTestId('ranking-table')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-pdf').click()]);
  expect(download.suggestedFilename()).toMatch(/^rapport-scorecard-\d{4}-\d{2}\.pdf$/);
  const path = await download.path();
  expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
});

test('the print layout drops navigation and controls and keeps the report', async ({ page }) => {
  await signIn(page, 'executive', '/scorecard');
  await expect(page.getByTestId('ranking-table')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByTestId('month-filter')).toBeHidden();
  await expect(page.getByTestId('ranking-table')).toBeVisible();
  // The report takes the whole width freed by the navigation.
  const tableWidth = await page.getByTestId('ranking-table').evaluate((table) => table.getBoundingClientRect().width);
  expect(tableWidth).toBeGreaterThan(1000);
  await saveScreenshot(page, 'scorecard-print');
});

test('on a laptop screen the pages fit the width; wide tables scroll inside their cards', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await signIn(page, 'vendor-manager', '/scorecard');
  const pages: Array<[string, string]> = [
    ['/scorecard', 'ranking-table'],
    ['/compare?vendors=lisboa-contact,manila-desk', 'side-by-side-table'],
  ];
  for (const [path, testId] of pages) {
    await page.goto(path);
    await expect(page.getByTestId(testId)).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await page.goto('/vendors');
  await page.getByTestId('vendor-table').getByRole('link', { name: 'Lisboa Contact' }).click();
  await expect(page.getByTestId('agents-table')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 'vendor detail').toBeLessThanOrEqual(0);

  await page.goto('/scorecard');
  await expect(page.getByTestId('ranking-table')).toBeVisible();
  await saveScreenshot(page, 'scorecard-laptop');
});
