import { RollupMaintainer } from '@rapport/api-analytics';
import { ConversationsWrittenHooks } from '@rapport/api-conversations';
import { createTestApi, loginAs, postJson, seedVendor, sendJson, TestApi } from '@rapport/api-testing';
import type { NativeConversation } from '@rapport/contracts';
import { DEFAULT_SETTINGS } from '../settings/rescore-helpers';
import { getOk, ingestPlanted, scored } from './analytics-setup';
import { plantedData } from './planted-data';

jest.setTimeout(180_000);

/** Every agent rollup row as text in a stable order, numbers to 12 significant digits to absorb summation order. */
async function agentRows(api: TestApi): Promise<string[]> {
  const rows: Array<Record<string, unknown>> = await api.dataSource.query('SELECT * FROM analytics_agent_monthly_rollups');
  const cell = (value: unknown) => (typeof value === 'number' || (typeof value === 'string' && /^-?\d+(\.\d+)?(e[-+]?\d+)?$/i.test(value)) ? Number(Number(value).toPrecision(12)) : value);
  return rows.map((row) => JSON.stringify(Object.keys(row).sort().map((key) => [key, cell(row[key])]))).sort();
}

/** Conversations gone the way deleted tickets go: out of the read models first, then out of the database. */
async function deleteConversations(api: TestApi, ids: readonly string[]): Promise<void> {
  await api.dataSource.transaction(async (manager) => {
    const list = ids.map((id) => `'${id}'`).join(', ');
    await manager.query(`UPDATE conversations SET score_status = 'no-transcript' WHERE id IN (${list})`);
    await api.app.get(ConversationsWrittenHooks).run(manager, ids);
    for (const table of ['messages', 'conversation_scores', 'conversations']) {
      await manager.query(`DELETE FROM ${table} WHERE ${table === 'conversations' ? 'id' : 'conversation_id'} IN (${list})`);
    }
  });
}

describe('the agent rollup (sums per month, vendor, language and agent)', () => {
  let api: TestApi;
  let headers: Record<string, string>;

  beforeAll(async () => {
    api = await createTestApi();
    await seedVendor(api, { slug: 'north', name: 'North' });
    await seedVendor(api, { slug: 'south', name: 'South' });
    headers = (await loginAs(api, 'admin')).headers;
  });
  afterAll(() => api.close());

  it('matches a rebuild from the facts after imports, updates, late surveys, rescoring and deletions', async () => {
    const data = plantedData(11, '2026-03', [
      { vendor: 'north', language: 'de', conversations: 30 },
      { vendor: 'south', language: 'fr', conversations: 30, englishReplies: 0.5 },
    ]);
    await ingestPlanted(api, headers, data);
    const afterImport = await agentRows(api);
    expect(afterImport.length).toBeGreaterThan(4);

    // Updated exports: another agent, another month and language, and replies without an agent.
    const [first, second, third] = [0, 1, 2].map((index) => data.conversations[index] as NativeConversation);
    const updated: NativeConversation[] = [
      { ...first, messages: first.messages.map((message) => (message.role === 'agent' ? { ...message, agentId: 'north-agent-99' } : message)) },
      {
        ...second,
        language: 'en',
        createdAt: second.createdAt.replace('2026-03', '2026-04'),
        messages: second.messages.map((message) => ({ ...message, at: message.at.replace('2026-03', '2026-04') })),
      },
      { ...third, messages: third.messages.map(({ agentId: _agent, ...message }) => message) },
    ];
    expect((await postJson(api, '/api/conversations/batch', updated, headers)).body.counts.updated).toBe(3);
    await postJson(api, '/api/surveys/batch', [{ ...data.surveys[12], score: 1 }], headers);
    await scored(api);
    // Other weights rescore every conversation: every overall score moves.
    const settings = await sendJson(api, 'PUT', '/api/settings/scoring', { ...DEFAULT_SETTINGS, weights: { responsiveness: 0.6, courtesy: 0.2, comprehension: 0.2 } }, headers);
    expect(settings.body.rescore.started).toBe(true);
    await scored(api);
    // Conversations leave: one agent's only conversation (its row must go), and two others.
    const stored: Array<{ id: string; external_id: string }> = await api.dataSource.query(
      `SELECT id, external_id FROM conversations WHERE external_id IN ('${first.externalId}', '${data.conversations[5]?.externalId}', '${data.conversations[40]?.externalId}')`,
    );
    expect(stored).toHaveLength(3);
    await deleteConversations(api, stored.map((row) => row.id));

    const incremental = await agentRows(api);
    expect(incremental).not.toEqual(afterImport);
    expect(incremental.some((row) => row.includes('"agent_id",""'))).toBe(true);
    expect(incremental.some((row) => row.includes('"month","2026-04"'))).toBe(true);
    await api.dataSource.transaction((manager) => api.app.get(RollupMaintainer).rebuild(manager));
    expect(await agentRows(api)).toEqual(incremental);
  });

  it('gives scorecards, comparisons and gaps the very figures the facts give', async () => {
    // The rollup was just rebuilt (previous test), so each of its rows is one sum over the same facts as the facts'
    // own read. Every channel named: the same conversations, whose agents' sums then come from the facts.
    const everyChannel = 'channels=chat,email,social,voice-transcript,phone-notes';
    const channelsInLinks = `&${everyChannel.replaceAll(',', '%2C')}`;
    // The figures as JSON text (the drill-down links without the channel filter): on SQLite equal to the last bit. On
    // PostgreSQL to 12 significant digits: its SUM of doubles adds in whatever order the plan reads rows (and agents
    // come in hash order), so two reads of the very same facts can already differ in the last digits.
    const postgres = api.dataSource.options.type === 'postgres';
    const digits = (_key: string, value: unknown) => (postgres && typeof value === 'number' ? Number(value.toPrecision(12)) : value);
    const figures = async (path: string): Promise<string> => {
      const { metrics, clustering, rows } = await getOk(api, path, headers);
      const shown = { metrics, clustering, rows: rows?.map(({ metrics: rowMetrics, clustering: rowClustering }: Record<string, unknown>) => ({ rowMetrics, rowClustering })) };
      return JSON.stringify(shown, digits).replaceAll(channelsInLinks, '');
    };
    for (const path of [
      '/api/analytics/compare?month=2026-03&vendors=north,south',
      '/api/analytics/compare?month=2026-03&vendors=north,south&languages=fr',
      '/api/analytics/gaps?month=2026-03',
      '/api/analytics/gaps?month=2026-03&languages=fr,de',
      '/api/analytics/scorecard?from=2026-03&to=2026-04',
    ]) {
      const fromRollup = await figures(path);
      expect(fromRollup).toContain('designEffect');
      expect(fromRollup).toBe(await figures(`${path}&${everyChannel}`));
    }
  });
});
