import { createTestApi, loginAs, postJson, seedVendor, sendJson, TestApi } from '@rapport/api-testing';
import { count, errorLines, fixture, importFile, messagesOf, noticeLines } from './import-helpers';

jest.setTimeout(60_000);

describe('message-per-row CSV imports', () => {
  let api: TestApi;
  let admin: Record<string, string>;

  beforeEach(async () => {
    api = await createTestApi();
    admin = (await loginAs(api, 'admin')).headers;
    await seedVendor(api, { slug: 'acme' });
  });
  afterEach(() => api.close());

  it('groups rows into conversations, keeps the valid rows and reports each bad row with its line', async () => {
    const job = await importFile(api, admin, { name: 'messages.csv', content: fixture('messages.csv') }, { format: 'message-csv' });
    expect(job).toMatchObject({ status: 'completed', counts: { received: 11, created: 3, updated: 0, unchanged: 0, failed: 8 }, errorCount: 8, noticeCount: 1 });
    const errors = await errorLines(api, admin, job.id);
    expect(errors.map((error) => error.line)).toEqual([8, 9, 10, 11, 12, 15, 16, 17]);
    expect(errors.map((error) => error.reason)).toEqual([
      expect.stringMatching(/quote/),
      expect.stringMatching(/unknown channel "fax"/),
      expect.stringMatching(/not a time/),
      expect.stringMatching(/unknown author_role "robot"/),
      expect.stringMatching(/empty/),
      expect.stringMatching(/conversation_id/),
      expect.stringMatching(/fields/),
      expect.stringMatching(/m-11/),
    ]);
    // The reply exported after a later message is kept, in its place by time, and the import says so.
    expect(await noticeLines(api, admin, job.id)).toEqual([{ line: 14, field: 'timestamp', reason: expect.stringMatching(/sorted by time/) }]);
    expect((await messagesOf(api, 'c-3')).map((m) => m.text)).toEqual(['Earlier reply', 'Hi there']);
    expect(await count(api, 'conversations')).toBe(3);
    expect(await count(api, 'messages')).toBe(7);
  });

  it('reads quoted multi-line fields, doubled quotes, emoji, right-to-left text and epoch timestamps', async () => {
    await importFile(api, admin, { name: 'messages.csv', content: fixture('messages.csv') }, { format: 'message-csv' });
    const first = await messagesOf(api, 'c-1');
    expect(first.map((m) => [m.sent_at, m.author_role, m.agent_external_id, m.text])).toEqual([
      ['2026-03-02T10:00:00.000Z', 'customer', null, 'Hello, my order "A-17" has not arrived.'],
      ['2026-03-02T10:02:00.000Z', 'agent', 'ana', "Hi! I'm checking.\nOne moment please 🙏"],
      ['2026-03-02T10:03:00.000Z', 'customer', null, 'Thanks'],
    ]);
    expect((await messagesOf(api, 'c-2')).map((m) => [m.sent_at, m.text])).toEqual([
      ['2026-03-02T10:00:00.000Z', 'مرحبا، طلبي لم يصل بعد'],
      ['2026-03-02T10:05:00.000Z', 'שלום! אני בודק'],
    ]);
    const [conversation] = await api.dataSource.query(`SELECT channel, declared_language, tags FROM conversations WHERE external_id = 'c-1'`);
    expect(conversation).toMatchObject({ channel: 'chat', declared_language: 'en' });
    expect(JSON.parse(conversation.tags)).toEqual(['orders', 'late']);
  });

  it('reads the same file saved with a byte order mark and CRLF line ends identically', async () => {
    const content = '\uFEFF' + fixture('messages.csv').replace(/\n/g, '\r\n');
    const job = await importFile(api, admin, { name: 'excel.csv', content }, { format: 'message-csv' });
    expect(job.counts).toEqual({ received: 11, created: 3, updated: 0, unchanged: 0, failed: 8 });
    // Line breaks inside quoted fields are stored as \n whatever the file's line ends.
    expect((await messagesOf(api, 'c-1'))[1]?.text).toBe("Hi! I'm checking.\nOne moment please 🙏");
  });

  it('imports a Windows-1252 (Latin-1) export, saying from which line it was read so', async () => {
    const head = 'conversation_id,vendor,channel,timestamp,author_role,text\nc-1,acme,chat,2026-03-02T10:00:00Z,customer,Hello\n';
    const content = Buffer.concat([Buffer.from(head), Buffer.from('c-2,acme,chat,2026-03-02T10:00:00Z,customer,"Olá, não chegou"\n', 'latin1')]);
    const job = await importFile(api, admin, { name: 'latin1.csv', content }, { format: 'message-csv' });
    expect(job).toMatchObject({ status: 'completed', counts: { created: 2, failed: 0 }, errorCount: 0, noticeCount: 1 });
    expect(await noticeLines(api, admin, job.id)).toEqual([{ line: 3, field: null, reason: expect.stringMatching(/^the file is not UTF-8 \(byte 0xE1 on this line\): read as Windows-1252/) }]);
    expect((await messagesOf(api, 'c-2')).map((m) => m.text)).toEqual(['Olá, não chegou']);
  });

  it('stops where UTF-8 turns into another encoding, keeping the conversations read before it', async () => {
    const head = 'conversation_id,vendor,channel,timestamp,author_role,text\nc-1,acme,chat,2026-03-02T10:00:00Z,customer,Olá\n';
    const content = Buffer.concat([Buffer.from(head), Buffer.from('c-2,acme,chat,2026-03-02T10:00:00Z,customer,"Olá, não chegou"\n', 'latin1')]);
    const job = await importFile(api, admin, { name: 'mixed.csv', content }, { format: 'message-csv' });
    expect(job.status).toBe('failed');
    expect(job.failure).toMatch(/^stopped at line 3: .*not valid UTF-8: the file mixes UTF-8 with another encoding/);
    expect((await messagesOf(api, 'c-1')).map((m) => m.text)).toEqual(['Olá']);
    expect(await count(api, 'conversations')).toBe(1);
  });

  it('keeps a row with a stray NUL byte and every row after it, and leaves out an exact duplicate row', async () => {
    const header = 'conversation_id,vendor,channel,timestamp,author_role,text\n';
    const rows = [
      'c-1,acme,chat,2026-03-02T10:00:00Z,customer,my order\u0000 is late\n',
      'c-1,acme,chat,2026-03-02T10:01:00Z,agent,Sorry! Checking now.\n',
      'c-1,acme,chat,2026-03-02T10:01:00Z,agent,Sorry! Checking now.\n',
      'c-2,acme,chat,2026-03-02T11:00:00Z,customer,still imported\n',
    ];
    const job = await importFile(api, admin, { name: 'nul.csv', content: header + rows.join('') }, { format: 'message-csv' });
    expect(job).toMatchObject({ status: 'completed', counts: { created: 2, failed: 0 }, noticeCount: 2 });
    expect((await messagesOf(api, 'c-1')).map((m) => m.text)).toEqual(['my order is late', 'Sorry! Checking now.']);
    expect((await messagesOf(api, 'c-2')).map((m) => m.text)).toEqual(['still imported']);
    expect(await noticeLines(api, admin, job.id)).toEqual([
      { line: 2, field: null, reason: 'NUL characters (byte 0x00) were removed from this line' },
      { line: 4, field: null, reason: 'exact duplicate of line 3 (same conversation, time, author and text): left out' },
    ]);
  });

  it('is idempotent, and a later export with more messages updates the conversation without duplicates', async () => {
    await importFile(api, admin, { name: 'messages.csv', content: fixture('messages.csv') }, { format: 'message-csv' });
    const again = await importFile(api, admin, { name: 'messages.csv', content: fixture('messages.csv') }, { format: 'message-csv' });
    expect(again.counts).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    const later = `${fixture('messages.csv')}c-2,acme,email,ar,2026-03-02T10:09:00Z,customer,,شكرا,,m-20\n`;
    const update = await importFile(api, admin, { name: 'later.csv', content: later }, { format: 'message-csv' });
    expect(update.counts).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    expect((await messagesOf(api, 'c-2')).map((m) => m.position)).toEqual([0, 1, 2]);
    expect(await count(api, 'messages')).toBe(8);
  });

  it('stops before any row when a required column is missing, naming it', async () => {
    const content = 'conversation_id,vendor,channel,timestamp,author_role\nc-1,acme,chat,2026-03-02T10:00:00Z,customer\n';
    const job = await importFile(api, admin, { name: 'no-text.csv', content }, { format: 'message-csv' });
    expect(job.status).toBe('failed');
    expect(job.failure).toMatch(/^stopped at line 1: .*required column "text" is missing/);
    expect(await count(api, 'conversations')).toBe(0);
  });

  it('imports another layout through a saved column mapping with defaults and a delimiter', async () => {
    const mapping = await postJson(
      api,
      '/api/imports/mappings',
      {
        name: 'Legacy helpdesk',
        format: 'message-csv',
        mapping: { conversation_id: 'Ticket Ref', timestamp: 'Sent', author_role: 'Who', text: 'Body', vendor: 'Partner', agent_id: 'Handler' },
        defaults: { channel: 'email' },
      },
      admin,
    );
    expect(mapping.status).toBe(201);
    const job = await importFile(api, admin, { name: 'legacy.csv', content: fixture('messages-mapped.csv') }, {
      format: 'message-csv',
      mappingId: mapping.body.id,
      options: JSON.stringify({ delimiter: ';' }),
    });
    expect(job.counts).toEqual({ received: 2, created: 2, updated: 0, unchanged: 0, failed: 0 });
    expect((await messagesOf(api, 'T-100')).map((m) => [m.sent_at, m.agent_external_id, m.text])).toEqual([
      ['2026-03-02T10:00:00.000Z', null, "Bonjour, ma commande n'est pas arrivée"],
      ['2026-03-02T10:04:00.000Z', 'luc', 'Bonjour, je vérifie tout de suite'],
    ]);
    const [conversation] = await api.dataSource.query(`SELECT channel FROM conversations WHERE external_id = 'T-100'`);
    expect(conversation.channel).toBe('email');
  });

  it('refuses a column mapping that names unknown fields, and deletes saved ones', async () => {
    const bad = await postJson(api, '/api/imports/mappings', { name: 'Bad', format: 'message-csv', mapping: { ticket: 'Ticket Ref' } }, admin);
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/unknown field "ticket"/);
    const good = await postJson(api, '/api/imports/mappings', { name: 'Good', format: 'message-csv', mapping: { text: 'Body' } }, admin);
    const duplicate = await postJson(api, '/api/imports/mappings', { name: 'Good', format: 'message-csv', mapping: { text: 'Body' } }, admin);
    expect(duplicate.status).toBe(409);
    expect((await sendJson(api, 'DELETE', `/api/imports/mappings/${good.body.id}`, undefined, admin)).status).toBe(204);
    expect((await sendJson(api, 'GET', '/api/imports/mappings', undefined, admin)).body).toEqual([]);
  });
});
