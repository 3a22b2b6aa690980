import { generateDemoData } from './demo-generator';
import { DEMO_VENDORS } from './demo-vendors';

const VIENNA_WEEKDAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Vienna', weekday: 'short', hour: '2-digit', hourCycle: 'h23' });

/** Weekday and hour in Vienna, read with the platform's time-zone data rather than the generator's helper. */
function viennaClock(iso: string): { weekday: string; hour: number } {
  const parts = Object.fromEntries(VIENNA_WEEKDAY.formatToParts(new Date(iso)).map((part) => [part.type, part.value]));
  return { weekday: parts['weekday'] ?? '', hour: Number(parts['hour']) };
}

describe('demo conversations read like real ones', () => {
  const conversations = [...generateDemoData({ seed: 11, endMonth: '2026-10', conversationsPerVendorMonth: 60 })].flatMap(
    (batch) => batch.conversations,
  );
  const alpen = DEMO_VENDORS.find((vendor) => vendor.slug === 'alpen-service');

  it('a desk closed at night and at the weekend answers only when it opens (Alpen Service, 08–18 on weekdays)', () => {
    const alpenChats = conversations.filter((conversation) => conversation.vendor === alpen?.slug && conversation.channel === 'chat');
    const firstReply = (conversation: (typeof conversations)[number]) =>
      conversation.messages.find((message) => message.role === 'agent')?.at ?? '';
    expect(alpenChats.length).toBeGreaterThan(200);
    // A chat is answered within minutes of the opening at the latest: on a weekday, between 08:00 and 18:59.
    for (const conversation of alpenChats) {
      const { weekday, hour } = viennaClock(firstReply(conversation));
      expect(['Sat', 'Sun']).not.toContain(weekday);
      expect(hour).toBeGreaterThanOrEqual(8);
      expect(hour).toBeLessThanOrEqual(18);
    }
    // Customers who wrote at the weekend waited into the next week.
    const weekend = alpenChats.filter((conversation) => ['Sat', 'Sun'].includes(viennaClock(conversation.createdAt).weekday));
    expect(weekend.length).toBeGreaterThan(20);
    for (const conversation of weekend) {
      expect(Date.parse(firstReply(conversation)) - Date.parse(conversation.createdAt)).toBeGreaterThan(6 * 3_600_000);
    }
  });

  it('some conversations declare no language, mostly on social media', () => {
    const undeclared = conversations.filter((conversation) => conversation.language === undefined);
    expect(undeclared.length / conversations.length).toBeGreaterThan(0.1);
    expect(undeclared.filter((conversation) => conversation.channel === 'social').length).toBeGreaterThan(0);
  });

  it('machine-translated replies carry glued words, number placeholders, literal idioms and the wrong register', () => {
    const manilaGerman = conversations
      .filter((conversation) => conversation.vendor === 'manila-desk')
      .flatMap((conversation) => conversation.messages.filter((message) => message.role === 'agent').map((message) => message.text));
    expect(manilaGerman.some((text) => text.includes('XNUMX'))).toBe(true);
    expect(manilaGerman.some((text) => /[a-zäöü][.,:][A-ZÄÖÜa-zäöü]/.test(text))).toBe(true);
    expect(manilaGerman.some((text) => text.includes('Stück Kuchen'))).toBe(true);
    expect(manilaGerman.some((text) => /\bdu\b|\bdir\b/.test(text))).toBe(true);
  });

  it('answers the question the customer asked', () => {
    const english = conversations.filter((conversation) => conversation.language === 'en' && conversation.messages.length >= 3);
    for (const conversation of english) {
      const [opening, reply] = conversation.messages;
      if (opening?.text.includes('router') && !/^(Check the FAQ|Already told you|No\.)/.test(reply?.text ?? '')) {
        expect(conversation.messages.filter((message) => message.role === 'agent').map((message) => message.text).join(' ')).toMatch(/router/);
        expect(conversation.messages.map((message) => message.text).join(' ')).not.toMatch(/reset link|courier|warehouse/);
      }
    }
  });
});
