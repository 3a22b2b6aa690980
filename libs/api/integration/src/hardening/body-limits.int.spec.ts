import { gzipSync } from 'node:zlib';
import { createApiKey, createTestApi, loginAs, seedVendor, TestApi, TestSession } from '@rapport/api-testing';
import { RawClient, requestHead, within } from './raw-http';

jest.setTimeout(120_000);

/** A JSON text of about `bytes` bytes: one long string field. */
function jsonOf(bytes: number, fields: Record<string, unknown> = {}): string {
  return JSON.stringify({ ...fields, padding: 'x'.repeat(bytes) });
}

async function post(
  api: TestApi,
  path: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: any }> {
  const response = await fetch(api.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  return {
    status: response.status,
    body: await response.json().catch(() => null),
  };
}

describe('JSON body limits', () => {
  let api: TestApi;
  let admin: TestSession;
  let key: { headers: Record<string, string> };

  beforeAll(async () => {
    api = await createTestApi();
    const vendor = await seedVendor(api, { slug: 'limits-vendor' });
    admin = await loginAs(api, 'admin');
    key = await createApiKey(api, { source: 'crm', vendorId: vendor.id });
  });
  afterAll(() => api.close());

  it('refuses an anonymous 2 MB body, sent as 2 KB of gzip, with 413 in the API error shape', async () => {
    const inflated = jsonOf(2 * 1024 * 1024, {
      email: 'a@b.example',
      password: 'whatever-long-enough',
    });
    const wire = gzipSync(inflated);
    expect(wire.length).toBeLessThan(10_000);
    const response = await post(api, '/api/auth/login', wire, {
      'content-encoding': 'gzip',
    });
    expect(response.status).toBe(413);
    expect(response.body).toEqual({
      statusCode: 413,
      code: 'payload_too_large',
      message: expect.stringContaining('16 KB'),
    });
  });

  it('authenticates before reading a large body: a caller without credentials is refused while the body is still arriving', async () => {
    const attempts: Array<Record<string, string>> = [
      {},
      { authorization: 'Bearer rk_not-a-key' },
      { cookie: 'rapport_session=forged' },
    ];
    for (const credentials of attempts) {
      const client = new RawClient(api.url);
      client.send(
        requestHead('POST', '/api/conversations/batch', {
          'content-type': 'application/json',
          'content-length': 40 * 1024 * 1024,
          ...credentials,
        }),
      );
      client.send(`[${'{},'.repeat(300)}`);
      const response = await within(client.response, 10_000, 'refusal of a 40 MB body that is still arriving');
      client.destroy();
      expect(response.status).toBe(401);
      expect(JSON.parse(response.body)).toMatchObject({
        statusCode: 401,
        code: 'unauthenticated',
      });
    }
  });

  it('keeps signed-in routes other than ingestion to 1 MB, counted after decompression', async () => {
    const mapping = jsonOf(2 * 1024 * 1024, {
      name: 'big',
      format: 'message-csv',
      columnMapping: {},
    });
    const plain = await post(api, '/api/imports/mappings', mapping, admin.headers);
    expect(plain.status).toBe(413);
    expect(plain.body).toMatchObject({
      code: 'payload_too_large',
      message: expect.stringContaining('1 MB'),
    });
    const zipped = await post(api, '/api/imports/mappings', gzipSync(mapping), {
      ...admin.headers,
      'content-encoding': 'gzip',
    });
    expect(zipped.status).toBe(413);
    expect(zipped.body).toMatchObject({
      statusCode: 413,
      code: 'payload_too_large',
    });
  });

  it('reads a batch over 1 MB from an API key on an ingestion route', async () => {
    const item = {
      source: 'crm',
      externalId: 'big-1',
      vendor: 'not-a-vendor',
      channel: 'chat',
      createdAt: '2026-03-02T10:00:00Z',
      messages: [
        {
          role: 'customer',
          at: '2026-03-02T10:00:00Z',
          text: 'word '.repeat(400_000),
        },
      ],
    };
    const response = await post(api, '/api/conversations/batch', JSON.stringify([item]), key.headers);
    expect(response.status).toBe(200);
    expect(response.body.items).toHaveLength(1);
    expect(response.body.items[0]).toMatchObject({
      status: 'failed',
      error: { field: 'vendor' },
    });
  });

  it('answers a gzip bomb on an ingestion route with 413, not 500, and keeps serving', async () => {
    const bomb = gzipSync(Buffer.alloc(60 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(200_000);
    const response = await post(api, '/api/conversations/batch', bomb, {
      ...key.headers,
      'content-encoding': 'gzip',
    });
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({
      statusCode: 413,
      code: 'payload_too_large',
      message: expect.stringContaining('50 MB'),
    });
    expect((await fetch(`${api.url}/api/health`)).status).toBe(200);
  });

  it('refuses JSON nested more than 64 levels deep with 400, where walking it used to overflow the stack (500)', async () => {
    const deep = `${'['.repeat(5_000)}${']'.repeat(5_000)}`;
    for (const path of ['/api/surveys/batch', '/api/conversations/batch']) {
      const response = await post(api, path, deep, admin.headers);
      expect([path, response.status]).toEqual([path, 400]);
      expect(response.body).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('64 levels') });
    }
    const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    expect((await post(api, '/api/surveys/batch', `[${nested(62)}]`, admin.headers)).status).toBe(200);
    expect((await post(api, '/api/surveys/batch', `[${nested(64)}]`, admin.headers)).status).toBe(400);
  });
});
