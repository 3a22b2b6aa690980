import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { buildConversation, createApiKey, createTestApi, getJson, loginAs, seedVendor, sendJson, TestApi } from '@rapport/api-testing';
import { APP_CONFIG, AppConfig } from '@rapport/api-core';
import { IMPORT_QUEUE, ImportJobStore, ImportQueue, ImportRecovery, ImportRunner, importStorageDir, JobOwner } from '@rapport/api-ingestion';
import { count, fixture, importFile, uploadFile, waitForImport } from './import-helpers';

jest.setTimeout(90_000);

describe('import jobs', () => {
  let api: TestApi;
  let admin: Record<string, string>;
  let vendor: string;

  beforeEach(async () => {
    api = await createTestApi();
    admin = (await loginAs(api, 'admin')).headers;
    vendor = (await seedVendor(api)).slug;
  });
  afterEach(() => api.close());

  const jsonl = (conversations: number) =>
    Array.from({ length: conversations }, (_, i) => JSON.stringify(buildConversation({ vendor, externalId: `job-${i}` }))).join('\n');
  const storageDir = () => importStorageDir(api.app.get<AppConfig>(APP_CONFIG));

  it('lets vendor managers and QA reviewers follow imports but only administrators and API keys start them', async () => {
    const manager = await loginAs(api, 'vendor-manager');
    const reviewer = await loginAs(api, 'qa-reviewer');
    const partner = await loginAs(api, 'partner', (await seedVendor(api)).id);
    expect((await uploadFile(api, manager.headers, { name: 'a.jsonl', content: jsonl(1) }, { format: 'jsonl' })).status).toBe(403);
    const key = await createApiKey(api, { source: 'test', name: 'nightly export' });
    const upload = await uploadFile(api, key.headers, { name: 'a.jsonl', content: jsonl(2) }, { format: 'jsonl' });
    expect(upload.status).toBe(202);
    // Keys write; following an import is for people.
    expect((await getJson(api, `/api/imports/${upload.body.id}`, key.headers)).status).toBe(403);
    const job = await waitForImport(api, admin, upload.body.id as string);
    expect(job).toMatchObject({ status: 'completed', createdBy: expect.stringMatching(/nightly export/), counts: { created: 2 } });
    expect((await getJson(api, `/api/imports/${job.id}`, manager.headers)).status).toBe(200);
    expect((await getJson(api, '/api/imports', reviewer.headers)).body).toMatchObject({ total: 1, items: [{ id: job.id, fileName: 'a.jsonl' }] });
    expect((await getJson(api, '/api/imports', partner.headers)).status).toBe(403);
  });

  it('confines an API key import to the key source', async () => {
    const key = await createApiKey(api, { source: 'crm' });
    const lines = [JSON.stringify({ ...buildConversation({ vendor }), source: 'crm' }), JSON.stringify({ ...buildConversation({ vendor }), source: 'other' })].join('\n');
    const upload = await uploadFile(api, key.headers, { name: 'mixed.jsonl', content: lines }, { format: 'jsonl' });
    const job = await waitForImport(api, admin, upload.body.id as string);
    expect(job.counts).toMatchObject({ created: 1, failed: 1 });
  });

  it('answers unknown, malformed and incomplete requests with 4xx and removes a refused upload', async () => {
    expect((await getJson(api, `/api/imports/${randomUUID()}`, admin)).status).toBe(404);
    expect((await getJson(api, '/api/imports/not-a-uuid', admin)).status).toBe(400);
    const noFile = await fetch(`${api.url}/api/imports`, { method: 'POST', headers: admin, body: (() => { const form = new FormData(); form.append('format', 'jsonl'); return form; })() });
    expect(noFile.status).toBe(400);
    const badFormat = await uploadFile(api, admin, { name: 'a.xml', content: '<a/>' }, { format: 'xml' });
    expect(badFormat.status).toBe(400);
    expect(badFormat.body.message).toMatch(/format/);
    const badOptions = await uploadFile(api, admin, { name: 'a.jsonl', content: jsonl(1) }, { format: 'jsonl', options: '{"delimiter": ";;"}' });
    expect(badOptions.status).toBe(400);
    expect(readdirSync(storageDir())).toEqual([]);
  });

  it('streams uploads to disk and deletes them when the import ends', async () => {
    const job = await importFile(api, admin, { name: 'a.jsonl', content: jsonl(3) }, { format: 'jsonl' });
    expect(job.counts.created).toBe(3);
    expect(readdirSync(storageDir())).toEqual([]);
  });

  it('serves the rejected rows as a CSV download and as pages', async () => {
    await seedVendor(api, { slug: 'acme' });
    const job = await importFile(api, admin, { name: 'conversations.jsonl', content: fixture('conversations.jsonl') }, { format: 'jsonl' });
    const response = await fetch(`${api.url}/api/imports/${job.id}/errors.csv`, { headers: admin });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="import-${job.id}-errors.csv"`);
    const lines = (await response.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe('kind,line,item,field,reason');
    expect(lines).toHaveLength(job.errorCount + job.noticeCount + 1);
    expect(lines[2]).toMatch(/^error,6,,vendor,vendor is required$/);
    const page = await getJson(api, `/api/imports/${job.id}/errors?limit=2&offset=1`, admin);
    expect(page.body).toMatchObject({ total: 9, items: [{ line: 6 }, { line: 7 }] });
  });

  it('resumes an import whose process stopped mid-file from its last committed batch, with exact counts', async () => {
    const store = api.app.get(ImportJobStore);
    const runner = api.app.get(ImportRunner);
    // A process that commits two batches of ten and stops: the job stays `running` with its cursor, its owner gone.
    const path = `${storageDir()}/${randomUUID()}.upload`;
    writeFileSync(path, jsonl(50));
    const job = await store.create({
      id: randomUUID(), format: 'jsonl', status: 'queued', fileName: 'many.jsonl', filePath: path, ownsFile: true, fingerprint: null,
      options: { redactPii: false }, writeScope: null, createdBy: 'test', bytesTotal: 0, createdAt: new Date().toISOString(),
    });
    const gone = new JobOwner();
    expect(await store.claim(job.id, gone.id, null, new Date().toISOString())).toBe(true);
    const stop = new AbortController();
    await runner.run(job.id, gone, {
      limits: { conversations: 10, messages: 1000, records: 1000 },
      signal: stop.signal,
      onProgress: (progress) => {
        if (progress.recordsCommitted >= 20) {
          stop.abort();
        }
      },
    });
    gone.release();
    expect(await store.get(job.id)).toMatchObject({ status: 'running', recordsCommitted: 20, created: 20 });
    expect(await count(api, 'conversations')).toBe(20);

    expect(await api.app.get(ImportRecovery).sweep()).toBe(1);
    await api.app.get<ImportQueue>(IMPORT_QUEUE).idle();
    expect(await store.get(job.id)).toMatchObject({ status: 'completed', recordsCommitted: 50, received: 50, created: 50, unchanged: 0, failed: 0 });
    expect(await count(api, 'conversations')).toBe(50);
    expect(await count(api, 'messages')).toBe(100);
    expect(existsSync(path)).toBe(false);
  });

  it('marks an interrupted upload whose file is gone so it can be imported again', async () => {
    const store = api.app.get(ImportJobStore);
    const job = await store.create({
      id: randomUUID(), format: 'jsonl', status: 'queued', fileName: 'lost.jsonl', filePath: `${storageDir()}/missing.upload`, ownsFile: true,
      fingerprint: null, options: { redactPii: false }, writeScope: null, createdBy: 'test', bytesTotal: 10, createdAt: new Date().toISOString(),
    });
    await api.app.get(ImportRecovery).sweep();
    await api.app.get<ImportQueue>(IMPORT_QUEUE).idle();
    const body = (await getJson(api, `/api/imports/${job.id}`, admin)).body;
    expect(body).toMatchObject({ status: 'interrupted', failure: expect.stringMatching(/no longer available; import it again/) });
    expect((await sendJson(api, 'GET', '/api/imports/formats', undefined, admin)).body.map((f: { format: string }) => f.format)).toContain('zendesk');
  });
});
