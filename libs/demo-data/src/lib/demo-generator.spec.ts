import { nativeConversationSchema } from '@rapport/contracts';
import { generateDemoData, monthsEndingAt } from './demo-generator';
import { DEMO_VENDORS } from './demo-vendors';

describe('generateDemoData', () => {
  const batches = [...generateDemoData({ seed: 7, endMonth: '2026-10', conversationsPerVendorMonth: 20 })];
  const conversations = batches.flatMap((batch) => batch.conversations);

  it('covers twelve months for every vendor', () => {
    expect(batches).toHaveLength(12 * DEMO_VENDORS.length);
    const months = new Set(conversations.map((c) => c.createdAt.slice(0, 7)));
    expect(months.has('2025-11')).toBe(true);
    expect(months.has('2026-10')).toBe(true);
    expect(months.size).toBe(12);
  });

  it('produces valid native conversations in all seven languages', () => {
    for (const conversation of conversations) {
      expect(nativeConversationSchema.safeParse(conversation).success).toBe(true);
    }
    expect(new Set(conversations.map((c) => c.language))).toEqual(new Set(['en', 'es', 'pt', 'fr', 'de', 'sv', 'sl']));
  });

  it('keeps messages in time order and ids unique', () => {
    for (const conversation of conversations) {
      const times = conversation.messages.map((m) => Date.parse(m.at));
      expect([...times].sort((a, b) => a - b)).toEqual(times);
    }
    expect(new Set(conversations.map((c) => c.externalId)).size).toBe(conversations.length);
  });

  it('is deterministic for a seed', () => {
    const again = [...generateDemoData({ seed: 7, endMonth: '2026-10', conversationsPerVendorMonth: 20 })];
    expect(again).toEqual(batches);
  });

  it('links surveys to generated conversations with scores on the 1–5 scale', () => {
    const ids = new Set(conversations.map((c) => c.externalId));
    const surveys = batches.flatMap((batch) => batch.surveys);
    expect(surveys.length).toBeGreaterThan(conversations.length * 0.4);
    for (const survey of surveys) {
      expect(ids.has(survey.conversationExternalId)).toBe(true);
      expect(survey.score).toBeGreaterThanOrEqual(1);
      expect(survey.score).toBeLessThanOrEqual(5);
    }
  });
});

describe('monthsEndingAt', () => {
  it('walks back across a year boundary', () => {
    expect(monthsEndingAt('2026-02', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});
