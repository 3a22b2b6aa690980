import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildConversation,
  createApiKey,
  createTestApi,
  loginAs,
  postJson,
  seedVendor,
  TestApi,
} from '@rapport/api-testing';
import type { ImportJobDto } from '@rapport/contracts';
import { cliEnv, lastJson, quietBackgroundWork, runCli } from '../cli/cli-process';
import { errorLines, uploadFile, waitForImport } from './import-helpers';

jest.setTimeout(300_000);

/** What a vendor-bound API key hears for anything of another vendor: the same words whether or not the id is stored. */
const KEY_REFUSAL = 'this API key may not write data of this vendor';
/** The same for an import the command line binds to one vendor with `--vendor`. */
const CLI_REFUSAL = 'this import (--vendor) may not write data of this vendor';

const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 10, minute)).toISOString();

/** A conversation of the CRM both vendors share, named by its ticket id there. */
function ticket(externalId: string, vendor: string, text = 'Hello, my order has not arrived.') {
  return buildConversation({
    vendor,
    source: 'crm',
    externalId,
    messages: [
      { role: 'customer', at: at(0), text },
      {
        role: 'agent',
        at: at(2),
        text: 'Hello, thank you for writing. I am checking it now.',
        agentId: `${vendor}-agent`,
      },
    ],
  });
}

const answer = (conversationExternalId: string, score: number) => ({
  conversationExternalId,
  questionKey: 'csat',
  score,
  scale: '1-5',
  answeredAt: at(30),
});

/** The items of a batch answer without the ids the caller sent, to compare answers for different ids byte for byte. */
function withoutIds(body: { items: Array<Record<string, unknown>> }): string {
  const named = ['externalId', 'conversationExternalId'];
  return JSON.stringify({
    ...body,
    items: body.items.map((item) => Object.fromEntries(Object.entries(item).filter(([key]) => !named.includes(key)))),
  });
}

/** Everything an import job tells whoever follows it, except what names the job or the file. */
async function jobReport(api: TestApi, reader: Record<string, string>, job: ImportJobDto): Promise<string> {
  const { status, counts, surveysStored, surveysWaiting, errorCount, failure, linesProcessed } = job;
  return JSON.stringify({
    status,
    counts,
    surveysStored,
    surveysWaiting,
    errorCount,
    failure,
    linesProcessed,
    errors: await errorLines(api, reader, job.id),
  });
}

