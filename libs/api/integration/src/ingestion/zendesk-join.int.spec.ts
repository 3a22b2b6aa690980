import { createApiKey, createTestApi, getJson, loginAs, seedVendor, TestApi } from '@rapport/api-testing';
import type { ImportJobDto } from '@rapport/contracts';
import { count, errorLines, importFile, messagesOf, noticeLines, uploadFile } from './import-helpers';

jest.setTimeout(120_000);

/** Zendesk tickets as the incremental export and ticket lists return them: no comments, group names sideloaded. */
function ticket(id: number, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    url: `https://example.zendesk.com/api/v2/tickets/${id}.json`,
    id,
    via: { channel: 'api', source: { from: {}, to: {}, rel: null } },
    created_at: '2026-03-02T08:00:00Z',
    updated_at: '2026-03-02T08:30:00Z',
    subject: 'Refund',
    description: 'Where is my refund?',
    status: 'open',
    requester_id: 501,
    assignee_id: 601,
    group_id: 360010,
    brand_id: 9100,
    tags: ['refund'],
    ...fields,
  };
}

const page = (tickets: Record<string, unknown>[]): string =>
  JSON.stringify({
    tickets,
    groups: [{ id: 360010, name: 'Manila Team' }],
    brands: [{ id: 9100, name: 'Acme' }],
    after_cursor: 'MTc',
    end_of_stream: true,
  });

const comments = JSON.stringify({
  comments: [
    { id: 9001, type: 'Comment', author_id: 501, body: 'Where is my refund?', plain_body: 'Where is my refund?', public: true, created_at: '2026-03-02T08:00:00Z' },
    { id: 9003, type: 'Comment', author_id: 601, plain_body: 'checked with billing', public: false, created_at: '2026-03-02T08:19:00Z' },
    { id: 9002, type: 'Comment', author_id: 601, plain_body: 'Sorry for the wait! Your refund was sent today.', public: true, created_at: '2026-03-02T08:20:00Z' },
  ],
  next_page: null,
  count: 3,
});

const audits = JSON.stringify({
  audits: [
    { id: 1, ticket_id: 301, created_at: '2026-03-03T10:00:00Z', author_id: 701, events: [{ id: 11, type: 'Comment', body: 'My order is late', public: true }] },
    { id: 2, ticket_id: 301, created_at: '2026-03-03T10:07:00Z', author_id: 801, events: [{ id: 12, type: 'Comment', author_id: 801, body: 'It ships tomorrow, sorry!', public: true }] },
  ],
});

const OPTIONS = JSON.stringify({ vendorByGroup: { 'Manila Team': 'acme' } });

