import { ConversationRescorer, createConversationServices, ScoringSettingsReader, ScoringWorker } from '@rapport/api-scoring';
import { createTestApi, loginAs, seedVendor, sendJson, TestApi, TestSession } from '@rapport/api-testing';
import type { ScoringSettingsDto } from '@rapport/contracts';
import { chatAnsweredAfter, DEFAULT_SETTINGS, detail, expectedResponsiveness, fingerprints, ingest, settled } from '../settings/rescore-helpers';

// Boots the whole API on a fresh database and signs users in with argon2; CI machines are small.
jest.setTimeout(180_000);

const FIRST_RESPONSES = [20, 40, 45, 50, 90];
const TIGHT_CHAT: ScoringSettingsDto = { ...DEFAULT_SETTINGS, slaTargets: { ...DEFAULT_SETTINGS.slaTargets, chat: { firstResponseSeconds: 30, replyGapSeconds: 120 } } };

describe('every scoring path uses the saved scoring settings', () => {
  let api: TestApi;
  let admin: TestSession;
  let vendor: string;

  beforeEach(async () => {
    api = await createTestApi();
    admin = await loginAs(api, 'admin');
    vendor = (await seedVendor(api, { slug: 'porto-chat' })).slug;
  });
  afterEach(() => api.close());

  async function save(settings: ScoringSettingsDto) {
    const response = await sendJson(api, 'PUT', '/api/settings/scoring', settings, admin.headers);
    expect(response.status).toBe(200);
    return response.body;
  }

  it('conversations ingested after a change are scored with the new settings and record them', async () => {
    await save(TIGHT_CHAT);
    const [id] = await ingest(api, admin.headers, [chatAnsweredAfter(vendor, 'late-45', 45)]);
    expect((await detail(api, admin.headers, id as string)).scores.responsiveness).toBe(expectedResponsiveness(45, 30));
    const { fingerprint } = await api.app.get(ScoringSettingsReader).current();
    expect((await fingerprints(api, [id as string])).get(id as string)).toMatch(new RegExp(`^${fingerprint}\\.[0-9a-f]{12}$`));
  });

  it('a rescore of outdated scores stops between batches and resumes where it stopped', async () => {
    const ids = await ingest(api, admin.headers, FIRST_RESPONSES.map((seconds, index) => chatAnsweredAfter(vendor, `chat-${index}`, seconds)));
    const worker = api.app.get(ScoringWorker);
    const rescorer = api.app.get(ConversationRescorer);
    // The worker is held so this test drives the rescore itself.
    worker.pause();
    try {
      expect((await save(TIGHT_CHAT)).rescore).toEqual({ started: true, conversations: FIRST_RESPONSES.length });
      expect(await rescorer.count('outdated')).toBe(FIRST_RESPONSES.length);
      expect(await rescorer.count('stale')).toBe(FIRST_RESPONSES.length);

      const stop = new AbortController();
      let resumeAfter = '';
      const first = await rescorer.rescore({
        scope: 'outdated',
        batchSize: 2,
        signal: stop.signal,
        onProgress: ({ afterId }) => {
          resumeAfter = afterId;
          stop.abort();
        },
      });
      expect(first.rescored).toBe(2);
      expect(await rescorer.count('outdated')).toBe(FIRST_RESPONSES.length - 2);
      const rest = await rescorer.rescore({ scope: 'outdated', batchSize: 2, afterId: resumeAfter });
      expect(rest).toEqual({ rescored: FIRST_RESPONSES.length - 2, scored: FIRST_RESPONSES.length - 2, unsupported: 0, failed: 0 });
      expect(await rescorer.count('outdated')).toBe(0);
    } finally {
      worker.resume();
    }
    await settled(api);
    const scores = await Promise.all(ids.map(async (id) => (await detail(api, admin.headers, id)).scores.responsiveness));
    expect(scores).toEqual(FIRST_RESPONSES.map((seconds) => expectedResponsiveness(seconds, 30)));
  });

  it('the services wired without Nest (command line imports and rescore) score with the saved settings too', async () => {
    const ids = await ingest(api, admin.headers, FIRST_RESPONSES.map((seconds, index) => chatAnsweredAfter(vendor, `cli-${index}`, seconds)));
    const worker = api.app.get(ScoringWorker);
    worker.pause();
    try {
      await save(TIGHT_CHAT);
      const { rescorer } = createConversationServices(api.dataSource);
      expect(await rescorer.rescore({ scope: 'stale' })).toEqual({ rescored: FIRST_RESPONSES.length, scored: FIRST_RESPONSES.length, unsupported: 0, failed: 0 });
    } finally {
      worker.resume();
    }
    await settled(api);
    const scores = await Promise.all(ids.map(async (id) => (await detail(api, admin.headers, id)).scores.responsiveness));
    expect(scores).toEqual(FIRST_RESPONSES.map((seconds) => expectedResponsiveness(seconds, 30)));
  });
});
