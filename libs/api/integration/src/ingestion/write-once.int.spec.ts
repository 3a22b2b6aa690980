import { ConversationRescorer, ScoringWorker } from '@rapport/api-scoring';
import { createTestApi, loginAs, postJson, seedVendor, sendJson, TestApi } from '@rapport/api-testing';
import type { NativeConversation } from '@rapport/contracts';
import { DEFAULT_SETTINGS } from '../settings/rescore-helpers';
import { importFile } from './import-helpers';

jest.setTimeout(180_000);

const TEXTS: Record<string, { customer: string[]; agent: string[] }> = {
  en: { customer: ['Hi, my order has not arrived.', 'Can you check please?'], agent: ['Hello! Thank you for writing, I am checking it now.', 'It arrives tomorrow. Anything else?'] },
  de: { customer: ['Hallo, meine Bestellung ist nicht angekommen.', 'Können Sie das prüfen?'], agent: ['Guten Tag, vielen Dank. Ich prüfe das sofort.', 'Es kommt morgen an. Sonst noch etwas?'] },
  fi: { customer: ['Hei, tilaukseni ei ole saapunut.', 'Voitteko tarkistaa?'], agent: ['Hei, kiitos viestistä. Tarkistan heti.', 'Se saapuu huomenna.'] },
};

/**
 * Conversations of two vendors in several languages (one the scorer does not support), with agents, internal notes,
 * weekend and night replies, and customers who come back within 72 hours (recontacts, some within the same file).
 */
function conversations(vendors: readonly string[], count: number, offset = 0): NativeConversation[] {
  return Array.from({ length: count }, (_, n) => {
    const index = n + offset;
    const language = Object.keys(TEXTS)[index % 3] as string;
    const texts = TEXTS[language] as { customer: string[]; agent: string[] };
    const start = Date.UTC(2026, 2, 2, 6) + index * 7 * 3_600_000;
    const gap = ((index * 37) % 600) + 15;
    const at = (seconds: number) => new Date(start + seconds * 1000).toISOString();
    return {
      source: 'write-once',
      externalId: `w-${index}`,
      vendor: vendors[index % vendors.length] as string,
      channel: index % 4 === 0 ? 'email' : 'chat',
      language,
      createdAt: at(0),
      customerId: `customer-${index % 5}`,
      tags: index % 2 === 0 ? ['refund'] : [],
      messages: [
        { role: 'customer', at: at(0), text: texts.customer[0] as string },
        { role: 'agent', at: at(gap), text: texts.agent[0] as string, agentId: `agent-${index % 3}`, agentName: `Agent ${index % 3}` },
        ...(index % 3 === 1 ? [{ role: 'agent' as const, at: at(gap + 5), text: 'Escalated to billing.', agentId: `agent-${index % 3}`, internal: true }] : []),
        { role: 'customer', at: at(gap + 60), text: texts.customer[1] as string },
        { role: 'agent', at: at(gap + 200), text: texts.agent[1] as string, agentId: `agent-${(index + 1) % 3}` },
      ],
    };
  });
}

/** Everything scoring stores and what the dashboards count, but the write times. */
async function stored(api: TestApi): Promise<{ conversations: unknown[]; messages: unknown[]; details: unknown[]; rollups: unknown[] }> {
  const sortedRows = (rows: Array<Record<string, unknown>>) => rows.map((row) => JSON.stringify(row)).sort();
  return {
    conversations: sortedRows(
      await api.dataSource.query(
        'SELECT id, score_status, scorer_version, language, responsiveness, courtesy, comprehension, overall, first_response_seconds, settings_fingerprint FROM conversations',
      ),
    ),
    messages: sortedRows(await api.dataSource.query('SELECT conversation_id, position, language FROM messages')),
    details: sortedRows(await api.dataSource.query('SELECT conversation_id, scorer_version, details FROM conversation_scores')),
    rollups: sortedRows((await api.dataSource.query('SELECT * FROM analytics_daily_rollups')).map(({ updated_at: _, ...row }: Record<string, unknown>) => row)),
  };
}

async function counted(api: TestApi): Promise<{ pending: number; scored: number; inRollups: number; scoredInRollups: number }> {
  const [row] = await api.dataSource.query(
    `SELECT SUM(CASE WHEN score_status = 'pending' THEN 1 ELSE 0 END) AS pending, SUM(CASE WHEN overall IS NOT NULL THEN 1 ELSE 0 END) AS scored FROM conversations`,
  );
  const [rollups] = await api.dataSource.query('SELECT SUM(n) AS n, SUM(overall_n) AS overall_n FROM analytics_daily_rollups');
  return { pending: Number(row.pending), scored: Number(row.scored), inRollups: Number(rollups.n), scoredInRollups: Number(rollups.overall_n) };
}

