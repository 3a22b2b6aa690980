import { RollupMaintainer } from '@rapport/api-analytics';
import { createTestApi, loginAs, postJson, seedVendor, TestApi } from '@rapport/api-testing';
import type { NativeConversation } from '@rapport/contracts';
import { getOk, ingestPlanted, scored } from './analytics-setup';
import { plantedData } from './planted-data';

type Row = Record<string, unknown>;

/** Every rollup row, numbers rounded to absorb floating-point summation order, in a stable order. */
async function snapshot(api: TestApi): Promise<{ daily: string[]; monthly: string[] }> {
  const normalise = (rows: Row[]) =>
    rows
      .map((row) => JSON.stringify(Object.keys(row).sort().map((key) => [key, typeof row[key] === 'string' && /^-?\d+(\.\d+)?$/.test(row[key] as string) ? Number(Number(row[key]).toFixed(6)) : typeof row[key] === 'number' ? Number((row[key] as number).toFixed(6)) : row[key]])))
      .sort();
  return {
    daily: normalise(await api.dataSource.query('SELECT * FROM analytics_daily_rollups')),
    monthly: normalise(await api.dataSource.query('SELECT * FROM analytics_monthly_rollups')),
  };
}

describe('rollups kept up to date on ingest', () => {
  let api: TestApi;
  let headers: Record<string, string>;

  beforeAll(async () => {
    api = await createTestApi();
    await seedVendor(api, { slug: 'north', name: 'North' });
    await seedVendor(api, { slug: 'south', name: 'South' });
    headers = (await loginAs(api, 'admin')).headers;
  });
  afterAll(() => api.close());

  it('match a rebuild from scratch after creates, re-imports, updates and late surveys', async () => {
    const data = plantedData(7, '2026-03', [
      { vendor: 'north', language: 'de', conversations: 40 },
      { vendor: 'south', language: 'fr', conversations: 40, englishReplies: 0.5 },
    ]);
    // Surveys of the first ten conversations arrive before their conversations.
    const early = data.surveys.slice(0, 10);
    expect((await postJson(api, '/api/surveys/batch', early, headers)).body.waiting).toBe(10);
    await ingestPlanted(api, headers, { conversations: data.conversations, surveys: data.surveys.slice(10) });
    const before = await getOk(api, '/api/analytics/scorecard?month=2026-03', headers);
    expect(before.rows.map((row: { volume: { current: number } }) => row.volume.current)).toEqual([40, 40]);
    expect(before.rows.every((row: { metrics: { csat: { current: { n: number } } } }) => row.metrics.csat.current.n === 40)).toBe(true);

    // The same batch again changes nothing; an updated export moves five conversations to April and English.
    const moved: NativeConversation[] = data.conversations.slice(0, 5).map((conversation) => ({
      ...conversation,
      language: 'en',
      createdAt: conversation.createdAt.replace('2026-03', '2026-04'),
      messages: conversation.messages.map((message) => ({ ...message, at: message.at.replace('2026-03', '2026-04') })),
    }));
    expect((await postJson(api, '/api/conversations/batch', data.conversations, headers)).body.counts.unchanged).toBe(80);
    expect((await postJson(api, '/api/conversations/batch', moved, headers)).body.counts.updated).toBe(5);
    // A customer changes their answer.
    await postJson(api, '/api/surveys/batch', [{ ...data.surveys[20], score: 1 }], headers);
    await scored(api);

    const march = await getOk(api, '/api/analytics/scorecard?month=2026-03', headers);
    const april = await getOk(api, '/api/analytics/scorecard?month=2026-04', headers);
    expect(march.rows.map((row: { vendor: { slug: string }; volume: { current: number } }) => [row.vendor.slug, row.volume.current])).toEqual([
      ['north', 35],
      ['south', 40],
    ]);
    expect(april.rows.map((row: { vendor: { slug: string }; volume: { current: number } }) => [row.vendor.slug, row.volume.current])).toEqual([['north', 5]]);
    const english = await getOk(api, '/api/analytics/scorecard?month=2026-04&languages=en', headers);
    expect(english.rows[0].volume.current).toBe(5);

    const incremental = await snapshot(api);
    await api.dataSource.transaction((manager) => api.app.get(RollupMaintainer).rebuild(manager));
    const rebuilt = await snapshot(api);
    expect(incremental.daily.length).toBeGreaterThan(0);
    expect(incremental).toEqual(rebuilt);
  }, 180_000);
});