describe('ingestion never lets one vendor take over another vendor’s conversations', () => {
  let api: TestApi;
  let admin: Record<string, string>;
  let alphaId: string;
  let betaId: string;
  /** The attacker: a key of vendor alpha on the CRM both vendors share. */
  let alphaKey: Record<string, string>;
  let betaKey: Record<string, string>;

  /** Every row a write could touch, in a stable order, without what the (paused) scorer fills in later. */
  async function storedRows(): Promise<Record<string, unknown>> {
    const q = (sql: string) => api.dataSource.query(sql);
    return {
      conversations: await q(
        `SELECT id, source, external_id, vendor_id, channel, content_hash, message_count FROM conversations ORDER BY source, external_id`,
      ),
      messages: await q(
        `SELECT c.external_id, m.position, m.author_role, m.agent_id, m.sent_at, m.text FROM messages m JOIN conversations c ON c.id = m.conversation_id ORDER BY c.external_id, m.position`,
      ),
      surveys: await q(
        `SELECT id, source, conversation_external_id, conversation_id, question_key, score, comment, agent_id, writer_vendor_id FROM csat_surveys ORDER BY conversation_external_id, question_key`,
      ),
      agents: await q(`SELECT vendor_id, external_id FROM agents ORDER BY vendor_id, external_id`),
    };
  }

  let before: Record<string, unknown>;

  /** Uploads with the attacker's key (which may not read jobs) and follows the job as an administrator. */
  async function keyImport(
    file: { name: string; content: string },
    fields: Record<string, string>,
  ): Promise<ImportJobDto> {
    const upload = await uploadFile(api, alphaKey, file, fields);
    expect(upload.status).toBe(202);
    expect(upload.body).toMatchObject({
      status: 'queued',
      counts: { received: 0, created: 0, updated: 0, unchanged: 0, failed: 0 },
      errorCount: 0,
    });
    return waitForImport(api, admin, upload.body.id as string);
  }

  beforeEach(async () => {
    api = await createTestApi();
    // Scores would change the rows compared below; nothing here is about scoring.
    await quietBackgroundWork(api);
    admin = (await loginAs(api, 'admin')).headers;
    alphaId = (await seedVendor(api, { slug: 'alpha' })).id;
    betaId = (await seedVendor(api, { slug: 'beta' })).id;
    alphaKey = (await createApiKey(api, { source: 'crm', vendorId: alphaId })).headers;
    betaKey = (await createApiKey(api, { source: 'crm', vendorId: betaId })).headers;
    // The victim's tickets (ids that a JSONL, CSV, Twitter and Zendesk file can name), each with a CSAT answer, and
    // one answer still waiting for its ticket.
    const stored = await postJson(
      api,
      '/api/conversations/batch',
      ['x-1', '1', '501'].map((id) => ticket(id, 'beta')),
      betaKey,
    );
    expect(stored.body.counts).toMatchObject({ created: 3, failed: 0 });
    const surveys = await postJson(
      api,
      '/api/surveys/batch',
      [answer('x-1', 5), answer('1', 5), answer('501', 5), answer('x-later', 4)],
      betaKey,
    );
    expect(surveys.body.counts).toMatchObject({ created: 4, failed: 0 });
    expect(surveys.body.waiting).toBe(1);
    before = await storedRows();
    expect(before['conversations']).toHaveLength(3);
    expect(before['messages']).toHaveLength(6);
    expect(before['surveys']).toHaveLength(4);
  });
  afterEach(() => api.close());

  describe('REST batches', () => {
    it('refuses a vendor-bound key’s record for another vendor’s id with the words it uses for any record of another vendor', async () => {
      const takeover = await postJson(
        api,
        '/api/conversations/batch',
        [ticket('x-1', 'alpha', 'Replaced by alpha')],
        alphaKey,
      );
      expect(takeover.status).toBe(200);
      expect(takeover.body).toEqual({
        counts: { received: 1, created: 0, updated: 0, unchanged: 0, failed: 1 },
        items: [
          { line: 0, externalId: 'x-1', status: 'failed', error: { line: 0, field: 'vendor', reason: KEY_REFUSAL } },
        ],
      });
      // A free id named for the other vendor, the other vendor's stored id named for it, and a vendor that does not
      // exist: the same answer, so the key learns neither which ids nor which vendors exist.
      for (const record of [
        ticket('x-new', 'beta'),
        ticket('x-1', 'beta', 'Replaced by alpha'),
        ticket('x-new', 'no-such-vendor'),
      ]) {
        const other = await postJson(api, '/api/conversations/batch', [record], alphaKey);
        expect(other.status).toBe(200);
        expect(withoutIds(other.body)).toBe(withoutIds(takeover.body));
      }
      expect(await storedRows()).toEqual(before);
    });

    it('keeps the victim’s CSAT answers on the victim’s conversation: the attacker can neither re-own nor rewrite them', async () => {
      await postJson(api, '/api/conversations/batch', [ticket('x-1', 'alpha')], alphaKey);
      const onStored = await postJson(api, '/api/surveys/batch', [answer('x-1', 1)], alphaKey);
      expect(onStored.status).toBe(200);
      expect(onStored.body).toEqual({
        counts: { received: 1, created: 0, updated: 0, unchanged: 0, failed: 1 },
        waiting: 0,
        items: [
          {
            line: 0,
            conversationExternalId: 'x-1',
            questionKey: 'csat',
            status: 'failed',
            error: { line: 0, field: 'vendor', reason: KEY_REFUSAL },
          },
        ],
      });
      // An answer the victim sent before its ticket arrived: no conversation stored, the same refusal.
      const onWaiting = await postJson(api, '/api/surveys/batch', [answer('x-later', 1)], alphaKey);
      expect(withoutIds(onWaiting.body)).toBe(withoutIds(onStored.body));
      expect(await storedRows()).toEqual(before);
    });

    it('never lets a vendor replace an answer another vendor sent, even for a ticket id the writer then stored as its own', async () => {
      // The victim's answer to `x-later` waits for its ticket; the attacker stores a ticket under that free id first.
      const squat = await postJson(api, '/api/conversations/batch', [ticket('x-later', 'alpha')], alphaKey);
      expect(squat.body.items).toMatchObject([{ status: 'created' }]);
      const victimAnswer = (before['surveys'] as Array<Record<string, unknown>>).find(
        (row) => row['conversation_external_id'] === 'x-later',
      );
      expect(victimAnswer).toMatchObject({ conversation_id: null, writer_vendor_id: betaId });

      const replaced = await postJson(api, '/api/surveys/batch', [answer('x-later', 1)], alphaKey);
      expect(replaced.body).toEqual({
        counts: { received: 1, created: 0, updated: 0, unchanged: 0, failed: 1 },
        waiting: 0,
        items: [
          {
            line: 0,
            conversationExternalId: 'x-later',
            questionKey: 'csat',
            status: 'failed',
            error: { line: 0, field: 'vendor', reason: KEY_REFUSAL },
          },
        ],
      });
      const rows = await storedRows();
      expect(rows['surveys']).toEqual(before['surveys']);
    });

    it('never moves a conversation between vendors for a client-wide writer either, and says where it is', async () => {
      const clientKey = (await createApiKey(api, { source: 'crm' })).headers;
      const refusal =
        'conversation "x-1" of source "crm" belongs to vendor "beta"; ingestion never moves a conversation to another vendor';
      for (const headers of [clientKey, admin]) {
        const moved = await postJson(api, '/api/conversations/batch', [ticket('x-1', 'alpha', 'Moved')], headers);
        expect(moved.status).toBe(200);
        expect(moved.body).toEqual({
          counts: { received: 1, created: 0, updated: 0, unchanged: 0, failed: 1 },
          items: [
            { line: 0, externalId: 'x-1', status: 'failed', error: { line: 0, field: 'vendor', reason: refusal } },
          ],
        });
      }
      expect(await storedRows()).toEqual(before);
      // The conversation's own vendor still updates it, in place.
      const updated = await postJson(
        api,
        '/api/conversations/batch',
        [ticket('x-1', 'beta', 'A later export')],
        clientKey,
      );
      expect(updated.body.items).toMatchObject([
        {
          status: 'updated',
          id: (before['conversations'] as Array<{ external_id: string; id: string }>).find(
            (c) => c.external_id === 'x-1',
          )?.id,
        },
      ]);
    });
  });

  describe('file imports through a vendor-bound key', () => {
    const formats: Record<
      string,
      {
        file: (id: string, vendor: string) => { name: string; content: string };
        fields: (vendor: string) => Record<string, string>;
        ids: [string, string];
        line: number;
      }
    > = {
      jsonl: {
        file: (id, vendor) => ({
          name: 'tickets.jsonl',
          content: JSON.stringify(ticket(id, vendor, 'Replaced by alpha')) + '\n',
        }),
        fields: () => ({ format: 'jsonl' }),
        ids: ['x-1', 'x-new'],
        line: 1,
      },
      'message-csv': {
        file: (id, vendor) => ({
          name: 'messages.csv',
          content: `conversation_id,vendor,channel,timestamp,author_role,text,agent_id\n${id},${vendor},chat,${at(0)},customer,Replaced by alpha,\n${id},${vendor},chat,${at(2)},agent,On it.,a-1\n`,
        }),
        fields: () => ({ format: 'message-csv' }),
        ids: ['x-1', 'x-new'],
        line: 2,
      },
      twcs: {
        file: (id) => ({
          name: 'twcs.csv',
          content:
            'tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n' +
            `${id},115712,True,Tue Oct 31 22:10:47 +0000 2017,@Brand my phone won't charge,${id}0,\n` +
            `${id}0,Brand,False,Tue Oct 31 22:12:00 +0000 2017,@115712 Sorry to hear that!,,${id}\n`,
        }),
        fields: (vendor) => ({ format: 'twcs', options: JSON.stringify({ vendorByBrand: { Brand: vendor } }) }),
        ids: ['1', '77'],
        line: 2,
      },
      zendesk: {
        file: (id) => ({
          name: 'tickets.json',
          content: JSON.stringify({
            tickets: [
              {
                id: Number(id),
                created_at: at(0),
                via: { channel: 'email' },
                requester_id: 7001,
                assignee_id: 42,
                comments: [
                  { author_id: 7001, public: true, plain_body: 'I was charged twice.', created_at: at(0) },
                  { author_id: 42, public: true, plain_body: 'Refunded, sorry.', created_at: at(5) },
                ],
                satisfaction_rating: { score: 'bad', updated_at: at(30) },
              },
            ],
          }),
        }),
        fields: (vendor) => ({ format: 'zendesk', vendor }),
        ids: ['501', '601'],
        line: 1,
      },
    };

    for (const [format, spec] of Object.entries(formats)) {
      it(`refuses a ${format} record for another vendor’s id, stores nothing of it, and reports it as for a free id of another vendor`, async () => {
        const [storedId, freeId] = spec.ids;
        const takeover = await keyImport(spec.file(storedId, 'alpha'), spec.fields('alpha'));
        expect(takeover).toMatchObject({
          status: 'completed',
          counts: { received: 1, created: 0, updated: 0, unchanged: 0, failed: 1 },
          surveysStored: 0,
          surveysWaiting: 0,
          errorCount: 1,
        });
        expect(await errorLines(api, admin, takeover.id)).toEqual([
          { line: spec.line, field: 'vendor', reason: KEY_REFUSAL },
        ]);
        const free = await keyImport(spec.file(freeId, 'beta'), spec.fields('beta'));
        expect(await jobReport(api, admin, free)).toBe(await jobReport(api, admin, takeover));
        expect(await storedRows()).toEqual(before);
      });
    }

    it('refuses survey answers (CSV) to the victim’s tickets after a refused takeover, stored or still waiting', async () => {
      await keyImport(formats['jsonl']?.file('x-1', 'alpha') as { name: string; content: string }, { format: 'jsonl' });
      const csv = `conversation_id,score,scale,answered_at\nx-1,1,1-5,${at(40)}\nx-later,1,1-5,${at(40)}\n`;
      const job = await keyImport({ name: 'csat.csv', content: csv }, { format: 'survey-csv' });
      expect(job).toMatchObject({
        status: 'completed',
        counts: { received: 2, created: 0, updated: 0, unchanged: 0, failed: 2 },
        surveysWaiting: 0,
      });
      expect(await errorLines(api, admin, job.id)).toEqual([
        { line: 2, field: 'vendor', reason: KEY_REFUSAL },
        { line: 3, field: 'vendor', reason: KEY_REFUSAL },
      ]);
      expect(await storedRows()).toEqual(before);
    });
  });

  describe('the command line’s --vendor', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'rapport-takeover-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    async function cliImport(
      name: string,
      record: object,
      vendorArgs: string[],
    ): Promise<{ code: number | null; job: Record<string, unknown>; errors: string }> {
      const file = join(dir, name);
      const errors = join(dir, `${name}.errors.csv`);
      writeFileSync(file, JSON.stringify(record) + '\n');
      const exit = await runCli(
        ['import', file, '--format', 'jsonl', '--source', 'crm', ...vendorArgs, '--no-score', '--errors', errors],
        cliEnv(api),
      ).done;
      return { code: exit.code, job: lastJson(exit), errors: readFileSync(errors, 'utf8') };
    }

    it('binds the import to that vendor: another vendor’s id and another vendor’s record get the same refusal', async () => {
      const takeover = await cliImport('takeover.jsonl', ticket('x-1', 'alpha', 'Replaced by alpha'), [
        '--vendor',
        'alpha',
      ]);
      expect(takeover.code).toBe(0);
      expect(takeover.job).toMatchObject({
        status: 'completed',
        counts: { received: 1, created: 0, updated: 0, unchanged: 0, failed: 1 },
        errorCount: 1,
      });
      expect(takeover.errors).toBe(`kind,line,item,field,reason\r\nerror,1,,vendor,${CLI_REFUSAL}\r\n`);
      const free = await cliImport('free.jsonl', ticket('x-new', 'beta'), ['--vendor', 'alpha']);
      expect(free.errors).toBe(takeover.errors);
      expect(free.job['counts']).toEqual(takeover.job['counts']);
      expect(await storedRows()).toEqual(before);
    });

    it('refuses an unknown --vendor before reading the file', async () => {
      const file = join(dir, 'any.jsonl');
      writeFileSync(file, JSON.stringify(ticket('x-new', 'alpha')) + '\n');
      const exit = await runCli(
        ['import', file, '--format', 'jsonl', '--source', 'crm', '--vendor', 'no-such-vendor', '--no-score'],
        cliEnv(api),
      ).done;
      expect(exit.code).toBe(2);
      expect(exit.stderr).toContain('unknown vendor "no-such-vendor"');
      expect(await storedRows()).toEqual(before);
    });

    it('without --vendor, never moves a conversation between vendors', async () => {
      const file = join(dir, 'move.jsonl');
      const errors = join(dir, 'move.errors.csv');
      writeFileSync(file, JSON.stringify(ticket('x-1', 'alpha', 'Moved')) + '\n');
      const exit = await runCli(
        ['import', file, '--format', 'jsonl', '--source', 'crm', '--no-score', '--errors', errors],
        cliEnv(api),
      ).done;
      expect(lastJson(exit)).toMatchObject({ status: 'completed', counts: { received: 1, failed: 1 } });
      expect(readFileSync(errors, 'utf8')).toBe(
        'kind,line,item,field,reason\r\nerror,1,,vendor,"conversation ""x-1"" of source ""crm"" belongs to vendor ""beta""; ingestion never moves a conversation to another vendor"\r\n',
      );
      expect(await storedRows()).toEqual(before);
    });
  });
});
