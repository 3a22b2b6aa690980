import { Controller, Get, Module } from '@nestjs/common';
import { PublicRoute } from '@rapport/api-core';
import { createTestApi, getJson, loginAs, seedVendor, TestApi } from '@rapport/api-testing';
import { waitForImport } from '../ingestion/import-helpers';
import { RawClient, requestHead, within } from './raw-http';

jest.setTimeout(120_000);

/** A handler that does not finish until the test lets it: a request that would hold its connection forever. */
let releaseSlowHandler: () => void = () => undefined;
const slowHandlerDone = new Promise<void>((resolve) => (releaseSlowHandler = resolve));

@Controller('slow-probe')
class SlowProbeController {
  @Get()
  @PublicRoute()
  async wait(): Promise<{ finished: true }> {
    await slowHandlerDone;
    return { finished: true };
  }
}

@Module({ controllers: [SlowProbeController] })
class SlowProbeModule {}

const DEADLINE_MS = 1_000;
/** Far more than the deadline (and the idle margin after it), far less than anything Node would do on its own. */
const ANSWERED_WITHIN_MS = 8_000;

describe('request deadline and server timeouts', () => {
  let api: TestApi;
  const clients: RawClient[] = [];
  const rawClient = () => {
    const client = new RawClient(api.url);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    api = await createTestApi(
      {
        http: {
          requestTimeoutMs: DEADLINE_MS,
          headersTimeoutMs: 2_000,
          uploadTimeoutMs: 60_000,
          keepAliveTimeoutMs: 5_000,
        },
      },
      { imports: [SlowProbeModule] },
    );
  });
  afterEach(() => clients.splice(0).forEach((client) => client.destroy()));
  afterAll(async () => {
    releaseSlowHandler();
    await api.close();
  });

  function expectDeadlineAnswer(response: { status: number; headers: Record<string, string>; body: string }): void {
    expect(response.status).toBe(503);
    expect(response.headers['connection']).toBe('close');
    expect(JSON.parse(response.body)).toEqual({
      statusCode: 503,
      code: 'request_timeout',
      message: expect.stringContaining('1 seconds'),
    });
  }

  it('answers 503 and closes the connection when a client sends its headers and then stalls, while /api/health keeps answering', async () => {
    const client = rawClient();
    client.send(
      requestHead('POST', '/api/auth/login', {
        'content-type': 'application/json',
        'content-length': 500,
      }),
    );
    client.send('{"email":');
    expect((await getJson(api, '/api/health')).status).toBe(200);
    expectDeadlineAnswer(await within(client.response, ANSWERED_WITHIN_MS, 'answer to a stalled body'));
    await within(client.closed, ANSWERED_WITHIN_MS, 'server closing the stalled connection');
  });

  it('answers 503 to a client that trickles its body a byte at a time', async () => {
    const client = rawClient();
    client.send(
      requestHead('POST', '/api/auth/login', {
        'content-type': 'application/json',
        'content-length': 10_000,
      }),
    );
    const trickle = setInterval(() => client.send(' '), 100);
    try {
      expectDeadlineAnswer(await within(client.response, ANSWERED_WITHIN_MS, 'answer to a trickled body'));
    } finally {
      clearInterval(trickle);
    }
  });

  it('closes a connection that stops in the middle of its headers', async () => {
    const client = rawClient();
    client.send('GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Slow: ');
    await within(client.closed, ANSWERED_WITHIN_MS, 'server closing a connection with unfinished headers');
    await expect(client.response).rejects.toThrow(/closed before a complete response/);
  });

  it('answers 503 when a handler does not finish in time, and serves on when it finishes later', async () => {
    const client = rawClient();
    client.send(requestHead('GET', '/api/slow-probe', {}));
    expectDeadlineAnswer(await within(client.response, ANSWERED_WITHIN_MS, 'answer to a request whose handler hangs'));
    releaseSlowHandler();
    await slowHandlerDone;
    expect((await getJson(api, '/api/health')).status).toBe(200);
  });

  it('lets a file upload take longer than the deadline, and the import runs to the end as a job', async () => {
    await seedVendor(api, { slug: 'acme' });
    const admin = (await loginAs(api, 'admin')).headers;
    const line = JSON.stringify({
      externalId: 'slow-upload-1',
      vendor: 'acme',
      channel: 'chat',
      createdAt: '2026-03-02T10:00:00Z',
      messages: [
        {
          role: 'customer',
          at: '2026-03-02T10:00:00Z',
          text: 'Hello, where is my order?',
        },
      ],
    });
    const boundary = 'slowuploadboundary';
    const body = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="format"\r\n\r\njsonl\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="slow.jsonl"\r\nContent-Type: application/octet-stream\r\n\r\n${line}\n\r\n--${boundary}--\r\n`,
    );
    const client = rawClient();
    client.send(
      requestHead('POST', '/api/imports', {
        ...admin,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': body.length,
      }),
    );
    // Four pieces, a deadline apart: the upload takes about four times the request deadline.
    const pieces = [0, 1, 2, 3].map((index) =>
      body.subarray(Math.floor((index * body.length) / 4), Math.floor(((index + 1) * body.length) / 4)),
    );
    let sent = 0;
    client.send(pieces[sent++] as Buffer);
    const trickle = setInterval(() => {
      if (sent < pieces.length) {
        client.send(pieces[sent++] as Buffer);
      }
    }, DEADLINE_MS);
    try {
      const response = await within(client.response, 30_000, 'answer to a slow upload');
      expect(sent).toBe(pieces.length);
      expect(response.status).toBe(202);
      const job = await waitForImport(api, admin, JSON.parse(response.body).id);
      expect(job).toMatchObject({
        status: 'completed',
        counts: { received: 1, created: 1 },
      });
    } finally {
      clearInterval(trickle);
    }
  });
});
