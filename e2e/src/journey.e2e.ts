import { expect, type Page, test } from '@playwright/test';
import { seriousAccessibilityViolations } from './axe';
import { dropFile } from './conversation-files';
import { saveScreenshot } from './screenshots';
import { signIn } from './sign-in';

/** The vendor and customer language the imported conversations belong to (a demo vendor serving English). */
const VENDOR = { slug: 'manila-desk', name: 'Manila Desk' };
const OTHER_VENDOR = { slug: 'lisboa-contact', name: 'Lisboa Contact' };
const IMPORTED = 36;
/** The file's conversations are shared out in turn among this many agents. */
const AGENTS = 3;

/**
 * A long customer question answered with one word, then a customer who does not understand the answer: the agent
 * reply is curt (courtesy.curt-reply), the customer's "What do you mean?" asks for clarification
 * (comprehension.clarification-request).
 */
const CUSTOMER_QUESTION =
  'Hello, I ordered a blue winter jacket three weeks ago and it still has not arrived. The tracking page has shown no update since last Monday. ' +
  'Could you please tell me where my parcel is and when it will finally be delivered?';
const CURT_REPLY = 'Wait.';
const CLARIFICATION = 'What do you mean? How long should I wait?';
const DISMISSIVE_REPLY = 'Whatever. Not my problem.';

/** JSON Lines in the native conversation shape: `count` conversations of the vendor on the 27th of `month`. */
function journeyFile(tag: string, month: string, count: number): string {
  const lines = Array.from({ length: count }, (_, index) => {
    const start = Date.parse(`${month}-27T08:00:00Z`) + index * 7 * 60_000;
    const at = (seconds: number) => new Date(start + seconds * 1000).toISOString();
    const agent = { agentId: `${tag}-agent-${(index % AGENTS) + 1}`, agentName: `Journey Agent ${(index % AGENTS) + 1}` };
    return JSON.stringify({
      source: 'e2e-journey',
      externalId: `${tag}-${String(index).padStart(3, '0')}`,
      vendor: VENDOR.slug,
      channel: 'chat',
      language: 'en',
      createdAt: at(0),
      messages: [
        { role: 'customer', at: at(0), text: CUSTOMER_QUESTION },
        { role: 'agent', at: at(40), text: CURT_REPLY, ...agent },
        { role: 'customer', at: at(70), text: CLARIFICATION },
        { role: 'agent', at: at(100), text: DISMISSIVE_REPLY, ...agent },
      ],
    });
  });
  return lines.join('\n') + '\n';
}

/** "1,234" as shown in the tables, read back as a number. */
const countIn = (text: string): number => Number(text.replace(/[^\d]/g, ''));

async function openFromNavigation(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click();
}

