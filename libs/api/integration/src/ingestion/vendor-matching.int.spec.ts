import { createApiKey, createTestApi, loginAs, seedVendor, TestApi } from '@rapport/api-testing';
import { count, errorLines, importFile, messagesOf, noticeLines, uploadFile, waitForImport } from './import-helpers';

jest.setTimeout(60_000);

const HEADER = 'conversation_id,vendor,channel,timestamp,author_role,text\n';
const row = (id: string, vendor: string) => `${id},${vendor},chat,2026-03-02T10:00:00Z,customer,Where is my order?\n`;

/** Vendor slug of a stored conversation. */
async function vendorOf(api: TestApi, externalId: string): Promise<string | undefined> {
  const rows: Array<{ slug: string }> = await api.dataSource.query(
    `SELECT v.slug FROM conversations c JOIN vendors v ON v.id = c.vendor_id WHERE c.external_id = '${externalId}'`,
  );
  return rows[0]?.slug;
}

describe('imports name vendors by id, slug or display name, and say which was used', () => {
  let api: TestApi;
  let admin: Record<string, string>;
  let acmeId: string;

  beforeEach(async () => {
    api = await createTestApi();
    admin = (await loginAs(api, 'admin')).headers;
    acmeId = (await seedVendor(api, { slug: 'acme-bpo', name: 'Acme BPO' })).id;
    await seedVendor(api, { slug: 'other', name: 'Other Desk' });
  });
  afterEach(() => api.close());

  it('matches the display name, a slug in other case and the id, with one notice per name used', async () => {
    const content = HEADER + row('c-1', 'Acme BPO') + row('c-2', 'acme bpo') + row('c-3', 'ACME-BPO') + row('c-4', acmeId) + row('c-5', 'acme-bpo') + row('c-6', 'Acme BPO');
    const job = await importFile(api, admin, { name: 'named.csv', content }, { format: 'message-csv' });
    expect(job).toMatchObject({ status: 'completed', counts: { created: 6, failed: 0 } });
    for (const id of ['c-1', 'c-2', 'c-3', 'c-4', 'c-5', 'c-6']) {
      expect(await vendorOf(api, id)).toBe('acme-bpo');
    }
    expect(await noticeLines(api, admin, job.id)).toEqual([
      { line: 2, field: 'vendor', reason: 'vendor "Acme BPO" matched vendor acme-bpo by its display name' },
      { line: 3, field: 'vendor', reason: 'vendor "acme bpo" matched vendor acme-bpo by its display name' },
      { line: 4, field: 'vendor', reason: 'vendor "ACME-BPO" matched vendor acme-bpo by its slug, ignoring case' },
      { line: 5, field: 'vendor', reason: `vendor "${acmeId}" matched vendor acme-bpo by its id` },
    ]);
  });

  it('still rejects a name no vendor has', async () => {
    const job = await importFile(api, admin, { name: 'unknown.csv', content: HEADER + row('c-1', 'Acme') }, { format: 'message-csv' });
    expect(job.counts).toMatchObject({ created: 0, failed: 1 });
    expect((await errorLines(api, admin, job.id))[0]?.reason).toMatch(/unknown vendor "Acme"/);
  });

  it('matches only its own vendor for a vendor-bound key, and tells nothing about another', async () => {
    const key = (await createApiKey(api, { source: 'csv', vendorId: acmeId })).headers;
    const content = HEADER + row('c-1', 'Acme BPO') + row('c-2', 'Other Desk');
    const upload = await uploadFile(api, key, { name: 'bound.csv', content }, { format: 'message-csv' });
    expect(upload.status).toBe(202);
    const job = await waitForImport(api, admin, upload.body.id as string);
    expect(job.counts).toMatchObject({ created: 1, failed: 1 });
    const notices = await noticeLines(api, admin, job.id);
    expect(notices.map((notice) => notice.line)).toEqual([2]);
    expect(JSON.stringify(notices)).not.toContain('other');
    expect((await errorLines(api, admin, job.id))[0]?.reason).toBe('this API key may not write data of this vendor');
  });
});

describe('the encoding option', () => {
  let api: TestApi;
  let admin: Record<string, string>;

  beforeEach(async () => {
    api = await createTestApi();
    admin = (await loginAs(api, 'admin')).headers;
    await seedVendor(api, { slug: 'acme' });
  });
  afterEach(() => api.close());

  it('reads the file in the encoding given, where detection would have stopped', async () => {
    // UTF-8 first, Windows-1252 later: detection reads UTF-8 and stops at line 3; declared Windows-1252 reads all.
    const head = `${HEADER}c-1,acme,chat,2026-03-02T10:00:00Z,customer,Hello\n`;
    const content = Buffer.concat([Buffer.from(head), Buffer.from('c-2,acme,chat,2026-03-02T10:00:00Z,customer,"Olá, não chegou"\n', 'latin1')]);
    const job = await importFile(api, admin, { name: 'latin1.csv', content }, { format: 'message-csv', options: JSON.stringify({ encoding: 'windows-1252' }) });
    expect(job).toMatchObject({ status: 'completed', counts: { created: 2, failed: 0 } });
    expect((await messagesOf(api, 'c-2')).map((m) => m.text)).toEqual(['Olá, não chegou']);
  });

  it('refuses an unknown encoding with a 400 naming the choices', async () => {
    const upload = await uploadFile(api, admin, { name: 'a.csv', content: HEADER }, { format: 'message-csv', options: JSON.stringify({ encoding: 'ebcdic' }) });
    expect(upload.status).toBe(400);
    expect(JSON.stringify(upload.body)).toMatch(/encoding/);
    expect(await count(api, 'import_jobs')).toBe(0);
  });
});
