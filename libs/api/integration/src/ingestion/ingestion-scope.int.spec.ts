import { readdirSync } from 'node:fs';
import { APP_CONFIG, AppConfig } from '@rapport/api-core';
import { importStorageDir } from '@rapport/api-ingestion';
import {
  buildConversation,
  createApiKey,
  createTestApi,
  getJson,
  loginAs,
  postJson,
  seedVendor,
  TestApi,
} from '@rapport/api-testing';
import type { Vendor } from '@rapport/api-vendors';
import { count, errorLines, importFile, uploadFile, waitForImport } from './import-helpers';

jest.setTimeout(120_000);

/** Cells of one CSV line (quoted cells may hold commas and doubled quotes). */
function csvCells(line: string): string[] {
  return [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((match) => match[1] ?? '').slice(0, -1);
}

describe('ingestion within the caller’s vendor scope', () => {
  let api: TestApi;
  let admin: Record<string, string>;
  let own: Vendor;
  let ownKey: Record<string, string>;
  let otherKey: Record<string, string>;

  beforeEach(async () => {
    api = await createTestApi();
    admin = (await loginAs(api, 'admin')).headers;
    own = await seedVendor(api, { slug: 'own' });
    const other = await seedVendor(api, { slug: 'other' });
    ownKey = (await createApiKey(api, { source: 'crm', vendorId: own.id })).headers;
    otherKey = (await createApiKey(api, { source: 'crm', vendorId: other.id })).headers;
    // Both vendors' conversations come from the same CRM; the key may only write its own vendor's data.
    const stored = await postJson(
      api,
      '/api/conversations/batch',
      [
        buildConversation({ vendor: 'own', source: 'crm', externalId: 'own-1' }),
        buildConversation({ vendor: 'other', source: 'crm', externalId: 'other-1' }),
      ],
      admin,
    );
    expect(stored.body.counts.created).toBe(2);
  });
  afterEach(() => api.close());

  it('rejects, row by row and with its line, what a vendor-bound key uploads for another vendor', async () => {
    const lines = [
      JSON.stringify(buildConversation({ vendor: 'own', source: 'crm', externalId: 'own-2' })),
      JSON.stringify(buildConversation({ vendor: 'other', source: 'crm', externalId: 'other-2' })),
      JSON.stringify(buildConversation({ vendor: 'own', source: 'crm', externalId: 'own-3' })),
    ];
    const upload = await uploadFile(
      api,
      ownKey,
      { name: 'mixed.jsonl', content: lines.join('\n') },
      { format: 'jsonl' },
    );
    expect(upload.status).toBe(202);
    const job = await waitForImport(api, admin, upload.body.id as string);
    expect(job).toMatchObject({ status: 'completed', counts: { received: 3, created: 2, failed: 1 } });
    expect(await errorLines(api, admin, job.id)).toEqual([
      { line: 2, field: 'vendor', reason: 'this API key may not write data of this vendor' },
    ]);
    const stored = await api.dataSource.query(
      `SELECT external_id FROM conversations WHERE source = 'crm' ORDER BY external_id`,
    );
    expect(stored.map((row: { external_id: string }) => row.external_id)).toEqual([
      'other-1',
      'own-1',
      'own-2',
      'own-3',
    ]);
  });

  it('files survey answers to another vendor’s ids under the key’s own vendor, never on that vendor’s conversation', async () => {
    const csv =
      'conversation_id,score,scale,answered_at\nown-1,5,1-5,2026-03-02T12:00:00Z\nother-1,1,1-5,2026-03-02T12:00:00Z\n';
    const upload = await uploadFile(api, ownKey, { name: 'csat.csv', content: csv }, { format: 'survey-csv' });
    const job = await waitForImport(api, admin, upload.body.id as string);
    // other-1 is another vendor's id: the answer waits for the key's own vendor's other-1, as for any free id.
    expect(job).toMatchObject({
      status: 'completed',
      counts: { received: 2, created: 2, failed: 0 },
      surveysWaiting: 1,
    });

    const answer = (conversationExternalId: string, vendor?: string) => ({
      conversationExternalId,
      questionKey: 'nps',
      score: 2,
      scale: '0-10',
      answeredAt: '2026-03-02T12:00:00Z',
      ...(vendor ? { vendor } : {}),
    });
    const batch = await postJson(
      api,
      '/api/surveys/batch',
      [answer('own-1'), answer('other-1'), answer('other-1', 'other')],
      ownKey,
    );
    expect(batch.status).toBe(200);
    expect(batch.body.counts).toMatchObject({ received: 3, created: 2, failed: 1 });
    expect(batch.body.items[1]).toMatchObject({ line: 1, status: 'created', linked: false });
    expect(batch.body.items[2]).toMatchObject({
      line: 2,
      status: 'failed',
      error: { line: 2, field: 'vendor', reason: 'this API key may not write data of this vendor' },
    });
    const rows = await api.dataSource.query(
      `SELECT s.conversation_vendor_id, s.conversation_id FROM csat_surveys s WHERE s.conversation_external_id = 'other-1'`,
    );
    expect(rows).toEqual([
      { conversation_vendor_id: own.id, conversation_id: null },
      { conversation_vendor_id: own.id, conversation_id: null },
    ]);
  });

  it('keeps each vendor’s answers to the same waiting id apart: neither replaces the other’s, each links to its own conversation', async () => {
    const answer = (conversationExternalId: string, score: number) => ({
      conversationExternalId,
      questionKey: 'csat',
      score,
      scale: '1-5',
      answeredAt: '2026-03-02T12:00:00Z',
    });
    const sent = await postJson(
      api,
      '/api/surveys/batch',
      [answer('later-own', 5), answer('later-elsewhere', 5)],
      ownKey,
    );
    expect(sent.body.items).toMatchObject([
      { status: 'created', linked: false },
      { status: 'created', linked: false },
    ]);

    // The other vendor's answer to the same id is its own answer, created as for any id; the first one stays.
    const second = await postJson(api, '/api/surveys/batch', [answer('later-own', 1)], otherKey);
    expect(second.body.items[0]).toMatchObject({ status: 'created', linked: false });

    const arriving = [
      buildConversation({ vendor: 'own', source: 'crm', externalId: 'later-own' }),
      buildConversation({ vendor: 'other', source: 'crm', externalId: 'later-elsewhere' }),
    ];
    expect((await postJson(api, '/api/conversations/batch', arriving, admin)).body.counts.created).toBe(2);
    const surveys = await api.dataSource.query(
      `SELECT s.conversation_external_id AS survey, v.slug AS vendor, s.score, c.external_id AS linked, c.vendor_id AS linked_vendor
         FROM csat_surveys s JOIN vendors v ON v.id = s.conversation_vendor_id LEFT JOIN conversations c ON c.id = s.conversation_id
        ORDER BY s.conversation_external_id, v.slug`,
    );
    expect(
      surveys.map(
        (row: {
          survey: string;
          vendor: string;
          score: number;
          linked: string | null;
          linked_vendor: string | null;
        }) => [row.survey, row.vendor, Number(row.score), row.linked, row.linked_vendor],
      ),
    ).toEqual([
      ['later-elsewhere', 'own', 5, null, null],
      ['later-own', 'other', 1, null, null],
      ['later-own', 'own', 5, 'later-own', own.id],
    ]);
  });

  it('lets partner users write nothing: no upload is stored, no survey or conversation written', async () => {
    const partner = (await loginAs(api, 'partner', own.id)).headers;
    const upload = await uploadFile(
      api,
      partner,
      { name: 'own.jsonl', content: JSON.stringify(buildConversation({ vendor: 'own' })) },
      { format: 'jsonl' },
    );
    expect(upload.status).toBe(403);
    expect(
      (
        await postJson(
          api,
          '/api/surveys/batch',
          [{ conversationExternalId: 'own-1', score: 5, scale: '1-5', answeredAt: '2026-03-02T12:00:00Z' }],
          partner,
        )
      ).status,
    ).toBe(403);
    expect(
      (await postJson(api, '/api/conversations/batch', [buildConversation({ vendor: 'own' })], partner)).status,
    ).toBe(403);
    expect(readdirSync(importStorageDir(api.app.get<AppConfig>(APP_CONFIG)))).toEqual([]);
    expect(await count(api, 'import_jobs')).toBe(0);
    expect(await count(api, 'csat_surveys')).toBe(0);
    expect(await count(api, 'conversations')).toBe(2);
  });

  it('audits uploads and error downloads, and serves rejected rows that no spreadsheet would run as formulas', async () => {
    const csv =
      'conversation_id,vendor,channel,timestamp,author_role,text\n' +
      'f-1,own,"=HYPERLINK(""http://evil.example"")",2026-03-02T10:00:00Z,customer,hi\n' +
      '@SUM(A1),own,chat,yesterday,customer,hi\n';
    const job = await importFile(
      api,
      admin,
      { name: 'formulas.csv', content: csv },
      { format: 'message-csv', source: 'crm' },
    );
    expect(job.counts).toMatchObject({ received: 2, failed: 2 });
    // Reasons quote the file; one that began with the file's own text must still not start a formula.
    await api.dataSource.query(
      `INSERT INTO import_job_errors (job_id, line, item, field, reason) VALUES ('${job.id}', 9, NULL, '+field', '=1+1')`,
    );
    await api.dataSource.query(`UPDATE import_jobs SET error_count = error_count + 1 WHERE id = '${job.id}'`);

    const response = await fetch(`${api.url}/api/imports/${job.id}/errors.csv`, { headers: admin });
    expect(response.status).toBe(200);
    const lines = (await response.text()).trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^error,2,,channel,"unknown channel ""=HYPERLINK\(/);
    expect(lines[2]).toBe('error,3,,timestamp,"cannot read timestamp ""yesterday""' + '"');
    expect(lines[3]).toBe(`error,9,,'+field,'=1+1`);
    for (const cell of lines.flatMap(csvCells)) {
      expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@\t\r]/);
    }

    const audit = await getJson(api, `/api/audit?targetType=import_job&targetId=${job.id}`, admin);
    expect(
      audit.body.entries.map((entry: { action: string; actorLabel: string; details: Record<string, unknown> }) => [
        entry.action,
        entry.details,
      ]),
    ).toEqual([
      ['export.download', { export: 'import errors', rows: 3, fileName: 'formulas.csv' }],
      ['import.start', { format: 'message-csv', fileName: 'formulas.csv', files: 1, bytes: Buffer.byteLength(csv) }],
    ]);
    const keyUpload = await uploadFile(
      api,
      ownKey,
      { name: 'k.jsonl', content: JSON.stringify(buildConversation({ vendor: 'own' })) },
      { format: 'jsonl' },
    );
    const keyAudit = await getJson(api, `/api/audit?action=import.start&targetId=${keyUpload.body.id}`, admin);
    expect(keyAudit.body.entries).toMatchObject([{ actorKind: 'api-key', vendorId: own.id }]);
    await waitForImport(api, admin, keyUpload.body.id as string);
  });
});