describe('conversations are scored in the batch that stores them', () => {
  let api: TestApi;
  let headers: Record<string, string>;
  let vendors: string[];

  beforeEach(async () => {
    // A customer id key, so customers who come back are recognised (recontacts).
    api = await createTestApi({ customerIdKey: 'write-once-customer-key' });
    headers = (await loginAs(api, 'admin')).headers;
    vendors = [(await seedVendor(api, { slug: 'lisbon' })).slug, (await seedVendor(api, { slug: 'manila', timeZone: 'Asia/Manila' })).slug];
    // Settings other than the defaults, so a score computed without them would differ.
    const settings = { ...DEFAULT_SETTINGS, weights: { responsiveness: 3, courtesy: 1, comprehension: 1 }, slaTargets: { ...DEFAULT_SETTINGS.slaTargets, chat: { firstResponseSeconds: 120, replyGapSeconds: 300 } } };
    expect((await sendJson(api, 'PUT', '/api/settings/scoring', settings, headers)).status).toBe(200);
    await api.app.get(ScoringWorker).idle();
    // No scoring pass runs: whatever is scored below was scored while it was stored.
    api.app.get(ScoringWorker).pause();
  });
  afterEach(() => api.close());

  it('a finished file import has every conversation scored and counted in the rollups, with the scores a rescore computes', async () => {
    const file = conversations(vendors, 60).map((conversation) => JSON.stringify(conversation)).join('\n');
    const job = await importFile(api, headers, { name: 'conversations.jsonl', content: file }, { format: 'jsonl' });
    expect(job).toMatchObject({ status: 'completed', counts: { created: 60, failed: 0 } });
    const afterImport = await counted(api);
    expect(afterImport).toMatchObject({ pending: 0, inRollups: 60 });
    expect(afterImport.scored).toBeGreaterThan(30);
    expect(afterImport.scoredInRollups).toBe(afterImport.scored);
    const written = await stored(api);

    // The same stored rows scored again the way the worker scores an import: byte for byte the same.
    await api.dataSource.query(`UPDATE conversations SET score_status = 'pending'`);
    const rescored = await api.app.get(ConversationRescorer).rescore({ scope: 'pending' });
    expect(rescored.rescored).toBe(60);
    expect(await stored(api)).toEqual(written);

    // The same file again changes nothing and leaves nothing to score.
    const again = await importFile(api, headers, { name: 'conversations.jsonl', content: file }, { format: 'jsonl' });
    expect(again).toMatchObject({ status: 'completed', counts: { unchanged: 60 } });
    expect(await stored(api)).toEqual(written);
    expect(await api.app.get(ConversationRescorer).count('pending')).toBe(0);
  });

  it('a REST batch answers with its conversations scored and counted; an earlier contact imported later leaves the later one to the worker', async () => {
    const later = conversations(vendors, 20, 10);
    const response = await postJson(api, '/api/conversations/batch', later, headers);
    expect(response.body.counts).toMatchObject({ created: 20, failed: 0 });
    expect(await counted(api)).toMatchObject({ pending: 0, inRollups: 20 });
    const written = await stored(api);
    await api.dataSource.query(`UPDATE conversations SET score_status = 'pending'`);
    expect((await api.app.get(ConversationRescorer).rescore({ scope: 'pending' })).rescored).toBe(20);
    expect(await stored(api)).toEqual(written);

    // Earlier conversations of the same customers arrive now: they are scored in their batch, and the later ones
    // within 72 hours go back to `pending` for the worker, which scores them once.
    const earlier = conversations(vendors, 10);
    expect((await postJson(api, '/api/conversations/batch', earlier, headers)).body.counts).toMatchObject({ created: 10 });
    const waiting = await api.app.get(ConversationRescorer).count('pending');
    expect(waiting).toBeGreaterThan(0);
    expect(waiting).toBeLessThan(20);
    const worker = api.app.get(ScoringWorker);
    worker.resume();
    worker.kick();
    await worker.idle();
    expect(await counted(api)).toMatchObject({ pending: 0, inRollups: 30 });
    const all = await stored(api);
    await api.dataSource.query(`UPDATE conversations SET score_status = 'pending'`);
    worker.pause();
    expect((await api.app.get(ConversationRescorer).rescore({ scope: 'pending' })).rescored).toBe(30);
    expect(await stored(api)).toEqual(all);
  });
});
