import type { AuditEntryDto, ScoringSettingsDto } from '@rapport/contracts';
import { ScoringSettingsReader, ScoringSettingsService } from '@rapport/api-scoring';
import { createTestApi, getJson, loginAs, sendJson, TestApi, TestSession } from '@rapport/api-testing';

// Boots the whole API on a fresh database and signs users in with argon2; CI machines are small.
jest.setTimeout(120_000);

const HOUR = 3_600;

/** The scoring library's documented defaults (libs/scoring/README.md), written out independently of the code. */
const DEFAULTS: ScoringSettingsDto = {
  weights: { responsiveness: 0.35, courtesy: 0.35, comprehension: 0.3 },
  slaTargets: {
    chat: { firstResponseSeconds: 60, replyGapSeconds: 120 },
    email: { firstResponseSeconds: 8 * HOUR, replyGapSeconds: 8 * HOUR },
    social: { firstResponseSeconds: HOUR, replyGapSeconds: HOUR },
    'voice-transcript': { firstResponseSeconds: 30, replyGapSeconds: 60 },
    'phone-notes': { firstResponseSeconds: 4 * HOUR, replyGapSeconds: 8 * HOUR },
  },
};

const CHANGED: ScoringSettingsDto = {
  weights: { responsiveness: 2, courtesy: 1, comprehension: 1 },
  slaTargets: { ...DEFAULTS.slaTargets, chat: { firstResponseSeconds: 30, replyGapSeconds: 90 }, email: { firstResponseSeconds: 2 * HOUR, replyGapSeconds: 4 * HOUR } },
};

describe('scoring settings', () => {
  let api: TestApi;
  let admin: TestSession;
  let reviewer: TestSession;

  beforeAll(async () => {
    api = await createTestApi();
    admin = await loginAs(api, 'admin');
    reviewer = await loginAs(api, 'qa-reviewer');
  });
  afterAll(() => api.close());

  it('starts with the scoring library defaults, readable by client roles', async () => {
    const response = await getJson(api, '/api/settings/scoring', reviewer.headers);
    expect(response.status).toBe(200);
    expect(response.body).toEqual(DEFAULTS);
  });

  it.each([
    ['a negative weight', { ...DEFAULTS, weights: { ...DEFAULTS.weights, courtesy: -0.1 } }, 'weights.courtesy'],
    ['all weights zero', { ...DEFAULTS, weights: { responsiveness: 0, courtesy: 0, comprehension: 0 } }, 'weights'],
    ['a channel that does not exist', { ...DEFAULTS, slaTargets: { ...DEFAULTS.slaTargets, fax: { firstResponseSeconds: 60, replyGapSeconds: 60 } } }, 'slaTargets'],
    ['a missing channel', { ...DEFAULTS, slaTargets: { chat: DEFAULTS.slaTargets.chat } }, 'slaTargets.email'],
    ['a target of zero seconds', { ...DEFAULTS, slaTargets: { ...DEFAULTS.slaTargets, social: { firstResponseSeconds: 0, replyGapSeconds: 60 } } }, 'slaTargets.social.firstResponseSeconds'],
    ['a weight given as text', { ...DEFAULTS, weights: { ...DEFAULTS.weights, courtesy: '0.5' } }, 'weights.courtesy'],
  ])('refuses %s with 400 naming the field, and changes nothing', async (_case, body, field) => {
    const response = await sendJson(api, 'PUT', '/api/settings/scoring', body, admin.headers);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('invalid_input');
    expect(response.body.message).toContain(field);
    expect((await getJson(api, '/api/settings/scoring', admin.headers)).body).toEqual(DEFAULTS);
  });

  it('refuses changes from every role but admin', async () => {
    for (const role of ['qa-reviewer', 'vendor-manager', 'executive'] as const) {
      const session = role === 'qa-reviewer' ? reviewer : await loginAs(api, role);
      expect((await sendJson(api, 'PUT', '/api/settings/scoring', CHANGED, session.headers)).status).toBe(403);
    }
    expect((await getJson(api, '/api/settings/scoring', admin.headers)).body).toEqual(DEFAULTS);
  });

  it('needs the CSRF header from a browser session', async () => {
    const response = await sendJson(api, 'PUT', '/api/settings/scoring', CHANGED, { cookie: admin.headers['cookie'] ?? '' });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('csrf_failed');
  });

  it('saves a change, serves it to every reader and to the scorer, and records it in the audit log', async () => {
    const saved = await sendJson(api, 'PUT', '/api/settings/scoring', CHANGED, admin.headers);
    expect(saved.status).toBe(200);
    // No conversation is stored yet, so there is nothing to score again.
    expect(saved.body).toEqual({ ...CHANGED, rescore: { started: false, conversations: 0 } });
    expect((await getJson(api, '/api/settings/scoring', reviewer.headers)).body).toEqual(CHANGED);

    const context = await api.app.get(ScoringSettingsService).current();
    expect(context.weights).toEqual({ responsiveness: 2, courtesy: 1, comprehension: 1 });
    expect(context.sla.chat).toEqual({ firstResponseSeconds: 30, replyGapSeconds: 90, clock: 'wall' });
    expect(context.sla.email).toEqual({ firstResponseSeconds: 2 * HOUR, replyGapSeconds: 4 * HOUR, clock: 'business' });

    const log = (await getJson(api, '/api/audit?action=settings.change', admin.headers)).body.entries as AuditEntryDto[];
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ actorId: admin.user.id, outcome: 'success', targetType: 'settings', targetId: 'scoring' });
    expect(log[0]?.details).toEqual({ before: DEFAULTS, after: CHANGED, fingerprint: expect.stringMatching(/^[0-9a-f]{12}$/) });
    // The same fingerprint as the one scores computed with these settings record.
    expect((await api.app.get(ScoringSettingsReader).current()).fingerprint).toBe((log[0]?.details as { fingerprint: string }).fingerprint);
  });

  it('refuses unknown top-level fields rather than dropping them', async () => {
    const response = await sendJson(api, 'PUT', '/api/settings/scoring', { ...CHANGED, scorerVersion: '9' }, admin.headers);
    expect(response.status).toBe(400);
  });
});