describe('Zendesk tickets and comments joined across imports', () => {
  let api: TestApi;
  let admin: Record<string, string>;
  const send = (name: string, content: string): Promise<ImportJobDto> => importFile(api, admin, { name, content }, { format: 'zendesk', options: OPTIONS });
  const stored = async (externalId: string) =>
    (await api.dataSource.query(`SELECT id, score_status, message_count, closed_at FROM conversations WHERE external_id = '${externalId}'`))[0] as
      | { id: string; score_status: string; message_count: number | string; closed_at: string | null }
      | undefined;
  const factsOf = async (id: string) => Number((await api.dataSource.query(`SELECT COUNT(*) AS n FROM conversation_facts WHERE conversation_id = '${id}'`))[0].n);
  async function scored(externalId: string): Promise<string> {
    for (let i = 0; i < 200; i++) {
      const row = await stored(externalId);
      if (row && row.score_status !== 'pending') {
        return row.score_status;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`conversation ${externalId} was never scored`);
  }

  beforeEach(async () => {
    // As `npm start` runs it: comments wait for their ticket under keyed hashes of their authors, so a key is needed.
    api = await createTestApi({ connectors: { secretKey: 'c0'.repeat(32) } });
    admin = (await loginAs(api, 'admin')).headers;
    await seedVendor(api, { slug: 'acme' });
  });
  afterEach(() => api.close());

  it('stores a ticket without comments as transcript missing, outside every figure, and completes it when its comments come', async () => {
    const first = await send('tickets.json', page([ticket(201)]));
    expect(first.counts).toEqual({ received: 1, created: 1, updated: 0, unchanged: 0, failed: 0 });
    const notices = (await noticeLines(api, admin, first.id)).map((notice) => notice.reason);
    expect(notices).toEqual([
      'via.channel "api" is read as email (default mapping; channelByVia changes it)',
      'ticket 201: transcript missing (no comments yet): stored and counted, not scored nor in any figure until its comments are imported',
    ]);
    const missing = await stored('201');
    expect(missing).toMatchObject({ score_status: 'no-transcript' });
    expect(Number(missing?.message_count)).toBe(0);
    expect(await factsOf(missing?.id ?? '')).toBe(0);
    const detail = await getJson(api, `/api/conversations/${missing?.id}`, admin);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ scoreStatus: 'no-transcript', messages: [] });

    // The comments page names no ticket: the file name does.
    const second = await send('tickets-201-comments.json', comments);
    expect(second.counts).toEqual({ received: 1, created: 0, updated: 1, unchanged: 0, failed: 0 });
    expect((await messagesOf(api, '201')).map((m) => [m.author_role, m.agent_external_id, Boolean(m.is_internal), m.text])).toEqual([
      ['customer', null, false, 'Where is my refund?'],
      ['agent', '601', true, 'checked with billing'],
      ['agent', '601', false, 'Sorry for the wait! Your refund was sent today.'],
    ]);
    expect(await scored('201')).toBe('scored');
    expect(await factsOf(missing?.id ?? '')).toBe(1);
    expect((await stored('201'))?.id).toBe(missing?.id);
  });

  it('keeps comments that come first until their ticket arrives (audits before the ticket)', async () => {
    const early = await send('audits.json', audits);
    expect(early.counts).toEqual({ received: 0, created: 0, updated: 0, unchanged: 0, failed: 0 });
    expect((await noticeLines(api, admin, early.id)).map((n) => n.reason)).toEqual(['ticket 301: its comments are kept until the ticket itself is imported']);
    expect(await count(api, 'conversations')).toBe(0);
    const later = await send('tickets.json', page([ticket(301, { requester_id: 701 })]));
    expect(later.counts).toMatchObject({ created: 1, failed: 0 });
    expect((await messagesOf(api, '301')).map((m) => [m.author_role, m.text])).toEqual([
      ['customer', 'My order is late'],
      ['agent', 'It ships tomorrow, sorry!'],
    ]);
    expect(await scored('301')).toBe('scored');
  });

  it('keeps the copy with the latest updated_at, whatever the order of pages and imports; repeats are no errors', async () => {
    const newer = ticket(201, { status: 'solved', updated_at: '2026-03-02T12:00:00Z' });
    const older = ticket(201, { status: 'open', updated_at: '2026-03-02T08:30:00Z' });
    const both = await send('tickets.json', page([newer, older]));
    expect(both.counts).toEqual({ received: 1, created: 1, updated: 0, unchanged: 0, failed: 0 });
    expect(await errorLines(api, admin, both.id)).toEqual([]);
    const reasons = (await noticeLines(api, admin, both.id)).map((n) => n.reason);
    expect(reasons).toContain('ticket 2 (id 201) repeats the ticket on line 1: the copy with the latest updated_at is kept');
    expect(reasons).toContain('ticket 201: a newer copy (updated 2026-03-02T12:00:00.000Z) is already stored; this older one was left out');
    expect((await stored('201'))?.closed_at).toBe('2026-03-02T12:00:00.000Z');
    // An older copy in a later import changes nothing.
    const again = await send('tickets.json', page([older]));
    expect(again.counts).toEqual({ received: 1, created: 0, updated: 0, unchanged: 1, failed: 0 });
    expect((await stored('201'))?.closed_at).toBe('2026-03-02T12:00:00.000Z');
  });

  it('removes the conversation of a deleted ticket and never creates it again', async () => {
    await send('tickets.json', page([ticket(205)]));
    await send('tickets-205-comments.json', comments);
    expect(await scored('205')).toBe('scored');
    const deletion = await send('tickets.json', page([ticket(205, { status: 'deleted', updated_at: '2026-03-04T00:00:00Z' })]));
    expect((await noticeLines(api, admin, deletion.id)).map((n) => n.reason)).toContain('1 conversation(s) of deleted tickets removed');
    expect(await count(api, 'conversations')).toBe(0);
    expect(await count(api, 'messages')).toBe(0);
    expect(await count(api, 'conversation_facts')).toBe(0);
    await send('tickets.json', page([ticket(205)]));
    await send('tickets-205-comments.json', comments);
    expect(await count(api, 'conversations')).toBe(0);
    // A deleted ticket seen first is never created.
    await send('tickets.json', page([ticket(206, { status: 'deleted' }), ticket(206)]));
    expect(await stored('206')).toBeUndefined();
  });

  it("lets an import bound to one vendor neither add comments to nor delete another vendor's ticket", async () => {
    const other = await seedVendor(api, { slug: 'other' });
    await send('tickets.json', page([ticket(201)]));
    const key = await createApiKey(api, { source: 'zendesk', vendorId: other.id });
    // A key reads no import jobs: wait on the stored job.
    const sendAsOther = async (name: string, content: string): Promise<string> => {
      const upload = await uploadFile(api, key.headers, { name, content }, { format: 'zendesk' });
      expect(upload.status).toBe(202);
      for (let i = 0; i < 600; i++) {
        const [job] = await api.dataSource.query(`SELECT status FROM import_jobs WHERE id = '${upload.body.id}'`);
        if (job.status !== 'queued' && job.status !== 'running') {
          return job.status;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error('the import never ended');
    };
    expect(await sendAsOther('tickets-201-comments.json', comments)).toBe('completed');
    const [transcript] = await api.dataSource.query(`SELECT comments FROM ticket_transcripts WHERE external_id = '201'`);
    expect(JSON.parse(transcript.comments)).toEqual([]);
    expect(await sendAsOther('tickets.json', JSON.stringify({ tickets: [ticket(201, { status: 'deleted', group_id: null })] }))).toBe('completed');
    expect(await stored('201')).toMatchObject({ score_status: 'no-transcript' });
    expect(await messagesOf(api, '201')).toEqual([]);
    // The owner's comments still complete it.
    await send('tickets-201-comments.json', comments);
    expect(await messagesOf(api, '201')).toHaveLength(3);
  });

  it('without any key joins comments only to a ticket of the same import, keeps none, and says which key to set', async () => {
    await api.close();
    api = await createTestApi();
    admin = (await loginAs(api, 'admin')).headers;
    await seedVendor(api, { slug: 'acme' });
    const first = await send('tickets.json', page([ticket(201)]));
    expect(first.counts).toMatchObject({ created: 1, failed: 0 });
    const early = await send('tickets-201-comments.json', comments);
    expect((await noticeLines(api, admin, early.id)).map((n) => n.reason)).toContain(
      'ticket 201: its comments were left out, the ticket is not in this import: comments are kept for a ticket of a later import only when CUSTOMER_ID_KEY or CONNECTOR_SECRET_KEY is set (npm start sets both), as no Zendesk user id is kept without a key to hash it',
    );
    expect(await stored('201')).toMatchObject({ score_status: 'no-transcript' });
    // A ticket that carries its comments needs nothing kept: it is joined within the import.
    const whole = JSON.parse(comments) as { comments: unknown[] };
    await send('tickets.json', page([ticket(202, { comments: whole.comments })]));
    expect((await messagesOf(api, '202')).map((m) => [m.author_role, m.agent_external_id])).toEqual([
      ['customer', null],
      ['agent', '601'],
      ['agent', '601'],
    ]);
    const kept: Array<{ requester_key: string | null; comments: string }> = await api.dataSource.query('SELECT requester_key, comments FROM ticket_transcripts');
    expect(kept).toEqual([
      { requester_key: null, comments: '[]' },
      { requester_key: null, comments: '[]' },
    ]);
  });

  it('names the unmapped group_id and brand_id', async () => {
    const job = await send('tickets.json', JSON.stringify({ tickets: [ticket(207, { group_id: 111, brand_id: 222 })] }));
    expect((await errorLines(api, admin, job.id)).map((e) => [e.field, e.reason])).toEqual([
      [
        'group_id',
        'ticket 1 (id 207): cannot tell the vendor: group_id 111 is not in vendorByGroup, brand_id 222 is not in vendorByBrand, and no vendor is set for the import',
      ],
    ]);
  });
});
