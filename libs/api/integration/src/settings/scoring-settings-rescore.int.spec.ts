import { ScoringWorker } from '@rapport/api-scoring';
import { createTestApi, getJson, loginAs, seedVendor, sendJson, TestApi, TestSession } from '@rapport/api-testing';
import type { ScoringSettingsDto } from '@rapport/contracts';
import { chatAnsweredAfter, DEFAULT_SETTINGS, detail, expectedResponsiveness, fingerprints, ingest, settled } from './rescore-helpers';

// Boots the whole API on a fresh database, signs users in with argon2 and scores every conversation several times.
jest.setTimeout(180_000);

/** First responses in seconds; several lie between the default chat target (60 s) and the tightened one (30 s). */
const FIRST_RESPONSES = [20, 25, 40, 45, 50, 55, 70, 90, 30, 35, 120, 15];
const TIGHT_CHAT: ScoringSettingsDto = { ...DEFAULT_SETTINGS, slaTargets: { ...DEFAULT_SETTINGS.slaTargets, chat: { firstResponseSeconds: 30, replyGapSeconds: 120 } } };

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

describe('changing the scoring settings rescores stored conversations', () => {
  let api: TestApi;
  let admin: TestSession;
  let ids: string[];

  beforeAll(async () => {
    api = await createTestApi();
    admin = await loginAs(api, 'admin');
    const vendor = await seedVendor(api, { slug: 'lisbon-chat' });
    ids = await ingest(api, admin.headers, FIRST_RESPONSES.map((seconds, index) => chatAnsweredAfter(vendor.slug, `chat-${index}`, seconds)));
  });
  afterAll(() => api.close());

  async function save(settings: ScoringSettingsDto) {
    const response = await sendJson(api, 'PUT', '/api/settings/scoring', settings, admin.headers);
    expect(response.status).toBe(200);
    return response.body;
  }

  async function responsiveness(): Promise<number[]> {
    return Promise.all(ids.map(async (id) => (await detail(api, admin.headers, id)).scores.responsiveness as number));
  }

  async function scorecard(): Promise<{ responsiveness: number; withinSla: number }> {
    const response = await getJson(api, '/api/analytics/scorecard?month=2026-03&vendors=lisbon-chat&minSample=10', admin.headers);
    expect(response.status).toBe(200);
    const metrics = response.body.rows[0].metrics;
    return { responsiveness: metrics.responsiveness.current.estimate, withinSla: metrics.withinSla.current.estimate };
  }

  it('reports the rescore it started, and only when the settings really changed', async () => {
    await save(DEFAULT_SETTINGS);
    await settled(api);
    const changed = await save(TIGHT_CHAT);
    expect(changed).toEqual({ ...TIGHT_CHAT, rescore: { started: true, conversations: FIRST_RESPONSES.length } });
    await settled(api);
    expect(await save(TIGHT_CHAT)).toEqual({ ...TIGHT_CHAT, rescore: { started: false, conversations: 0 } });
    await save(DEFAULT_SETTINGS);
    await settled(api);
  });

  it('tightening the chat target lowers responsiveness of chats answered between the old and the new target, and the scorecard follows', async () => {
    await save(DEFAULT_SETTINGS);
    await settled(api);
    const before = await responsiveness();
    expect(before).toEqual(FIRST_RESPONSES.map((seconds) => expectedResponsiveness(seconds, 60)));
    const beforeCard = await scorecard();
    expect(beforeCard.responsiveness).toBeCloseTo(mean(before), 6);
    expect(beforeCard.withinSla).toBeCloseTo(FIRST_RESPONSES.filter((seconds) => seconds <= 60).length / FIRST_RESPONSES.length, 6);

    await save(TIGHT_CHAT);
    await settled(api);
    const after = await responsiveness();
    expect(after).toEqual(FIRST_RESPONSES.map((seconds) => expectedResponsiveness(seconds, 30)));
    // 45 s: on time against 60 s, half the first-response share lost against 30 s.
    expect(after[FIRST_RESPONSES.indexOf(45)]).toBe(83.3);
    expect(before[FIRST_RESPONSES.indexOf(45)]).toBe(100);

    const afterCard = await scorecard();
    expect(afterCard.responsiveness).toBeCloseTo(mean(after), 6);
    expect(afterCard.withinSla).toBeCloseTo(FIRST_RESPONSES.filter((seconds) => seconds <= 30).length / FIRST_RESPONSES.length, 6);
  });

  it('new weights give each conversation the overall score computed from its dimension scores', async () => {
    await save(DEFAULT_SETTINGS);
    await settled(api);
    const id = ids[FIRST_RESPONSES.indexOf(90)] as string;
    const before = (await detail(api, admin.headers, id)).scores;
    expect(before.courtesy).not.toBeNull();
    expect(before.comprehension).not.toBeNull();

    await save({ ...DEFAULT_SETTINGS, weights: { responsiveness: 3, courtesy: 1, comprehension: 0 } });
    await settled(api);
    const after = (await detail(api, admin.headers, id)).scores;
    expect([after.responsiveness, after.courtesy, after.comprehension]).toEqual([before.responsiveness, before.courtesy, before.comprehension]);
    const r = after.responsiveness as number;
    const c = after.courtesy as number;
    expect(after.overall).toBe(Math.round(((3 * r + 1 * c) / 4) * 10) / 10);
    expect(after.overall).not.toBe(before.overall);
  });

  it('keeps conversations scored, with the scores of the settings they record, until the rescore reaches them', async () => {
    await save(DEFAULT_SETTINGS);
    await settled(api);
    const recorded = await fingerprints(api, ids);
    const id = ids[FIRST_RESPONSES.indexOf(45)] as string;
    const worker = api.app.get(ScoringWorker);
    worker.pause();
    try {
      expect((await save(TIGHT_CHAT)).rescore).toEqual({ started: true, conversations: FIRST_RESPONSES.length });
      expect((await getJson(api, '/api/settings/scoring/rescore', admin.headers)).body).toEqual({ running: true, done: 0, total: FIRST_RESPONSES.length });
      const waiting = await detail(api, admin.headers, id);
      expect(waiting.scoreStatus).toBe('scored');
      expect(waiting.scores.responsiveness).toBe(100);
      expect(await fingerprints(api, ids)).toEqual(recorded);
    } finally {
      worker.resume();
    }
    await settled(api);
    expect((await getJson(api, '/api/settings/scoring/rescore', admin.headers)).body).toEqual({ running: false, done: 0, total: 0 });
    const rescored = await detail(api, admin.headers, id);
    expect(rescored.scoreStatus).toBe('scored');
    expect(rescored.scores.responsiveness).toBe(83.3);

    // Every score names the settings it was computed with: one new fingerprint for all, another than before.
    const now = await fingerprints(api, ids);
    expect(new Set(now.values()).size).toBe(1);
    expect([...now.values()][0]).not.toBe([...recorded.values()][0]);
    await save(DEFAULT_SETTINGS);
    await settled(api);
    expect(await fingerprints(api, ids)).toEqual(recorded);
  });
});
