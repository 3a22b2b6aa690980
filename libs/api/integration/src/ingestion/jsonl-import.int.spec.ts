import { createTestApi, loginAs, seedVendor, TestApi } from '@rapport/api-testing';
import { ScoringWorker } from '@rapport/api-scoring';
import { count, errorLines, fixture, importFile, messagesOf, noticeLines } from './import-helpers';

jest.setTimeout(60_000);

describe('JSON Lines imports', () => {
  let api: TestApi;
  let admin: Record<string, string>;
  const file = () => ({ name: 'conversations.jsonl', content: fixture('conversations.jsonl') });

  beforeEach(async () => {
    api = await createTestApi();
    admin = (await loginAs(api, 'admin')).headers;
    await seedVendor(api, { slug: 'acme' });
  });
  afterEach(() => api.close());

  it('stores the valid lines and reports every bad line with its line, field and reason', async () => {
    const job = await importFile(api, admin, file(), { format: 'jsonl' });
    expect(job).toMatchObject({ status: 'completed', counts: { received: 13, created: 5, updated: 0, unchanged: 0, failed: 8 }, errorCount: 8, noticeCount: 1 });
    expect(job.bytesProcessed).toBe(job.bytesTotal);
    expect(job.linesProcessed).toBe(13);
    const errors = await errorLines(api, admin, job.id);
    expect(errors.map((error) => [error.line, error.field])).toEqual([
      [5, null],
      [6, 'vendor'],
      [7, 'channel'],
      [8, 'createdAt'],
      [10, 'messages[0].text'],
      [11, 'externalId'],
      [12, 'vendor'],
      [13, 'messages[0].role'],
    ]);
    expect(errors[3]?.reason).toMatch(/cannot read timestamp "yesterday"/);
    expect(errors[5]?.reason).toMatch(/duplicate externalId "offset-1" \(first on line 1\)/);
    expect(errors[6]?.reason).toMatch(/unknown vendor "nobody"/);
    // Line 9 lists its messages out of time order: stored sorted, with a notice.
    expect(await noticeLines(api, admin, job.id)).toEqual([{ line: 9, field: 'messages[1].at', reason: expect.stringMatching(/sorted by time/) }]);
    expect((await messagesOf(api, 'order-9')).map((m) => m.text)).toEqual(['Hello', 'Hi']);
    expect(await count(api, 'conversations')).toBe(5);
    expect(await count(api, 'messages')).toBe(10);
  });

  it('normalises timestamps with offsets, epoch seconds and milliseconds and the Twitter format to UTC', async () => {
    await importFile(api, admin, file(), { format: 'jsonl' });
    expect((await messagesOf(api, 'offset-1')).map((m) => m.sent_at)).toEqual(['2026-03-02T10:00:00.000Z', '2026-03-02T10:02:00.000Z']);
    expect((await messagesOf(api, 'epoch-2')).map((m) => m.sent_at)).toEqual(['2026-03-02T10:00:00.000Z', '2026-03-02T10:03:30.000Z']);
    expect((await messagesOf(api, 'twitter-3')).map((m) => m.sent_at)).toEqual(['2026-03-02T10:00:00.000Z', '2026-03-03T09:00:00.000Z']);
    const [row] = await api.dataSource.query(`SELECT created_at FROM conversations WHERE external_id = 'epoch-2'`);
    expect(row.created_at).toBe('2026-03-02T10:00:00.000Z');
  });

  it('keeps emoji and right-to-left text intact and internal notes flagged', async () => {
    await importFile(api, admin, file(), { format: 'jsonl' });
    expect((await messagesOf(api, 'twitter-3')).map((m) => m.text)).toEqual(['@acme my parcel is lost 😡', 'We are on it 🙏 please DM us.']);
    const rtl = await messagesOf(api, 'rtl-4');
    expect(rtl.map((m) => m.text)).toEqual(['مرحبا، طلبي لم يصل بعد', 'שלום! אני בודק את זה עכשיו']);
    expect(rtl.map((m) => Boolean(m.is_internal))).toEqual([false, true]);
  });

  it('reads UTF-8 with a byte order mark and CRLF line ends like plain UTF-8', async () => {
    const content = '\uFEFF' + fixture('conversations.jsonl').replace(/\n/g, '\r\n');
    const job = await importFile(api, admin, { name: 'windows.jsonl', content }, { format: 'jsonl' });
    expect(job.counts).toEqual({ received: 13, created: 5, updated: 0, unchanged: 0, failed: 8 });
    expect((await messagesOf(api, 'rtl-4'))[0]?.text).toBe('مرحبا، طلبي لم يصل بعد');
  });

  it('stops where UTF-8 turns into another encoding, with an error at its line, keeping the lines before it', async () => {
    const lines = fixture('conversations.jsonl').split('\n');
    const latin1 = Buffer.from(JSON.stringify({ externalId: 'latin-x', vendor: 'acme', channel: 'chat', createdAt: '2026-03-04T08:00:00Z', messages: [{ role: 'customer', at: '2026-03-04T08:00:00Z', text: 'Olá, não chegou' }] }), 'latin1');
    // Line 3 of the fixture holds emoji (UTF-8), so a Latin-1 line after it is a file of two encodings.
    const content = Buffer.concat([Buffer.from(`${lines[0]}\n${lines[2]}\n`), latin1, Buffer.from(`\n${lines[1]}\n`)]);
    const job = await importFile(api, admin, { name: 'mixed.jsonl', content }, { format: 'jsonl' });
    expect(job.status).toBe('failed');
    expect(job.failure).toMatch(/^stopped at line 3: .*not valid UTF-8: the file mixes UTF-8 with another encoding/);
    expect(job.counts).toMatchObject({ created: 2, failed: 1 });
    expect(await count(api, 'conversations')).toBe(2);
  });

  it('reads a Latin-1 line after plain ASCII lines as Windows-1252, saying so', async () => {
    const lines = fixture('conversations.jsonl').split('\n');
    const latin1 = Buffer.from(JSON.stringify({ externalId: 'latin-x', vendor: 'acme', channel: 'chat', createdAt: '2026-03-04T08:00:00Z', messages: [{ role: 'customer', at: '2026-03-04T08:00:00Z', text: 'Olá, não chegou' }] }), 'latin1');
    const content = Buffer.concat([Buffer.from(`${lines[0]}\n${lines[1]}\n`), latin1, Buffer.from('\n')]);
    const job = await importFile(api, admin, { name: 'latin1.jsonl', content }, { format: 'jsonl' });
    expect(job).toMatchObject({ status: 'completed', counts: { created: 3, failed: 0 }, noticeCount: 1 });
    expect((await messagesOf(api, 'latin-x')).map((m) => m.text)).toEqual(['Olá, não chegou']);
    expect(await noticeLines(api, admin, job.id)).toEqual([{ line: 3, field: null, reason: expect.stringMatching(/read as Windows-1252/) }]);
  });

  it('is idempotent: importing the same file again changes nothing and reports the records unchanged', async () => {
    await importFile(api, admin, file(), { format: 'jsonl' });
    const again = await importFile(api, admin, file(), { format: 'jsonl' });
    expect(again.counts).toEqual({ received: 13, created: 0, updated: 0, unchanged: 5, failed: 8 });
    expect(await count(api, 'conversations')).toBe(5);
    expect(await count(api, 'messages')).toBe(10);
  });

  it('updates a conversation exported again with new messages, keeping its id and never duplicating messages', async () => {
    await importFile(api, admin, file(), { format: 'jsonl' });
    const [before] = await api.dataSource.query(`SELECT id FROM conversations WHERE external_id = 'offset-1'`);
    const first = JSON.parse(fixture('conversations.jsonl').split('\n')[0] as string);
    first.messages.push({ role: 'customer', at: '2026-03-02T10:05:00Z', text: 'Thank you!' });
    const job = await importFile(api, admin, { name: 'later.jsonl', content: JSON.stringify(first) }, { format: 'jsonl' });
    expect(job.counts).toEqual({ received: 1, created: 0, updated: 1, unchanged: 0, failed: 0 });
    const [after] = await api.dataSource.query(`SELECT id, message_count FROM conversations WHERE external_id = 'offset-1'`);
    expect(after.id).toBe(before.id);
    expect(Number(after.message_count)).toBe(3);
    expect((await messagesOf(api, 'offset-1')).map((m) => m.text)).toEqual(['Hello, my order has not arrived.', 'Hello, thank you for writing. I am checking it now.', 'Thank you!']);
  });

  it('redacts e-mail addresses, phone and card numbers before they reach the database when asked', async () => {
    const conversation = {
      externalId: 'pii-1',
      vendor: 'acme',
      channel: 'chat',
      createdAt: '2026-03-04T08:00:00Z',
      messages: [{ role: 'customer', at: '2026-03-04T08:00:00Z', text: 'Mail me at jo.doe@example.com or call +44 20 7946 0958, card 4111 1111 1111 1111' }],
    };
    await importFile(api, admin, { name: 'pii.jsonl', content: JSON.stringify(conversation) }, { format: 'jsonl', redactPii: 'true' });
    const [message] = await messagesOf(api, 'pii-1');
    expect(message?.text).toBe('Mail me at [email] or call [phone], card [card]');
    const [{ n }] = await api.dataSource.query(`SELECT COUNT(*) AS n FROM messages WHERE text LIKE '%example.com%' OR text LIKE '%4111%' OR text LIKE '%7946%'`);
    expect(Number(n)).toBe(0);
  });

  it('scores every imported conversation right after the import, so none stays pending', async () => {
    await importFile(api, admin, file(), { format: 'jsonl' });
    await api.app.get(ScoringWorker).idle();
    const rows: Array<{ external_id: string; score_status: string; scorer_version: string | null }> = await api.dataSource.query(
      'SELECT external_id, score_status, scorer_version FROM conversations ORDER BY external_id',
    );
    expect(rows.map((row) => row.score_status).filter((status) => status === 'pending')).toEqual([]);
    expect(rows.find((row) => row.external_id === 'offset-1')?.score_status).toBe('scored');
    expect(rows.every((row) => /^\d+\.\d+\.\d+$/.test(row.scorer_version ?? ''))).toBe(true);
    expect(await count(api, 'conversation_scores')).toBe(5);
  });
});
