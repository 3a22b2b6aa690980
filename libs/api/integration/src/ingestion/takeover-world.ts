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
import { quietBackgroundWork } from '../cli/cli-process';
import { errorLines, uploadFile, waitForImport } from './import-helpers';

/** What a vendor-bound API key hears for anything of another vendor: the same words whether or not the id is stored. */
export const KEY_REFUSAL = 'this API key may not write data of this vendor';
/** The same for an import the command line binds to one vendor with `--vendor`. */
export const CLI_REFUSAL = 'this import (--vendor) may not write data of this vendor';

export const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 10, minute)).toISOString();

/** A conversation of the CRM both vendors share, named by its ticket id there. */
export function ticket(externalId: string, vendor: string, text = 'Hello, my order has not arrived.') {
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

export const answer = (conversationExternalId: string, score: number) => ({
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
export function withoutIds(body: { items: Array<Record<string, unknown>> }): string {
  const named = ['externalId', 'conversationExternalId', 'id'];
  return JSON.stringify({
    ...body,
    items: body.items.map((item) => Object.fromEntries(Object.entries(item).filter(([key]) => !named.includes(key)))),
  });
}

/** Everything an import job tells whoever follows it, except what names the job or the file. */
export async function jobReport(api: TestApi, reader: Record<string, string>, job: ImportJobDto): Promise<string> {
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

/**
 * Two vendors on the CRM they share: beta (the victim) holds tickets x-1, 1 and 501 with CSAT answers and one answer
 * waiting; alpha (the prober) holds nothing. Each test gets a fresh API with the scorer paused.
 */
export interface TakeoverWorld {
  api: TestApi;
  admin: Record<string, string>;
  alphaId: string;
  betaId: string;
  /** The prober: a key of vendor alpha on the CRM both vendors share. */
  alphaKey: Record<string, string>;
  betaKey: Record<string, string>;
  /** The victim's rows as they were before the test's writes. */
  betaBefore: Record<string, unknown[]>;
  /** Every row of one vendor a write could touch, in a stable order, without what the (paused) scorer fills in later. */
  rowsOf(vendorId: string): Promise<Record<string, unknown[]>>;
  betaConversation(externalId: string): string | undefined;
  /** Uploads with alpha's key (which may not read jobs) and follows the job as an administrator. */
  keyImport(file: { name: string; content: string }, fields: Record<string, string>): Promise<ImportJobDto>;
}

/** Registers the world's set-up and tear-down in the calling describe block; read its fields inside tests. */
export function takeoverWorld(): TakeoverWorld {
  const w = {} as TakeoverWorld;
  w.rowsOf = async (vendorId) => {
    const q = (sql: string) => w.api.dataSource.query(sql);
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
  };
  w.betaConversation = (externalId) =>
    (w.betaBefore['conversations'] as Array<{ external_id: string; id: string }>).find(
      (c) => c.external_id === externalId,
    )?.id;
  w.keyImport = async (file, fields) => {
    const upload = await uploadFile(w.api, w.alphaKey, file, fields);
    expect(upload.status).toBe(202);
    expect(upload.body).toMatchObject({
      status: 'queued',
      counts: { received: 0, created: 0, updated: 0, unchanged: 0, failed: 0 },
      errorCount: 0,
    });
    return waitForImport(w.api, w.admin, upload.body.id as string);
  };

  beforeEach(async () => {
    w.api = await createTestApi();
    // Scores would change the rows compared below; nothing here is about scoring.
    await quietBackgroundWork(w.api);
    w.admin = (await loginAs(w.api, 'admin')).headers;
    w.alphaId = (await seedVendor(w.api, { slug: 'alpha' })).id;
    w.betaId = (await seedVendor(w.api, { slug: 'beta' })).id;
    w.alphaKey = (await createApiKey(w.api, { source: 'crm', vendorId: w.alphaId })).headers;
    w.betaKey = (await createApiKey(w.api, { source: 'crm', vendorId: w.betaId })).headers;
    // The victim's tickets (ids that a JSONL, CSV, Twitter and Zendesk file can name), each with a CSAT answer, and
    // one answer still waiting for its ticket.
    const stored = await postJson(
      w.api,
      '/api/conversations/batch',
      ['x-1', '1', '501'].map((id) => ticket(id, 'beta')),
      w.betaKey,
    );
    expect(stored.body.counts).toMatchObject({ created: 3, failed: 0 });
    const surveys = await postJson(
      w.api,
      '/api/surveys/batch',
      [answer('x-1', 5), answer('1', 5), answer('501', 5), answer('x-later', 4)],
      w.betaKey,
    );
    expect(surveys.body.counts).toMatchObject({ created: 4, failed: 0 });
    expect(surveys.body.waiting).toBe(1);
    w.betaBefore = await w.rowsOf(w.betaId);
    expect(w.betaBefore['conversations']).toHaveLength(3);
    expect(w.betaBefore['messages']).toHaveLength(6);
    expect(w.betaBefore['surveys']).toHaveLength(4);
    expect(await w.rowsOf(w.alphaId)).toEqual({ conversations: [], messages: [], surveys: [], agents: [] });
  });
  afterEach(() => w.api.close());
  return w;
}
