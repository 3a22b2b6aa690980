import { createTestApi, loginAs, seedVendor, TestApi } from '@rapport/api-testing';
import type { ImportJobDto } from '@rapport/contracts';
import { count, errorLines, messagesOf, uploadFiles, waitForImport } from './import-helpers';
import { zipOf } from './zip-writer';
import { FIELDS, FILES, REJECTED_RATING, tickets } from './zendesk-export-files';

jest.setTimeout(120_000);

describe.each([
  ['in export order', FILES],
  ['in reversed order', [...FILES].reverse()],
])('one import of several Zendesk files, %s', (_order, files) => {
  let api: TestApi;
  let admin: Record<string, string>;
  const send = async (parts: readonly { name: string; content: string | Uint8Array }[]): Promise<ImportJobDto> => {
    const upload = await uploadFiles(api, admin, parts, FIELDS);
    expect(upload.status).toBe(202);
    return waitForImport(api, admin, upload.body.id as string);
  };
  const linkedRatings = async () =>
    (
      await api.dataSource.query(
        `SELECT c.external_id AS ticket, s.score FROM csat_surveys s JOIN conversations c ON c.id = s.conversation_id`,
      )
    ).map((row: { ticket: string; score: number | string }) => [row.ticket, Number(row.score)]);

  beforeEach(async () => {
    api = await createTestApi();
    admin = (await loginAs(api, 'admin')).headers;
    await seedVendor(api, { slug: 'acme' });
  });
  afterEach(() => api.close());

  it('joins tickets, comments and ratings by ticket id, names the file of each rejection, and repeats idempotently', async () => {
    const job = await send(files);
    expect(job).toMatchObject({ status: 'completed', files: files.map((file) => file.name), failure: null });
    expect(job.fileName).toBe(`${files[0]?.name} and 2 more`);
    // The rejected rating is received and failed; both tickets are created once their parts are joined.
    expect(job.counts).toEqual({ received: 3, created: 2, updated: 0, unchanged: 0, failed: 1 });
    expect(await errorLines(api, admin, job.id)).toEqual(REJECTED_RATING);
    expect((await messagesOf(api, '201')).map((m) => [m.author_role, m.text])).toEqual([
      ['customer', 'Where is my refund?'],
      ['agent', 'Sorry for the wait! Your refund was sent today.'],
    ]);
    expect(await linkedRatings()).toEqual([['201', 1]]);

    const again = await send(files);
    expect(again.counts).toEqual({ received: 3, created: 0, updated: 0, unchanged: 2, failed: 1 });
    expect(await count(api, 'conversations')).toBe(2);
    expect(await count(api, 'csat_surveys')).toBe(1);
  });

  it('reads a zip of the same files like the files themselves', async () => {
    const job = await send([{ name: 'zendesk-export.zip', content: zipOf(files) }]);
    expect(job).toMatchObject({ status: 'completed', files: files.map((file) => `zendesk-export.zip/${file.name}`) });
    expect(job.counts).toEqual({ received: 3, created: 2, updated: 0, unchanged: 0, failed: 1 });
    expect((await errorLines(api, admin, job.id)).map((row) => row.reason)).toEqual([
      REJECTED_RATING[0]?.reason.replace('file satisfaction', 'file zendesk-export.zip/satisfaction'),
    ]);
    expect((await messagesOf(api, '201')).length).toBe(2);
    expect(await linkedRatings()).toEqual([['201', 1]]);
  });
});

describe('limits on the files of one import', () => {
  let api: TestApi;
  let admin: Record<string, string>;
  beforeEach(async () => {
    api = await createTestApi();
    admin = (await loginAs(api, 'admin')).headers;
  });
  afterEach(() => api.close());

  async function refused(parts: readonly { name: string; content: string | Uint8Array }[]) {
    const upload = await uploadFiles(api, admin, parts, FIELDS);
    expect(await count(api, 'import_jobs')).toBe(0);
    return upload;
  }

  it('refuses a zip bomb with a 400 naming the entry, and stores no import', async () => {
    const bomb = zipOf([{ name: 'tickets.json', content: new Uint8Array(20 * 1024 * 1024) }]);
    const upload = await refused([{ name: 'export.zip', content: bomb }]);
    expect(upload.status).toBe(400);
    expect(upload.body.message).toMatch(
      /^export\.zip, entry "tickets\.json" expands \d+ times \(limit 200\): refused as a possible zip bomb$/,
    );
  });

  it('refuses a zip of too many entries, a zip inside a zip and too many files with a 400', async () => {
    const many = zipOf(Array.from({ length: 51 }, (_, i) => ({ name: `tickets-${i}.json`, content: tickets })));
    const tooMany = await refused([{ name: 'many.zip', content: many }]);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.message).toBe('many.zip holds 51 entries; an import takes at most 50 files');

    const nested = zipOf([{ name: 'inner.zip', content: zipOf([{ name: 'tickets.json', content: tickets }]) }]);
    const inner = await refused([{ name: 'outer.zip', content: nested }]);
    expect(inner.status).toBe(400);
    expect(inner.body.message).toBe(
      'outer.zip, entry "inner.zip" is a zip inside the zip; unpack it and send its files',
    );

    const files = await refused(
      Array.from({ length: 51 }, (_, i) => ({ name: `tickets-${i}.json`, content: tickets })),
    );
    expect(files.status).toBe(400);
  });
});
