import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { APP_CONFIG, AppConfig } from '@rapport/api-core';
import { importStorageDir } from '@rapport/api-ingestion';
import { createTestApi, loginAs, seedVendor, TestApi } from '@rapport/api-testing';
import { uploadFile, waitForImport } from '../ingestion/import-helpers';
import { RawClient, requestHead, within } from './raw-http';

jest.setTimeout(120_000);

const KB = 1024;

function jsonl(lines: number, padding = 0): string {
  return Array.from({ length: lines }, (_, index) =>
    JSON.stringify({
      externalId: `upload-${index}`,
      vendor: 'acme',
      channel: 'chat',
      createdAt: '2026-03-02T10:00:00Z',
      messages: [
        { role: 'customer', at: '2026-03-02T10:00:00Z', text: `Hello, where is my order? ${'x'.repeat(padding)}` },
      ],
    }),
  ).join('\n');
}

describe('upload limits, free disk and private storage', () => {
  let api: TestApi;
  let admin: Record<string, string>;
  const storage = () => importStorageDir(api.app.get<AppConfig>(APP_CONFIG));

  afterEach(() => api.close());

  async function boot(uploads: AppConfig['uploads']): Promise<void> {
    api = await createTestApi({ uploads });
    await seedVendor(api, { slug: 'acme' });
    admin = (await loginAs(api, 'admin')).headers;
  }

  it('refuses a file over UPLOAD_MAX_MB with 413 and a clear message, whether its size is stated or found while streaming, leaving no file', async () => {
    await boot({ maxBytes: 64 * KB, diskReserveBytes: 0 });
    const stated = await uploadFile(
      api,
      admin,
      { name: 'big.jsonl', content: jsonl(30, 100 * KB) },
      { format: 'jsonl' },
    );
    expect(stated.status).toBe(413);
    expect(stated.body).toEqual({
      statusCode: 413,
      code: 'payload_too_large',
      message: 'The file is larger than the upload limit of 0.1 MB (UPLOAD_MAX_MB)',
    });
    const streamed = await uploadFile(
      api,
      admin,
      { name: 'bigger.jsonl', content: jsonl(10, 10 * KB) },
      { format: 'jsonl' },
    );
    expect(streamed.status).toBe(413);
    expect(streamed.body).toMatchObject({
      code: 'payload_too_large',
      message: expect.stringContaining('UPLOAD_MAX_MB'),
    });
    expect(readdirSync(storage())).toEqual([]);
    const small = await uploadFile(api, admin, { name: 'small.jsonl', content: jsonl(2) }, { format: 'jsonl' });
    expect(small.status).toBe(202);
    expect(await waitForImport(api, admin, small.body.id as string)).toMatchObject({
      status: 'completed',
      counts: { created: 2 },
    });
    expect(readdirSync(storage())).toEqual([]);
  });

  it('refuses with 507 an upload that would leave less than UPLOAD_DISK_RESERVE_MB free, before writing anything', async () => {
    await boot({ maxBytes: 1024 ** 3, diskReserveBytes: Number.MAX_SAFE_INTEGER });
    const refused = await uploadFile(api, admin, { name: 'a.jsonl', content: jsonl(2) }, { format: 'jsonl' });
    expect(refused.status).toBe(507);
    expect(refused.body).toMatchObject({
      statusCode: 507,
      code: 'insufficient_storage',
      message: expect.stringContaining('UPLOAD_DISK_RESERVE_MB'),
    });
    expect(readdirSync(storage())).toEqual([]);
  });

  it('refuses an upload that does not state its size with 411', async () => {
    await boot({ maxBytes: 1024 ** 3, diskReserveBytes: 0 });
    const boundary = 'chunkedboundary';
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="format"\r\n\r\njsonl\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.jsonl"\r\n\r\n${jsonl(1)}\r\n--${boundary}--\r\n`;
    const response = await fetch(`${api.url}/api/imports`, {
      method: 'POST',
      headers: { ...admin, 'content-type': `multipart/form-data; boundary=${boundary}` },
      body: new ReadableStream({
        start: (controller) => (controller.enqueue(new TextEncoder().encode(body)), controller.close()),
      }),
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(411);
    expect(await response.json()).toMatchObject({ statusCode: 411, code: 'length_required' });
  });

  it('keeps uploads in a folder only the API user can enter (0700), each file readable by it alone (0600)', async () => {
    await boot({ maxBytes: 1024 ** 3, diskReserveBytes: 0 });
    expect(statSync(storage()).mode & 0o777).toBe(0o700);
    const boundary = 'privateboundary';
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="format"\r\n\r\njsonl\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.jsonl"\r\n\r\n`;
    const file = `${jsonl(1)}\n`;
    const tail = `\r\n--${boundary}--\r\n`;
    const client = new RawClient(api.url);
    try {
      client.send(
        requestHead('POST', '/api/imports', {
          ...admin,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': Buffer.byteLength(head + file + tail),
        }),
      );
      client.send(head + file.slice(0, 20));
      // While the rest of the file is still on its way, the part received is on disk: look at it.
      const landed = await within(waitForFile(storage()), 10_000, 'the upload appearing on disk');
      expect(statSync(join(storage(), landed)).mode & 0o777).toBe(0o600);
      client.send(file.slice(20) + tail);
      const response = await within(client.response, 10_000, 'answer to the upload');
      expect(response.status).toBe(202);
      expect(await waitForImport(api, admin, JSON.parse(response.body).id)).toMatchObject({ status: 'completed' });
      expect(readdirSync(storage())).toEqual([]);
    } finally {
      client.destroy();
    }
  });
});

async function waitForFile(dir: string): Promise<string> {
  for (;;) {
    const [name] = readdirSync(dir);
    if (name) {
      return name;
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
}
