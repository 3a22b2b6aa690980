import { createTestApi, getJson, loginAs, seedVendor, TestApi } from '@rapport/api-testing';
import { count, errorLines, fixture, importFile, messagesOf, noticeLines } from './import-helpers';

jest.setTimeout(60_000);

describe('Customer Support on Twitter and Zendesk imports', () => {
  let api: TestApi;
  let admin: Record<string, string>;

  beforeEach(async () => {
    api = await createTestApi();
    admin = (await loginAs(api, 'admin')).headers;
    await seedVendor(api, { slug: 'acme' });
  });
  afterEach(() => api.close());

  describe('twcs.csv', () => {
    const upload = () =>
      importFile(api, admin, { name: 'twcs.csv', content: fixture('twcs.csv') }, { format: 'twcs', options: JSON.stringify({ vendorByBrand: { AcmeSupport: 'acme' } }) });

    it('rebuilds reply threads into conversations whatever the row order, the brand account being the agent side', async () => {
      const job = await upload();
      expect(job.counts).toEqual({ received: 5, created: 3, updated: 0, unchanged: 0, failed: 2 });
      const thread = await messagesOf(api, '1');
      expect(thread.map((m) => [m.author_role, m.sent_at, m.text])).toEqual([
        ['customer', '2017-10-31T22:10:47.000Z', "my phone won't charge 😤"],
        ['agent', '2017-10-31T22:12:00.000Z', 'Sorry to hear that! Have you tried another cable?'],
        ['customer', '2017-10-31T22:20:00.000Z', 'yes, still nothing'],
        ['agent', '2017-10-31T22:25:00.000Z', 'Please DM us your serial number and we will replace it.'],
      ]);
      expect((await messagesOf(api, '10'))[0]?.text).toBe('كيف يمكنني تغيير كلمة المرور؟');
      const [conversation] = await api.dataSource.query(`SELECT c.channel, v.slug FROM conversations c JOIN vendors v ON v.id = c.vendor_id WHERE c.external_id = '1'`);
      expect(conversation).toEqual({ channel: 'social', slug: 'acme' });
    });

    it('reports duplicate tweet ids and unreadable times by line', async () => {
      const job = await upload();
      const errors = await errorLines(api, admin, job.id);
      expect(errors.map((error) => [error.line, error.field])).toEqual([
        [8, 'tweet_id'],
        [9, 'created_at'],
      ]);
      expect(errors[0]?.reason).toMatch(/duplicate tweet_id "3" \(first on line 4\)/);
    });

    it('gives unmapped brands the import vendor', async () => {
      const job = await importFile(api, admin, { name: 'twcs.csv', content: fixture('twcs.csv') }, { format: 'twcs', vendor: 'acme' });
      expect(job.counts).toMatchObject({ created: 3 });
    });
  });

  describe('Zendesk ticket export', () => {
    const upload = () => importFile(api, admin, { name: 'tickets.json', content: fixture('zendesk-tickets.json') }, { format: 'zendesk', vendor: 'acme' });

    it('turns tickets into conversations with internal notes, reports bad tickets and comments, and keeps the rest', async () => {
      const job = await upload();
      // The repeated ticket 501 is a repeat, not an error: its latest copy is kept.
      expect(job).toMatchObject({ status: 'completed', counts: { received: 4, created: 2, updated: 0, unchanged: 0, failed: 2 }, surveysStored: 1 });
      const ticket = await messagesOf(api, '501');
      expect(ticket.map((m) => [m.author_role, m.agent_external_id, Boolean(m.is_internal)])).toEqual([
        ['customer', null, false],
        ['agent', '42', true],
        ['agent', '42', false],
      ]);
      const [conversation] = await api.dataSource.query(`SELECT channel, queue, closed_at, tags FROM conversations WHERE external_id = '501'`);
      expect(conversation).toMatchObject({ channel: 'email', queue: 'Billing', closed_at: '2026-03-02T12:00:00.000Z' });
      const errors = await errorLines(api, admin, job.id);
      expect(errors.map((error) => error.reason)).toEqual([
        expect.stringMatching(/comment 4 has no text/),
        expect.stringMatching(/unknown via.channel "fax-machine"/),
      ]);
      expect((await noticeLines(api, admin, job.id)).map((notice) => notice.reason)).toContainEqual(
        expect.stringMatching(/\(id 501\) repeats the ticket on line \d+: the copy with the latest updated_at is kept/),
      );
    });

    it('stores the satisfaction rating as a thumbs survey linked to its ticket and credited to the assignee', async () => {
      await upload();
      const surveys = await api.dataSource.query(
        `SELECT s.score, s.scale, s.normalized, s.satisfied, s.comment, s.answered_at, c.external_id, a.external_id AS agent
           FROM csat_surveys s JOIN conversations c ON c.id = s.conversation_id LEFT JOIN agents a ON a.id = s.agent_id`,
      );
      expect(surveys).toHaveLength(1);
      expect(surveys[0]).toMatchObject({ scale: 'thumbs', comment: 'Quick and kind', answered_at: '2026-03-02T13:00:00.000Z', external_id: '501', agent: '42' });
      expect(Number(surveys[0].score)).toBe(1);
      expect(Number(surveys[0].normalized)).toBe(100);
      expect(Boolean(surveys[0].satisfied)).toBe(true);
    });

    it('reports the same file again as unchanged', async () => {
      await upload();
      const again = await upload();
      expect(again.counts).toEqual({ received: 4, created: 0, updated: 0, unchanged: 2, failed: 2 });
      expect(again.surveysStored).toBe(0);
      expect(await count(api, 'csat_surveys')).toBe(1);
      expect((await getJson(api, '/api/imports', admin)).body.total).toBe(2);
    });
  });
});