test('an administrator imports a file and follows it through the scorecard, a comparison and a language gap down to the evidence', async ({ page }) => {
  test.setTimeout(240_000);
  const tag = `journey-${Date.now().toString(36)}`;

  // 1. The scorecard before: the month on show and the vendor's conversations in it.
  await signIn(page, 'admin', '/scorecard');
  const ranking = page.getByTestId('ranking-table');
  await expect(ranking.locator('tbody tr')).toHaveCount(5);
  const month = await page.getByTestId('month-filter').inputValue();
  expect(month).toMatch(/^\d{4}-\d{2}$/);
  const volume = ranking.locator(`tr[data-vendor="${VENDOR.slug}"] td.rp-table__numeric a`);
  const before = countIn(await volume.innerText());
  expect(before).toBeGreaterThan(0);
  await saveScreenshot(page, 'journey-1-scorecard-before');

  // 2. Import a file of that vendor and month, dropped on the Imports page, and watch it being read.
  await openFromNavigation(page, 'Imports');
  await expect(page.getByTestId('upload-form')).toBeVisible();
  await dropFile(page, `${tag}.jsonl`, journeyFile(tag, month, IMPORTED));
  await expect(page.getByTestId('chosen-file')).toContainText(`${tag}.jsonl`);
  await expect(page.getByTestId('format-select')).toHaveValue('jsonl');
  await page.getByTestId('start-import').click();
  await expect(page.getByTestId('import-progress')).toBeVisible();
  await expect(page.getByTestId('import-status')).toHaveText('Completed', { timeout: 60_000 });
  await expect(page.getByTestId('processing-progress')).toHaveJSProperty('value', 100);
  await expect(page.getByTestId('count-received')).toHaveText(String(IMPORTED));
  await expect(page.getByTestId('count-created')).toHaveText(String(IMPORTED));
  await expect(page.getByTestId('count-failed')).toHaveText('0');
  await expect(page.getByTestId('import-history').locator('tbody tr').first()).toContainText(`${tag}.jsonl`);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await saveScreenshot(page, 'journey-2-import-completed');

  // 3. Back on the scorecard (through the navigation, as a user would): the vendor's month has grown by the file.
  await openFromNavigation(page, 'Scorecard');
  await expect(page.getByTestId('month-filter')).toHaveValue(month);
  await expect(volume).toHaveText((before + IMPORTED).toLocaleString('en'));
  await expect(page.getByTestId('updating')).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await saveScreenshot(page, 'journey-3-scorecard-after');

  // 4. Compare the vendor with another one, side by side, from the ranking.
  await page.getByRole('checkbox', { name: `Compare ${VENDOR.name}` }).check();
  await page.getByRole('checkbox', { name: `Compare ${OTHER_VENDOR.name}` }).check();
  await page.getByTestId('compare-selected').click();
  await expect(page).toHaveURL(/\/compare\?vendors=/);
  await expect(page).toHaveURL(new RegExp(`vendors=(${VENDOR.slug},${OTHER_VENDOR.slug}|${OTHER_VENDOR.slug},${VENDOR.slug})`));
  const sideBySide = page.getByTestId('side-by-side-table');
  await expect(sideBySide.locator('thead th')).toHaveCount(3);
  await expect(sideBySide.locator('thead')).toContainText(VENDOR.name);
  await expect(sideBySide.locator('thead')).toContainText(`${(before + IMPORTED).toLocaleString('en')} conversations`);
  await expect(sideBySide.locator('thead')).toContainText(OTHER_VENDOR.name);
  await expect(page.getByTestId('significance-summary')).toContainText(/\d+ of \d+ differences are significant/);
  await saveScreenshot(page, 'journey-4-compare');

  // 5. The language gaps: clarification requests, the vendor's English cell, and the conversations behind it.
  await openFromNavigation(page, 'Gaps');
  const heatmap = page.getByTestId('gap-heatmap');
  await expect(heatmap).toBeVisible();
  await page.getByTestId('metric-filter').selectOption('clarificationRequests');
  await expect(page).toHaveURL(/metric=clarificationRequests/);
  const vendorRow = heatmap.locator('tbody tr', { has: page.getByRole('rowheader', { name: VENDOR.name }) });
  await vendorRow.locator('button[data-key$=":en"]').click();
  await expect(page).toHaveURL(/cell=[^&]+(:|%3A)en/);
  const panel = page.getByTestId('cell-panel');
  await expect(panel).toContainText(`${VENDOR.name} · English`);
  await expect(panel.getByTestId('cell-conversations').locator('li').first()).toBeVisible();
  await saveScreenshot(page, 'journey-5-gap-cell');

  // 6. Open the cell's clarification requests in Conversations and find the imported ones by text search.
  await panel.getByTestId('cell-focus-link').click();
  await expect(page).toHaveURL(/\/conversations\?.*signals=clarification-request/);
  await expect(page.getByTestId('conversation-table').locator('tbody tr').first()).toBeVisible();
  await page.getByTestId('search-filter').fill(tag);
  await expect(page).toHaveURL(new RegExp(`q=${tag}`));
  await expect(page.getByTestId('updating')).toHaveCount(0);
  // Every imported conversation asks for clarification, so the search finds all of them and nothing else.
  await expect(page.getByTestId('result-summary')).toHaveText(`Showing 1–${IMPORTED} of ${IMPORTED} conversations`);
  const rows = page.getByTestId('conversation-table').locator('tbody tr');
  await expect(rows.first()).toContainText(tag);
  await expect(rows.first()).toContainText(VENDOR.name);

  // Narrow to one agent by name: the field offers it, the URL keeps its id, the list keeps its share of the file.
  const agentField = page.getByTestId('agent-filter');
  await agentField.fill('Journey Agent 2');
  await expect(page.getByTestId('agent-options').locator('option[value="Journey Agent 2"]')).toHaveCount(1);
  await agentField.press('Enter');
  await expect(page).toHaveURL(new RegExp(`agent=${tag}-agent-2(&|$)`));
  await expect(page.getByTestId('updating')).toHaveCount(0);
  await expect(page.getByTestId('result-summary')).toHaveText(`Showing 1–${IMPORTED / AGENTS} of ${IMPORTED / AGENTS} conversations`);
  await page.getByRole('heading', { level: 1 }).click();
  await expect(agentField).toHaveValue('Journey Agent 2');
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await saveScreenshot(page, 'journey-6-conversations');

  // 7. One imported conversation, with the curt reply and the clarification request highlighted and explained.
  await rows.first().getByRole('link').click();
  await expect(page).toHaveURL(/\/conversations\/[0-9a-f-]+$/);
  const transcript = page.getByTestId('transcript');
  await expect(transcript.getByTestId('message-text').nth(1)).toContainText('Wait');
  const explanationOf = async (text: string) => {
    const mark = transcript.getByTestId('evidence-highlight').filter({ hasText: text }).first();
    await expect(mark).toBeVisible();
    const ids = (await mark.getAttribute('aria-describedby'))?.split(' ') ?? [];
    return page.locator(ids.map((id) => `[id="${id}"]`).join(', '));
  };
  // Rules are named in words on the page; each keeps its id in the markup.
  await expect((await explanationOf('Wait')).and(page.locator('[data-rule="courtesy.curt-reply"]'))).toHaveCount(1);
  await expect((await explanationOf('What do you mean')).and(page.locator('[data-rule="comprehension.clarification-request"]'))).toHaveCount(1);
  const fired = page.getByTestId('fired-rules');
  await expect(fired.locator('[data-rule="courtesy.curt-reply"]')).toHaveCount(1);
  await expect(fired.locator('[data-rule="comprehension.clarification-request"]')).toHaveCount(1);
  await expect(fired).not.toContainText('courtesy.curt-reply');
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await saveScreenshot(page, 'journey-7-conversation-evidence');
});
