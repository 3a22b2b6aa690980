import { expect, test } from '@playwright/test';
import { seriousAccessibilityViolations } from './axe';
import { dropFile, toJsonl } from './conversation-files';
import { saveScreenshot } from './screenshots';
import { signIn } from './sign-in';

const CONVERSATIONS = 1500;

test('an administrator drops a file, watches it being read, and downloads the rejected rows', async ({ page }) => {
  await signIn(page, 'admin', '/imports');
  await expect(page.getByTestId('upload-form')).toBeVisible();
  await saveScreenshot(page, 'imports-empty-form');

  const day = Date.UTC(2024, 1, 10, 9);
  const file = toJsonl(
    Array.from({ length: CONVERSATIONS }, (_, index) => ({
      externalId: `e2e-import-${index}`,
      vendor: 'alpen-service',
      createdAt: new Date(day + index * 60_000).toISOString(),
      customer: 'Guten Tag, meine Bestellung ist noch nicht angekommen. Können Sie mir bitte helfen?',
      agent: 'Guten Tag, vielen Dank für Ihre Nachricht. Ich sehe mir das sofort an.',
      language: 'de',
    })),
    ['this line is not JSON', JSON.stringify({ externalId: 'no-vendor', channel: 'chat', createdAt: '2024-02-10T09:00:00Z', messages: [] })],
  );

  // Every answer about the job, to see it move from queued to completed.
  const statuses: string[] = [];
  let jobUrl = '';
  page.on('response', async (response) => {
    const path = new URL(response.url()).pathname;
    if (/^\/api\/imports\/[0-9a-f-]{36}$/.test(path)) {
      jobUrl = response.url();
    }
    if ((path === '/api/imports' && response.request().method() === 'POST') || /^\/api\/imports\/[0-9a-f-]{36}$/.test(path)) {
      const body = await response.json().catch(() => null);
      if (body?.status) {
        statuses.push(body.status);
      }
    }
  });

  await dropFile(page, 'e2e-chats.jsonl', file);
  await expect(page.getByTestId('chosen-file')).toContainText('e2e-chats.jsonl');
  await expect(page.getByTestId('format-select')).toHaveValue('jsonl');
  await page.getByTestId('start-import').click();

  await expect(page.getByTestId('import-progress')).toBeVisible();
  await expect(page.getByTestId('processing-progress')).toBeVisible();
  await expect(page.getByTestId('import-status')).toHaveText('Completed', { timeout: 45_000 });
  // The last answers' bodies may be gone from the network log once the page has moved on: the job is asked again.
  expect(((await (await page.request.get(jobUrl)).json()) as { status: string }).status).toBe('completed');
  expect(statuses[0]).toBe('queued');

  await expect(page.getByTestId('count-received')).toHaveText(`${(CONVERSATIONS + 2).toLocaleString('en')}`);
  await expect(page.getByTestId('count-created')).toHaveText(CONVERSATIONS.toLocaleString('en'));
  await expect(page.getByTestId('count-failed')).toHaveText('2');
  await expect(page.getByTestId('processing-progress')).toHaveJSProperty('value', 100);
  await expect(page.getByTestId('import-history').locator('tbody tr').first()).toContainText('e2e-chats.jsonl');
  // Why the two rows were rejected is on the page itself, with their lines.
  const firstRows = page.getByTestId('import-first-rows').locator('li');
  await expect(firstRows).toHaveCount(2);
  await expect(firstRows.nth(0)).toContainText(`Rejected: Line ${(CONVERSATIONS + 1).toLocaleString('en')}: invalid JSON`);
  await expect(firstRows.nth(1)).toContainText(`Line ${(CONVERSATIONS + 2).toLocaleString('en')}, vendor: vendor is required`);

  const href = await page.getByTestId('errors-download').getAttribute('href');
  expect(href).toMatch(/^\/api\/imports\/[0-9a-f-]+\/errors\.csv$/);
  const download = await page.request.get(href ?? '');
  expect(download.headers()['content-type']).toContain('text/csv');
  const rows = (await download.text()).trim().split('\n');
  expect(rows).toHaveLength(3);
  expect(rows[1]).toContain(String(CONVERSATIONS + 1));

  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await saveScreenshot(page, 'imports');
});

test('a help-desk export in Windows-1252, newest message first, imports with notes saying what was done', async ({ page }) => {
  await signIn(page, 'admin', '/imports');
  const header = 'conversation_id,vendor,channel,timestamp,author_role,text\n';
  const rows =
    'latin-1,lisboa-contact,chat,2024-02-12T10:02:00Z,agent,De nada! Boa tarde.\n' +
    'latin-1,lisboa-contact,chat,2024-02-12T10:00:00Z,customer,"Ol\u00e1, a minha encomenda n\u00e3o chegou."\n' +
    'latin-1,lisboa-contact,chat,2024-02-12T10:01:00Z,customer,Obrigado pela ajuda\n';
  // Latin-1 bytes: every character of this text is one byte of the same code.
  const bytes = Buffer.from(header + rows, 'latin1');
  await page.getByTestId('file-input').setInputFiles({ name: 'old-helpdesk.csv', mimeType: 'text/csv', buffer: bytes });
  await expect(page.getByTestId('format-select')).toHaveValue('message-csv');
  await page.getByTestId('start-import').click();
  await expect(page.getByTestId('import-status')).toHaveText('Completed', { timeout: 30_000 });
  await expect(page.getByTestId('count-created')).toHaveText('1');
  await expect(page.getByTestId('count-failed')).toHaveText('0');
  const notes = page.getByTestId('import-first-rows').locator('li');
  await expect(notes).toHaveCount(2);
  await expect(notes.nth(0)).toContainText('read as Windows-1252');
  await expect(notes.nth(1)).toContainText('sorted by time');
  await expect(page.getByTestId('errors-download')).toHaveText('Download the 2 notes (CSV)');
  await saveScreenshot(page, 'imports-notes');
});

test('a CSV file is mapped column by column from its own header', async ({ page }) => {
  await signIn(page, 'admin', '/imports');
  const csv = ['Ticket;Partner;Medium;Sent;Who;Body', 'csv-1;nordic-care;chat;2024-02-11T10:00:00Z;customer;Hej, var är mitt paket?', 'csv-1;nordic-care;chat;2024-02-11T10:01:00Z;agent;Hej! Jag kollar direkt.'].join('\n');
  await page.getByTestId('file-input').setInputFiles({ name: 'helpdesk-export.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByTestId('format-select')).toHaveValue('message-csv');
  await expect(page.getByTestId('upload-problems')).toContainText('conversation_id');
  const column = (field: string) => page.locator(`[data-field="${field}"] select`);
  for (const [field, header] of [
    ['conversation_id', 'Ticket'],
    ['vendor', 'Partner'],
    ['channel', 'Medium'],
    ['timestamp', 'Sent'],
    ['author_role', 'Who'],
    ['text', 'Body'],
  ]) {
    await column(field).selectOption(header);
  }
  await expect(page.getByTestId('upload-problems')).toHaveCount(0);
  await page.getByTestId('mapping-name').fill('Helpdesk export');
  await page.getByTestId('save-mapping').click();
  await expect(page.getByText('Saved as “Helpdesk export”.')).toBeVisible();
  await saveScreenshot(page, 'imports-column-mapping');

  await page.getByTestId('start-import').click();
  await expect(page.getByTestId('import-status')).toHaveText('Completed', { timeout: 30_000 });
  await expect(page.getByTestId('count-created')).toHaveText('1');
});
