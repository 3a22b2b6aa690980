import type { NativeConversation } from '@rapport/contracts';
import { inputsFingerprint, ScoringInputs, VendorProfile } from './conversation-scorer';
import { RuleBasedConversationScorer } from './rule-based.scorer';
import { DEFAULT_SCORING_SETTINGS } from './scoring-settings/stored-scoring-settings';
import { toSnapshot } from './scoring-settings/scoring-settings-reader';

const VENDOR: VendorProfile = {
  id: 'v1',
  slug: 'vienna-desk',
  timeZone: 'Europe/Vienna',
  businessHours: { 1: [[480, 1080]], 2: [[480, 1080]], 3: [[480, 1080]], 4: [[480, 1080]], 5: [[480, 1080]] },
  expectedFormality: {},
  fingerprint: 'vendor-a',
};

/** A German chat answered after 90 seconds, the agent saying "du" (informal) throughout. */
const CHAT: NativeConversation = {
  source: 'test',
  externalId: 'c1',
  vendor: 'vienna-desk',
  channel: 'chat',
  language: 'de',
  createdAt: '2026-03-03T09:00:00.000Z',
  messages: [
    { role: 'customer', at: '2026-03-03T09:00:00.000Z', text: 'Hallo, meine Bestellung ist noch nicht angekommen. Können Sie nachsehen?' },
    { role: 'agent', at: '2026-03-03T09:01:30.000Z', text: 'Hallo! Danke für deine Nachricht. Kannst du mir bitte deine Bestellnummer schicken?', agentId: 'a1' },
    { role: 'customer', at: '2026-03-03T09:02:00.000Z', text: 'Die Nummer ist 12345.' },
    { role: 'agent', at: '2026-03-03T09:02:40.000Z', text: 'Danke dir! Dein Paket kommt morgen an. Einen schönen Tag noch!', agentId: 'a1' },
  ],
};

function inputs(settings: unknown, vendor: VendorProfile = VENDOR): ScoringInputs {
  const snapshot = toSnapshot(settings);
  return { vendor, settings: snapshot.context, fingerprint: inputsFingerprint(snapshot, vendor) };
}

describe('RuleBasedConversationScorer', () => {
  const scorer = new RuleBasedConversationScorer();

  it('weighs the overall score with the saved weights', () => {
    const result = scorer.score(CHAT, inputs({ ...DEFAULT_SCORING_SETTINGS, weights: { responsiveness: 1, courtesy: 0, comprehension: 0 } }));
    expect(result.status).toBe('scored');
    expect(result.overall).toBe(result.responsiveness);
    const courtesyOnly = scorer.score(CHAT, inputs({ ...DEFAULT_SCORING_SETTINGS, weights: { responsiveness: 0, courtesy: 1, comprehension: 0 } }));
    expect(courtesyOnly.overall).toBe(courtesyOnly.courtesy);
  });

  it('measures the first response against the saved target of the channel', () => {
    // 90 s: on time against 120 s, late against the default 60 s.
    const relaxed = { ...DEFAULT_SCORING_SETTINGS, slaTargets: { ...DEFAULT_SCORING_SETTINGS.slaTargets, chat: { firstResponseSeconds: 120, replyGapSeconds: 120 } } };
    const onTime = scorer.score(CHAT, inputs(relaxed));
    const late = scorer.score(CHAT, inputs(DEFAULT_SCORING_SETTINGS));
    expect(onTime.firstResponseSeconds).toBe(90);
    expect(onTime.responsiveness).toBe(100);
    // First response 60/90 of its half, replies on time, nothing unanswered: 0.5·66.67 + 0.35·100 + 0.15·100.
    expect(late.responsiveness).toBe(83.3);
  });

  it('expects the register the vendor sets for its market over the library default', () => {
    const rules = (vendor: VendorProfile) =>
      (scorer.score(CHAT, inputs(DEFAULT_SCORING_SETTINGS, vendor)).details as { evidence: Array<{ rule: string }> }).evidence.map((item) => item.rule);
    // German customers expect "Sie" by default; this vendor's market writes "du".
    expect(rules(VENDOR)).toContain('courtesy.register-mismatch');
    expect(rules({ ...VENDOR, expectedFormality: { de: 'informal' }, fingerprint: 'vendor-b' })).not.toContain('courtesy.register-mismatch');
  });
});
