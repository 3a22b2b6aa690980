import type { Channel, NativeConversation, NativeMessage } from '@rapport/contracts';
import { addFollowUps, DemoAnswer } from './demo-follow-ups';
import { DEMO_VENDORS, DemoVendor } from './demo-vendors';
import { FIRST_NAMES, PHRASES, PhraseBook } from './demo-phrases';
import { SeededRandom } from './random';
import { nextDemoOpening } from './demo-hours';
import { MACHINE_TRANSLATION_SHARE, machineTranslated, UNDECLARED_LANGUAGE_SHARE } from './demo-noise';
import { DEMO_TOPICS, topicAnswer, topicConfusion, topicCurtness } from './demo-topics';

export type DemoSurvey = DemoAnswer;

export interface DemoDataOptions {
  seed: number;
  /** Last month generated, 'YYYY-MM'; the data set covers the twelve months up to and including it. */
  endMonth: string;
  conversationsPerVendorMonth: number;
  months?: number;
}

export interface DemoBatch {
  conversations: NativeConversation[];
  surveys: DemoSurvey[];
}

export const AGENTS_PER_VENDOR = 12;
const MINUTE = 60_000;
type Tone = 'good' | 'curt' | 'english-fallback';

/**
 * One agent's lasting habits: agents of a vendor differ, as real agents do. `quality` ~ N(0, 1) moves everything
 * together: how often the agent is curt (the vendor's rate × e^(−0.7·quality − 0.245), mean-preserving), how often a friendly reply skips the
 * greeting, how fast the agent answers, and how customers rate the agent beyond what the conversation shows
 * (0.3·quality points on the 1–5 scale). On the demo data this gives intra-agent correlations of about 0.1–0.2.
 */
export interface DemoAgent {
  id: string;
  curtness: number;
  skipsGreeting: number;
  speed: number;
  csatShift: number;
}

function standardNormal(random: SeededRandom): number {
  return Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
}

/** The agents of every vendor, drawn from their own seeded stream so they are the same whatever the months. */
export function demoAgents(seed: number, vendor: DemoVendor): DemoAgent[] {
  const random = new SeededRandom(
    seed ^ [...vendor.slug].reduce((hash, char) => Math.imul(hash, 31) + char.charCodeAt(0), 7),
  );
  const draws = Array.from({ length: AGENTS_PER_VENDOR }, () => standardNormal(random));
  // Centred, so the vendor's own rates stay what demo-vendors.ts says; the log-normal factors are centred too.
  const centre = draws.reduce((total, draw) => total + draw, 0) / draws.length;
  return draws.map((draw, index) => {
    const quality = draw - centre;
    return {
      id: `${vendor.slug}-agent-${String(index + 1).padStart(2, '0')}`,
      curtness: Math.min(0.6, vendor.curtness * Math.exp(-0.7 * quality - 0.245)),
      skipsGreeting: Math.min(0.6, Math.max(0, -0.3 * quality)),
      speed: Math.exp(-0.25 * quality - 0.03125),
      csatShift: 0.3 * quality,
    };
  });
}

/** Generates the demo data set one vendor-month at a time, so callers can store it in bounded batches. */
export function* generateDemoData(options: DemoDataOptions): Generator<DemoBatch> {
  const random = new SeededRandom(options.seed);
  const months = monthsEndingAt(options.endMonth, options.months ?? 12);
  const agents = new Map(DEMO_VENDORS.map((vendor) => [vendor.slug, demoAgents(options.seed, vendor)]));
  // Customers and the other survey questions draw from a stream of their own: the rest stays as it was.
  const followUps = new SeededRandom(options.seed ^ 0x2f0c_0a11);
  for (const month of months) {
    for (const vendor of DEMO_VENDORS) {
      const batch: DemoBatch = { conversations: [], surveys: [] };
      const wentBadly: boolean[] = [];
      for (let i = 0; i < options.conversationsPerVendorMonth; i++) {
        const externalId = `${vendor.slug}-${month}-${String(i).padStart(4, '0')}`;
        const agent = random.pick(agents.get(vendor.slug) ?? []);
        const { conversation, tone } = generateConversation(random, vendor, agent, month, externalId);
        batch.conversations.push(conversation);
        wentBadly.push(tone !== 'good');
        if (random.chance(0.55)) {
          batch.surveys.push(generateSurvey(random, conversation, tone, agent));
        }
      }
      batch.surveys.push(...addFollowUps(followUps, batch.conversations, wentBadly, batch.surveys));
      yield batch;
    }
  }
}

export function monthsEndingAt(endMonth: string, count: number): string[] {
  const [year, month] = endMonth.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(Date.UTC(year, month - 1 - (count - 1 - i), 1));
    return date.toISOString().slice(0, 7);
  });
}

