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
    expect(new Set(conversations.flatMap((c) => (c.language ? [c.language] : [])))).toEqual(new Set(['en', 'es', 'pt', 'fr', 'de', 'sv', 'sl']));
  });

  it('gives every conversation a customer, some of whom come back to the same vendor within 72 hours', () => {
    expect(conversations.every((c) => typeof c.customerId === 'string' && c.customerId.length > 0)).toBe(true);
    const recontacts = batches.flatMap((batch) =>
      batch.conversations.filter((c) =>
        batch.conversations.some((other) => other !== c && other.customerId === c.customerId && Date.parse(other.createdAt) < Date.parse(c.createdAt) && Date.parse(c.createdAt) - Date.parse(other.createdAt) <= 72 * 3_600_000),
      ),
    );
    expect(recontacts.length).toBeGreaterThan(0);
    expect(recontacts.length / conversations.length).toBeLessThan(0.2);
  });

  it('asks effort, resolution and recommend questions beside CSAT, each on its own scale', () => {
    const surveys = batches.flatMap((batch) => batch.surveys);
    const scales = new Map(surveys.map((survey) => [survey.questionKey, survey.scale]));
    expect(Object.fromEntries(scales)).toEqual({ csat: '1-5', effort: '1-7', resolution: 'thumbs', nps: '0-10' });
    const csat = surveys.filter((survey) => survey.questionKey === 'csat').length;
    const effort = surveys.filter((survey) => survey.questionKey === 'effort').length;
    expect(effort / csat).toBeGreaterThan(0.6);
    expect(effort / csat).toBeLessThan(0.95);
  });

  it('keeps messages in time order and ids unique', () => {
    for (const conversation of conversations) {
      const times = conversation.messages.map((m) => Date.parse(m.at));
      expect([...times].sort((a, b) => a - b)).toEqual(times);
    }
    expect(new Set(conversations.map((c) => c.externalId)).size).toBe(conversations.length);
  });

  it('keeps Nordic Care closed on its holidays: customers who write then are answered on the next working day', () => {
    const stockholmDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', month: '2-digit', day: '2-digit' });
    const swedishHolidays = new Set(['01-01', '01-06', '05-01', '06-06', '12-24', '12-25', '12-26', '12-31']);
    const onHoliday = (at: string) => swedishHolidays.has(stockholmDay.format(new Date(at)));
    const nordic = conversations.filter((c) => c.vendor === 'nordic-care').flatMap((c) => c.messages);
    const customerOnHoliday = nordic.filter((m) => m.role === 'customer' && onHoliday(m.at));
    expect(customerOnHoliday.length).toBeGreaterThan(0);
    expect(nordic.filter((m) => m.role === 'agent' && onHoliday(m.at))).toEqual([]);
  });

  it('is deterministic for a seed', () => {
    const again = [...generateDemoData({ seed: 7, endMonth: '2026-10', conversationsPerVendorMonth: 20 })];
    expect(again).toEqual(batches);
  });

  it('links surveys to generated conversations with CSAT scores on the 1–5 scale', () => {
    const ids = new Set(conversations.map((c) => c.externalId));
    const surveys = batches.flatMap((batch) => batch.surveys).filter((survey) => survey.questionKey === 'csat');
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

/** One-way ANOVA intra-cluster correlation (MSB − MSW)/(MSB + (n₀ − 1)·MSW), written out here, not imported. */
function intraClusterCorrelation(groups: readonly number[][]): number {
  const all = groups.flat();
  const N = all.length;
  const G = groups.length;
  const mean = all.reduce((a, b) => a + b, 0) / N;
  let between = 0;
  let within = 0;
  for (const group of groups) {
    const groupMean = group.reduce((a, b) => a + b, 0) / group.length;
    between += group.length * (groupMean - mean) ** 2;
    within += group.reduce((total, value) => total + (value - groupMean) ** 2, 0);
  }
  const msb = between / (G - 1);
  const msw = within / (N - G);
  const n0 = (N - groups.reduce((total, group) => total + group.length ** 2, 0) / N) / (G - 1);
  return (msb - msw) / (msb + (n0 - 1) * msw);
}

describe('demo agents', () => {
  // The demo's seed and size (libs/api/demo): 160 conversations per vendor and month, a year of them.
  const batches = [...generateDemoData({ seed: 20261124, endMonth: '2026-10', conversationsPerVendorMonth: 160 })];

  it('differ within every vendor: CSAT has an intra-agent correlation of about 0.1–0.2 (measured 0.10–0.21)', () => {
    const iccs = DEMO_VENDORS.map((vendor) => {
      const agentOf = new Map(
        batches
          .flatMap((batch) => batch.conversations)
          .filter((conversation) => conversation.vendor === vendor.slug)
          .map((conversation) => [
            conversation.externalId,
            conversation.messages.find((m) => m.role === 'agent')?.agentId ?? '',
          ]),
      );
      const byAgent = new Map<string, number[]>();
      for (const survey of batches.flatMap((batch) => batch.surveys).filter((answer) => answer.questionKey === 'csat')) {
        const agent = agentOf.get(survey.conversationExternalId);
        if (agent !== undefined) {
          byAgent.set(agent, [...(byAgent.get(agent) ?? []), survey.score]);
        }
      }
      expect(byAgent.size).toBe(12);
      return intraClusterCorrelation([...byAgent.values()]);
    });
    for (const icc of iccs) {
      expect(icc).toBeGreaterThan(0.05);
      expect(icc).toBeLessThan(0.3);
    }
  });
});
