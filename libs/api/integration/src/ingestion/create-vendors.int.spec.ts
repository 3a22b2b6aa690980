import { createApiKey, createTestApi, getJson, loginAs, seedVendor, TestApi } from '@rapport/api-testing';
import type { VendorDto } from '@rapport/contracts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliEnv, lastJson, quietBackgroundWork, runCli } from '../cli/cli-process';
import { count, importFile, noticeLines, uploadFile } from './import-helpers';

// The command-line case starts its own process (which may first bundle the command line).
jest.setTimeout(300_000);

const TWCS = [
  'tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id',
  '1,101,True,Wed Nov 01 10:00:00 +0000 2017,@AppleSupport my phone is broken,2,',
  '2,AppleSupport,False,Wed Nov 01 10:05:00 +0000 2017,@101 Sorry! Which model is it?,,1',
  '3,102,True,Wed Nov 01 11:00:00 +0000 2017,@Délivery_Co where is my parcel,4,',
  '4,Délivery_Co,False,Wed Nov 01 11:10:00 +0000 2017,@102 It arrives tomorrow.,,3',
  '5,103,True,Wed Nov 01 12:00:00 +0000 2017,@AppleSupport hello again,6,',
  '6,AppleSupport,False,Wed Nov 01 12:01:00 +0000 2017,@103 Hello! How can we help?,,5',
].join('\n');

describe('creating the vendors a file names (--create-vendors, the import form option)', () => {
  let api: TestApi;
  let admin: Record<string, string>;

  beforeEach(async () => {
    api = await createTestApi();
    admin = (await loginAs(api, 'admin')).headers;
  });
  afterEach(() => api.close());

  it('rejects every thread of a fresh install without it', async () => {
    const job = await importFile(api, admin, { name: 'twcs.csv', content: TWCS }, { format: 'twcs' });
    expect(job.counts).toMatchObject({ created: 0, failed: 3 });
    expect(await count(api, 'vendors')).toBe(0);
  });

  it('creates each missing brand once, slug from its name, lists them in the result and imports every thread', async () => {
    const job = await importFile(api, admin, { name: 'twcs.csv', content: TWCS }, { format: 'twcs', options: JSON.stringify({ createVendors: true }) });
    expect(job).toMatchObject({ status: 'completed', counts: { created: 3, failed: 0 } });
    const vendors: VendorDto[] = (await getJson(api, '/api/vendors', admin)).body;
    expect(vendors.map((vendor) => [vendor.slug, vendor.name, vendor.timeZone, vendor.country]).sort()).toEqual([
      ['applesupport', 'AppleSupport', 'UTC', 'ZZ'],
      ['delivery-co', 'Délivery_Co', 'UTC', 'ZZ'],
    ]);
    const created = (await noticeLines(api, admin, job.id)).filter((notice) => notice.reason.startsWith('created vendor'));
    expect(created.map((notice) => notice.reason)).toEqual([
      'created vendor applesupport from "AppleSupport" (time zone UTC, country unknown: set them in Settings)',
      'created vendor delivery-co from "Délivery_Co" (time zone UTC, country unknown: set them in Settings)',
    ]);
  });

  it('creates the vendors of a message CSV, matching the ones that exist', async () => {
    await seedVendor(api, { slug: 'acme-bpo', name: 'Acme BPO' });
    const csv = 'conversation_id,vendor,channel,timestamp,author_role,text\nc-1,Acme BPO,chat,2026-03-02T10:00:00Z,customer,Hello\nc-2,Nordic Help AB,chat,2026-03-02T10:00:00Z,customer,Hej\n';
    const job = await importFile(api, admin, { name: 'm.csv', content: csv }, { format: 'message-csv', options: JSON.stringify({ createVendors: true }) });
    expect(job.counts).toMatchObject({ created: 2, failed: 0 });
    const vendors: VendorDto[] = (await getJson(api, '/api/vendors', admin)).body;
    expect(vendors.map((vendor) => vendor.slug).sort()).toEqual(['acme-bpo', 'nordic-help-ab']);
  });

  it('creates them from the command line too (--create-vendors), beside a running API', async () => {
    await quietBackgroundWork(api);
    const dir = mkdtempSync(join(tmpdir(), 'rapport-create-vendors-'));
    try {
      const file = join(dir, 'twcs.csv');
      writeFileSync(file, TWCS);
      const run = await runCli(['import', file, '--format', 'twcs', '--create-vendors'], cliEnv(api)).done;
      // The error output only where the command failed, so a failure shows why.
      expect({ code: run.code, error: run.code === 0 ? '' : run.stderr }).toEqual({ code: 0, error: '' });
      expect(lastJson(run)).toMatchObject({ status: 'completed', counts: { created: 3, failed: 0 } });
      const vendors: VendorDto[] = (await getJson(api, '/api/vendors', admin)).body;
      expect(vendors.map((vendor) => vendor.slug).sort()).toEqual(['applesupport', 'delivery-co']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is refused for API keys, vendor-bound or not: only administrators create vendors', async () => {
    const own = await seedVendor(api, { slug: 'own' });
    for (const vendorId of [own.id, null]) {
      const key = (await createApiKey(api, { source: 'twitter', vendorId })).headers;
      const upload = await uploadFile(api, key, { name: 'twcs.csv', content: TWCS }, { format: 'twcs', options: JSON.stringify({ createVendors: true }) });
      expect(upload.status).toBe(403);
      expect(upload.body.message).toMatch(/only administrators may create vendors/);
    }
    expect(await count(api, 'vendors')).toBe(1);
  });
});