function generateConversation(
  random: SeededRandom,
  vendor: DemoVendor,
  agent: DemoAgent,
  month: string,
  externalId: string,
): { conversation: NativeConversation; tone: Tone } {
  const language = random.weighted(vendor.languages);
  const channel = random.weighted(vendor.channels as Record<Channel, number>);
  const customerBook = PHRASES[language] as PhraseBook;
  const tone: Tone =
    language !== 'en' && random.chance(vendor.englishFallback)
      ? 'english-fallback'
      : random.chance(agent.curtness)
        ? 'curt'
        : 'good';
  const agentBook = tone === 'english-fallback' ? (PHRASES['en'] as PhraseBook) : customerBook;
  const agentLanguage = tone === 'english-fallback' ? 'en' : language;
  const topicIndex = random.int(0, DEMO_TOPICS.length);
  const topic = DEMO_TOPICS[topicIndex] ?? 'order';
  const answer = () => topicAnswer(agentBook, agentLanguage, topic);
  const translated = tone !== 'english-fallback' && random.chance(MACHINE_TRANSLATION_SHARE[vendor.slug]?.[language] ?? 0);
  const name = random.pick(FIRST_NAMES[language] ?? ['Alex']);
  const order = `#${random.int(100000, 999999)}`;
  const fill = (text: string) => text.replace('{name}', name).replace('{order}', order);
  const agentId = agent.id;

  const [year, monthIndex] = month.split('-').map(Number) as [number, number];
  const daysInMonth = new Date(Date.UTC(year, monthIndex, 0)).getUTCDate();
  // Customers write more in the daytime; the hour is in UTC, which is what a desk serving Europe sees.
  const hour = random.chance(0.8) ? random.int(7, 22) : random.int(0, 24);
  let clock = Date.UTC(
    year,
    monthIndex - 1,
    random.int(1, daysInMonth + 1),
    hour,
    random.int(0, 60),
    random.int(0, 60),
  );
  const start = clock;
  const messages: NativeMessage[] = [];
  const say = (role: 'customer' | 'agent', text: string, delayMinutes: number) => {
    // A closed desk answers when it opens: the night and weekend wait of vendors without round-the-clock hours.
    clock = (role === 'agent' ? nextDemoOpening(vendor, clock) : clock) + Math.max(0.2, delayMinutes) * MINUTE;
    messages.push(
      role === 'agent'
        ? { role, at: new Date(clock).toISOString(), text: translated ? machineTranslated(fill(text), language, random) : fill(text), agentId }
        : { role, at: new Date(clock).toISOString(), text: fill(text) },
    );
  };
  const agentDelay = () =>
    vendor.responseMinutes * agent.speed * (0.3 + random.next() * 1.7) * (channel === 'email' ? 20 : 1);

  say('customer', customerBook.customerOpen[topicIndex] ?? '', 0);
  if (tone === 'curt') {
    say('agent', random.pick(topicCurtness(agentBook, topic)), agentDelay() * 2);
    say('customer', random.pick(customerBook.customerAngry), 2);
    say('agent', answer(), agentDelay());
  } else {
    const greeting = random.pick(agentBook.agentGreeting);
    say('agent', random.chance(agent.skipsGreeting) ? answer() : `${greeting} ${answer()}`, agentDelay());
    if (tone === 'english-fallback' || random.chance(0.1)) {
      say('customer', random.pick(topicConfusion(customerBook, topic)), 3);
      say('agent', answer(), agentDelay());
    }
    if (random.chance(0.15)) {
      say('customer', random.pick(customerBook.customerFollowUp), 10);
      say('agent', answer(), agentDelay());
    }
  }
  say('customer', random.pick(customerBook.customerThanks), 4);
  if (tone !== 'curt') {
    say('agent', random.pick(agentBook.agentClosing), 1);
  }
  const conversation: NativeConversation = {
    source: 'demo',
    externalId,
    vendor: vendor.slug,
    channel,
    queue: random.pick(['orders', 'billing', 'technical', 'account']),
    site: random.pick(vendor.sites),
    ...(random.chance(UNDECLARED_LANGUAGE_SHARE[channel] ?? 0) ? {} : { language }),
    createdAt: new Date(start).toISOString(),
    closedAt: new Date(clock + 5 * MINUTE).toISOString(),
    tags: [],
    messages,
  };
  return { conversation, tone };
}

function generateSurvey(
  random: SeededRandom,
  conversation: NativeConversation,
  tone: Tone,
  agent: DemoAgent,
): DemoSurvey {
  const base = (tone === 'good' ? 4.4 : tone === 'curt' ? 2.2 : 2.6) + agent.csatShift;
  const score = Math.min(5, Math.max(1, Math.round(base + (random.next() - 0.5) * 2.2)));
  const closedAt = Date.parse(conversation.closedAt ?? conversation.createdAt);
  return {
    source: conversation.source,
    conversationExternalId: conversation.externalId,
    questionKey: 'csat',
    score,
    scale: '1-5',
    answeredAt: new Date(closedAt + random.int(10, 600) * MINUTE).toISOString(),
  };
}
