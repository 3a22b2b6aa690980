import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * The items of a batch answer without the ids the caller sent or the ids the server chose, to compare answers for
 * different records byte for byte.
 */
function withoutIds(body: { items: Array<Record<string, unknown>> }): string {
  const named = ['externalId', 'conversationExternalId', 'id'];
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

describe('ingestion keys conversations by vendor: one vendor’s writes never reveal or change another vendor’s data', () => {
  let api: TestApi;
  let admin: Record<string, string>;
  let alphaId: string;
  let betaId: string;
  /** The prober: a key of vendor alpha on the CRM both vendors share. */
  let alphaKey: Record<string, string>;
  let betaKey: Record<string, string>;

  /** Every row of one vendor a write could touch, in a stable order, without what the (paused) scorer fills in later. */
  async function rowsOf(vendorId: string): Promise<Record<string, unknown[]>> {
    const q = (sql: string) => api.dataSource.query(sql);
    return {
      conversations: await q(
        `SELECT id, source, external_id, vendor_id, channel, content_hash, message_count FROM conversations
          WHERE vendor_id = '${vendorId}' ORDER BY source, external_id`,
      ),
      messages: await q(
        `SELECT m.conversation_id, m.position, m.author_role, m.agent_id, m.sent_at, m.text FROM messages m
           JOIN conversations c ON c.id = m.conversation_id WHERE c.vendor_id = '${vendorId}' ORDER BY c.external_id, m.position`,
      ),
      surveys: await q(
        `SELECT id, source, conversation_external_id, conversation_vendor_id, conversation_id, question_key, score, comment,
                agent_id, writer_vendor_id
           FROM csat_surveys WHERE conversation_vendor_id = '${vendorId}' OR writer_vendor_id = '${vendorId}'
          ORDER BY conversation_external_id, question_key`,
      ),
      agents: await q(`SELECT id, external_id FROM agents WHERE vendor_id = '${vendorId}' ORDER BY external_id`),
    };
  }

  /** The victim's rows as they were before the test's writes. */
  let betaBefore: Record<string, unknown[]>;
  const betaConversation = (externalId: string) =>
    (betaBefore['conversations'] as Array<{ external_id: string; id: string }>).find(
      (c) => c.external_id === externalId,
    )?.id;

  /** Uploads with alpha's key (which may not read jobs) and follows the job as an administrator. */
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
    betaBefore = await rowsOf(betaId);
    expect(betaBefore['conversations']).toHaveLength(3);
    expect(betaBefore['messages']).toHaveLength(6);
    expect(betaBefore['surveys']).toHaveLength(4);
    expect(await rowsOf(alphaId)).toEqual({ conversations: [], messages: [], surveys: [], agents: [] });
  });
  afterEach(() => api.close());

  describe('REST batches', () => {
    it('answers a vendor-bound key’s record on another vendor’s id exactly as a free id: its own conversation', async () => {
      const onTaken = await postJson(
        api,
        '/api/conversations/batch',
        [ticket('x-1', 'alpha', 'Alpha’s own x-1')],
        alphaKey,
      );
      const onFree = await postJson(
        api,
        '/api/conversations/batch',
        [ticket('x-free', 'alpha', 'Alpha’s own x-1')],
        alphaKey,
      );
      expect(onTaken.status).toBe(200);
      expect(onTaken.body).toMatchObject({
        counts: { received: 1, created: 1, updated: 0, unchanged: 0, failed: 0 },
        items: [{ line: 0, externalId: 'x-1', status: 'created' }],
      });
      expect(withoutIds(onFree.body)).toBe(withoutIds(onTaken.body));
      expect(onTaken.body.items[0].id).not.toBe(betaConversation('x-1'));
      // A later export of it updates alpha's conversation, as for any id of alpha's.
      const again = await postJson(
        api,
        '/api/conversations/batch',
        [ticket('x-1', 'alpha', 'A later export')],
        alphaKey,
      );
      const againFree = await postJson(
        api,
        '/api/conversations/batch',
        [ticket('x-free', 'alpha', 'A later export')],
        alphaKey,
      );
      expect(again.body.items).toMatchObject([{ status: 'updated', id: onTaken.body.items[0].id }]);
      expect(withoutIds(againFree.body)).toBe(withoutIds(again.body));

      expect(await rowsOf(betaId)).toEqual(betaBefore);
      const alpha = await rowsOf(alphaId);
      expect(alpha['conversations']).toMatchObject([
        { external_id: 'x-1', vendor_id: alphaId },
        { external_id: 'x-free', vendor_id: alphaId },
      ]);
      expect(alpha['messages']).toContainEqual(expect.objectContaining({ text: 'A later export' }));
    });

    it('refuses a record naming another vendor with one sentence, whether the id is stored, free, or the vendor exists', async () => {
      const refusal = {
        counts: { received: 1, created: 0, updated: 0, unchanged: 0, failed: 1 },
        items: [{ line: 0, status: 'failed', error: { line: 0, field: 'vendor', reason: KEY_REFUSAL } }],
      };
      for (const record of [
        ticket('x-1', 'beta', 'Replaced by alpha'),
        ticket('x-new', 'beta'),
        ticket('x-new', 'no-such-vendor'),
      ]) {
        const other = await postJson(api, '/api/conversations/batch', [record], alphaKey);
        expect(other.status).toBe(200);
        expect(withoutIds(other.body)).toBe(JSON.stringify(refusal));
      }
      expect(await rowsOf(betaId)).toEqual(betaBefore);
    });

    it('files a vendor-bound key’s survey answers under its own vendor, answered as for a free id; the victim’s stay', async () => {
      // No conversation of alpha's yet: each answer waits for alpha's own, stored or free id alike.
      const onTaken = await postJson(api, '/api/surveys/batch', [answer('x-1', 1), answer('x-later', 1)], alphaKey);
      const onFree = await postJson(api, '/api/surveys/batch', [answer('free-1', 1), answer('free-2', 1)], alphaKey);
      expect(onTaken.body).toMatchObject({
        counts: { received: 2, created: 2, updated: 0, unchanged: 0, failed: 0 },
        waiting: 2,
      });
      expect(withoutIds(onFree.body)).toBe(withoutIds(onTaken.body));
      // Alpha stores its own x-1: its answer links to it, never to beta's conversation.
      await postJson(api, '/api/conversations/batch', [ticket('x-1', 'alpha')], alphaKey);
      const alpha = await rowsOf(alphaId);
      const alphaX1 = (alpha['conversations'] as Array<{ id: string }>)[0]?.id;
      expect(alpha['surveys']).toContainEqual(
        expect.objectContaining({
          conversation_external_id: 'x-1',
          conversation_id: alphaX1,
          score: expect.anything(),
        }),
      );
      // Answering again now that the conversation is stored: an update of alpha's own answer, as for a free id.
      const update = await postJson(api, '/api/surveys/batch', [answer('x-1', 2)], alphaKey);
      expect(update.body.items).toMatchObject([{ status: 'updated' }]);
      expect(await rowsOf(betaId)).toEqual(betaBefore);
    });

    it('refuses a survey answer naming another (or an unknown) vendor with the same sentence', async () => {
      for (const vendor of ['beta', 'no-such-vendor']) {
        const named = await postJson(api, '/api/surveys/batch', [{ ...answer('x-1', 1), vendor }], alphaKey);
        expect(named.body).toEqual({
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
      }
      expect(await rowsOf(betaId)).toEqual(betaBefore);
    });

    it('never files an id another vendor holds under a second vendor for a client-wide writer, and says where it is', async () => {
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
      expect(await rowsOf(betaId)).toEqual(betaBefore);
      expect((await rowsOf(alphaId))['conversations']).toEqual([]);
      // The conversation's own vendor still updates it, in place.
      const updated = await postJson(
        api,
        '/api/conversations/batch',
        [ticket('x-1', 'beta', 'A later export')],
        clientKey,
      );
      expect(updated.body.items).toMatchObject([{ status: 'updated', id: betaConversation('x-1') }]);
    });

    it('asks a client-wide survey answer for its vendor when several vendors hold the id, and never picks one', async () => {
      const clientKey = (await createApiKey(api, { source: 'crm' })).headers;
      await postJson(api, '/api/conversations/batch', [ticket('x-1', 'alpha')], alphaKey);
      const alphaX1 = ((await rowsOf(alphaId))['conversations'] as Array<{ id: string }>)[0]?.id;
      const ambiguous = await postJson(
        api,
        '/api/surveys/batch',
        [{ ...answer('x-1', 3), questionKey: 'nps' }],
        clientKey,
      );
      expect(ambiguous.body.items).toEqual([
        {
          line: 0,
          conversationExternalId: 'x-1',
          questionKey: 'nps',
          status: 'failed',
          error: {
            line: 0,
            field: 'vendor',
            reason: expect.stringMatching(
              /^conversation "x-1" of source "crm" is stored for several vendors \("(alpha|beta)", "(alpha|beta)"\); name the vendor of this answer$/,
            ),
          },
        },
      ]);
      expect(ambiguous.body.items[0].error.reason).toContain('"alpha"');
      expect(ambiguous.body.items[0].error.reason).toContain('"beta"');
      const named = await postJson(
        api,
        '/api/surveys/batch',
        [{ ...answer('x-1', 3), questionKey: 'nps', vendor: 'alpha' }],
        clientKey,
      );
      expect(named.body.items).toMatchObject([{ status: 'created', linked: true }]);
      expect((await rowsOf(alphaId))['surveys']).toEqual([
        expect.objectContaining({ question_key: 'nps', conversation_id: alphaX1, conversation_vendor_id: alphaId }),
      ]);
      // An id only beta holds needs no vendor: the answer rates beta's conversation.
      const single = await postJson(
        api,
        '/api/surveys/batch',
        [{ ...answer('501', 3), questionKey: 'nps' }],
        clientKey,
      );
      expect(single.body.items).toMatchObject([{ status: 'created', linked: true }]);
      expect((await rowsOf(betaId))['surveys']).toContainEqual(
        expect.objectContaining({ question_key: 'nps', conversation_id: betaConversation('501') }),
      );
      // Alpha's copy of x-1 left beta's conversation and answers as they were.
      const beta = await rowsOf(betaId);
      expect(beta['conversations']).toEqual(betaBefore['conversations']);
      expect(beta['messages']).toEqual(betaBefore['messages']);
    });

    it('links a client-wide answer waiting without a vendor to the first conversation stored under its id', async () => {
      const clientKey = (await createApiKey(api, { source: 'crm' })).headers;
      const waiting = await postJson(api, '/api/surveys/batch', [answer('x-shared', 2)], clientKey);
      expect(waiting.body).toMatchObject({ counts: { created: 1 }, waiting: 1 });
      await postJson(api, '/api/conversations/batch', [ticket('x-shared', 'alpha')], alphaKey);
      await postJson(api, '/api/conversations/batch', [ticket('x-shared', 'beta')], betaKey);
      const alpha = await rowsOf(alphaId);
      expect(alpha['surveys']).toEqual([
        expect.objectContaining({
          conversation_external_id: 'x-shared',
          conversation_vendor_id: alphaId,
          conversation_id: (alpha['conversations'] as Array<{ id: string }>)[0]?.id,
          writer_vendor_id: null,
        }),
      ]);
      expect((await rowsOf(betaId))['surveys']).toEqual(betaBefore['surveys']);
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
      it(`stores a ${format} record on another vendor’s id as the key’s own vendor’s, reported exactly as a free id`, async () => {
        const [storedId, freeId] = spec.ids;
        const onTaken = await keyImport(spec.file(storedId, 'alpha'), spec.fields('alpha'));
        expect(onTaken).toMatchObject({
          status: 'completed',
          counts: { received: 1, created: 1, updated: 0, unchanged: 0, failed: 0 },
          errorCount: 0,
        });
        const onFree = await keyImport(spec.file(freeId, 'alpha'), spec.fields('alpha'));
        expect(await jobReport(api, admin, onFree)).toBe(await jobReport(api, admin, onTaken));
        expect(await rowsOf(betaId)).toEqual(betaBefore);
        expect((await rowsOf(alphaId))['conversations']).toHaveLength(2);
        // A record naming the other vendor is refused alike for its stored id and a free one.
        const named = await keyImport(spec.file(storedId, 'beta'), spec.fields('beta'));
        expect(named).toMatchObject({ counts: { received: 1, created: 0, failed: 1 }, surveysStored: 0 });
        expect(await errorLines(api, admin, named.id)).toEqual([
          { line: spec.line, field: 'vendor', reason: KEY_REFUSAL },
        ]);
        const namedFree = await keyImport(spec.file(`${freeId}9`, 'beta'), spec.fields('beta'));
        expect(await jobReport(api, admin, namedFree)).toBe(await jobReport(api, admin, named));
        expect(await rowsOf(betaId)).toEqual(betaBefore);
      });
    }

    it('files survey answers (CSV) under the key’s own vendor, reported as for free ids; the victim’s answers stay', async () => {
      const csv = (a: string, b: string) =>
        `conversation_id,score,scale,answered_at\n${a},1,1-5,${at(40)}\n${b},1,1-5,${at(40)}\n`;
      const onTaken = await keyImport({ name: 'csat.csv', content: csv('x-1', 'x-later') }, { format: 'survey-csv' });
      expect(onTaken).toMatchObject({
        status: 'completed',
        counts: { received: 2, created: 2, updated: 0, unchanged: 0, failed: 0 },
        surveysWaiting: 2,
      });
      const onFree = await keyImport({ name: 'csat.csv', content: csv('free-1', 'free-2') }, { format: 'survey-csv' });
      expect(await jobReport(api, admin, onFree)).toBe(await jobReport(api, admin, onTaken));
      const named = await keyImport(
        { name: 'csat.csv', content: `conversation_id,score,scale,answered_at,vendor\nx-1,1,1-5,${at(40)},beta\n` },
        { format: 'survey-csv' },
      );
      expect(await errorLines(api, admin, named.id)).toEqual([{ line: 2, field: 'vendor', reason: KEY_REFUSAL }]);
      expect(await rowsOf(betaId)).toEqual(betaBefore);
      expect((await rowsOf(alphaId))['surveys']).toHaveLength(4);
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
      // The command writes the errors file only when there are errors.
      return { code: exit.code, job: lastJson(exit), errors: existsSync(errors) ? readFileSync(errors, 'utf8') : '' };
    }

    it('binds the import to that vendor: another vendor’s id is its own, a record of another vendor is refused', async () => {
      const onTaken = await cliImport('taken.jsonl', ticket('x-1', 'alpha', 'Alpha’s own x-1'), ['--vendor', 'alpha']);
      expect(onTaken.code).toBe(0);
      expect(onTaken.job).toMatchObject({
        status: 'completed',
        counts: { received: 1, created: 1, updated: 0, unchanged: 0, failed: 0 },
        errorCount: 0,
      });
      const onFree = await cliImport('free.jsonl', ticket('x-free', 'alpha'), ['--vendor', 'alpha']);
      expect(onFree.errors).toBe(onTaken.errors);
      expect(onFree.job['counts']).toEqual(onTaken.job['counts']);
      const named = await cliImport('named.jsonl', ticket('x-1', 'beta', 'Replaced'), ['--vendor', 'alpha']);
      expect(named.job['counts']).toMatchObject({ received: 1, created: 0, failed: 1 });
      expect(named.errors).toBe(`kind,line,item,field,reason\r\nerror,1,,vendor,${CLI_REFUSAL}\r\n`);
      const namedFree = await cliImport('named-free.jsonl', ticket('x-new', 'beta'), ['--vendor', 'alpha']);
      expect(namedFree.errors).toBe(named.errors);
      expect(await rowsOf(betaId)).toEqual(betaBefore);
      expect((await rowsOf(alphaId))['conversations']).toHaveLength(2);
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
      expect(await rowsOf(betaId)).toEqual(betaBefore);
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
      expect(await rowsOf(betaId)).toEqual(betaBefore);
    });
  });
});
