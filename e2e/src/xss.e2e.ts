import { expect, test } from '@playwright/test';
import { dropFile, toJsonl } from './conversation-files';
import { signIn } from './sign-in';

const PAYLOAD = '<img src=x onerror="window.__xssRan=true;alert(1)">';

test('an imported transcript full of markup shows as text and runs nothing', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });

  await signIn(page, 'admin', '/imports');
  // A day with no demo data, so the list below holds only this conversation.
  const file = toJsonl([
    {
      externalId: `xss-${Date.now()}`,
      vendor: 'manila-desk',
      createdAt: '2023-03-15T10:00:00.000Z',
      customer: `${PAYLOAD} where is my order? <script>window.__xssRan=true</script>`,
      agent: `Sorry! ${PAYLOAD} <b>bold</b>`,
      language: 'en',
    },
  ]);
  await dropFile(page, 'xss.jsonl', file);
  await page.getByTestId('start-import').click();
  await expect(page.getByTestId('import-status')).toHaveText('Completed', { timeout: 30_000 });
  await expect(page.getByTestId('count-created')).toHaveText('1');

  await page.goto('/conversations?from=2023-03-15&to=2023-03-15&vendors=manila-desk');
  const rows = page.getByTestId('conversation-table').locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await rows.first().getByRole('link').click();

  const transcript = page.getByTestId('transcript');
  await expect(transcript.getByTestId('message-text')).toHaveCount(2);
  // The message as written: its text nodes and highlights, without the evidence reference numbers beside them.
  const written = await transcript.getByTestId('message-text').evaluateAll((paragraphs) =>
    paragraphs.map((paragraph) =>
      Array.from(paragraph.childNodes)
        .filter((node) => node.nodeType === Node.TEXT_NODE || (node as Element).tagName === 'MARK')
        .map((node) => node.textContent)
        .join(''),
    ),
  );
  expect(written).toEqual([`${PAYLOAD} where is my order? <script>window.__xssRan=true</script>`, `Sorry! ${PAYLOAD} <b>bold</b>`]);
  await expect(transcript.locator('img, script, b')).toHaveCount(0);
  await expect(page.locator('main img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xssRan?: boolean }).__xssRan ?? false)).toBe(false);
  expect(dialogs).toEqual([]);
});
