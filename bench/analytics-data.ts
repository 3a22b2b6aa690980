/**
 * Synthetic data set for the analytics benchmark: N conversations (1,000,000 by default) of 8 vendors over the 24
 * months ending 2026-10, written straight into the tables with bulk SQL (no messages, no transcripts: the
 * aggregate endpoints read facts and rollups only). Every row goes through the same facts builder as ingestion,
 * and the rollups are rebuilt from the facts with the same measure definitions the API maintains on ingest.
 *
 * Each vendor serves 3–4 customer languages over 2–3 channels, 4 queues and 1–2 sites, in its own time zone and
 * opening hours. Scores, first-response times, SLA, CSAT (30% response rate, 1–5) and comprehension signals are
 * drawn from a seeded generator with planted effects: one vendor answers German and French customers in English,
 * one is curt, night and weekend traffic waits longer where a vendor is closed.
 */
import type { EntityManager } from 'typeorm';
import { insertRows } from '../libs/api/database/src/lib/sql-dialect';
import { buildConversationFacts } from '../libs/api/analytics/src/lib/facts/conversation-facts';
import { FACT_COLUMNS, FactsRow, RuleHitRow } from '../libs/api/analytics/src/lib/facts/facts-row';
import { localHourOfWeek } from '../libs/api/analytics/src/lib/facts/local-hour-of-week';
import { inputsFingerprint } from '../libs/api/scoring/src/lib/conversation-scorer';
import { ScoringSettingsReader } from '../libs/api/scoring/src/lib/scoring-settings/scoring-settings-reader';
import { VendorProfiles } from '../libs/api/scoring/src/lib/vendor-profiles';
import { SeededRandom } from '../libs/demo-data/src/lib/random';
import type { Channel } from '../libs/contracts/src/lib/vocabulary';

interface BenchVendor {
  slug: string;
  timeZone: string;
  languages: Record<string, number>;
  channels: Partial<Record<Channel, number>>;
  sites: string[];
  /** Local opening hours; closed at the weekend unless `weekends`. */
  open: number;
  close: number;
  weekends: boolean;
  courtesy: number;
  /** Share of replies in English to customers writing another language. */
  englishFallback: number;
  speed: number;
}

export const BENCH_VENDORS: readonly BenchVendor[] = [
  { slug: 'lisboa', timeZone: 'Europe/Lisbon', languages: { pt: 0.45, es: 0.25, en: 0.2, fr: 0.1 }, channels: { chat: 0.5, email: 0.35, social: 0.15 }, sites: ['Lisbon', 'Porto'], open: 8, close: 22, weekends: true, courtesy: 88, englishFallback: 0.03, speed: 1 },
  { slug: 'andes', timeZone: 'America/Bogota', languages: { es: 0.6, en: 0.3, pt: 0.1 }, channels: { chat: 0.6, email: 0.2, 'voice-transcript': 0.2 }, sites: ['Bogota', 'Medellin'], open: 0, close: 24, weekends: true, courtesy: 86, englishFallback: 0.05, speed: 1.2 },
  { slug: 'manila', timeZone: 'Asia/Manila', languages: { en: 0.5, de: 0.2, sv: 0.15, fr: 0.15 }, channels: { chat: 0.55, email: 0.3, social: 0.15 }, sites: ['Manila', 'Cebu'], open: 0, close: 24, weekends: true, courtesy: 85, englishFallback: 0.35, speed: 0.8 },
  { slug: 'alpen', timeZone: 'Europe/Vienna', languages: { de: 0.65, sl: 0.2, en: 0.15 }, channels: { email: 0.5, chat: 0.4, 'phone-notes': 0.1 }, sites: ['Graz'], open: 8, close: 18, weekends: false, courtesy: 74, englishFallback: 0.04, speed: 2 },
  { slug: 'nordic', timeZone: 'Europe/Stockholm', languages: { sv: 0.6, en: 0.3, de: 0.1 }, channels: { chat: 0.5, email: 0.4, social: 0.1 }, sites: ['Malmo'], open: 7, close: 20, weekends: false, courtesy: 90, englishFallback: 0.02, speed: 1.3 },
  { slug: 'atlas', timeZone: 'Africa/Casablanca', languages: { fr: 0.55, en: 0.25, es: 0.2 }, channels: { chat: 0.45, email: 0.45, social: 0.1 }, sites: ['Casablanca', 'Rabat'], open: 8, close: 20, weekends: true, courtesy: 84, englishFallback: 0.06, speed: 1.1 },
  { slug: 'vistula', timeZone: 'Europe/Warsaw', languages: { de: 0.4, en: 0.35, pl: 0.25 }, channels: { chat: 0.5, email: 0.5 }, sites: ['Krakow'], open: 7, close: 21, weekends: false, courtesy: 87, englishFallback: 0.05, speed: 1 },
  { slug: 'deccan', timeZone: 'Asia/Kolkata', languages: { en: 0.7, de: 0.15, fr: 0.15 }, channels: { chat: 0.4, email: 0.4, 'voice-transcript': 0.2 }, sites: ['Pune', 'Hyderabad'], open: 0, close: 24, weekends: true, courtesy: 83, englishFallback: 0.2, speed: 0.9 },
];

const QUEUES = ['orders', 'billing', 'technical', 'account'];
const AGENTS_PER_VENDOR = 25;
const END_MONTH = { year: 2026, month: 10 };
export const BENCH_MONTHS = 24;
const FIRST_RESPONSE_SECONDS: Record<Channel, number> = { chat: 45, 'voice-transcript': 20, social: 1_800, email: 10_800, 'phone-notes': 5_400 };
const SLA_SECONDS: Record<Channel, number> = { chat: 60, 'voice-transcript': 30, social: 3_600, email: 28_800, 'phone-notes': 14_400 };

const CONVERSATION_COLUMNS = [
  'id', 'source', 'external_id', 'vendor_id', 'channel', 'queue', 'site', 'declared_language', 'language', 'created_at', 'closed_at', 'tags',
  'content_hash', 'message_count', 'score_status', 'scorer_version', 'responsiveness', 'courtesy', 'comprehension', 'overall',
  'first_response_seconds', 'settings_fingerprint', 'updated_at',
];

/** Deterministic ids in UUID form (version 4 nibble, variant 8), so the explorer accepts them. */
const uuid = (kind: number, n: number) => `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
export const vendorId = (index: number) => uuid(1, index);
const agentId = (vendor: number, agent: number) => uuid(2, vendor * 1000 + agent);

const clamp = (value: number, low = 0, high = 100) => Math.min(high, Math.max(low, value));
const round1 = (value: number) => Math.round(value * 10) / 10;

function normal(random: SeededRandom): number {
  // Box–Muller; 1 − u keeps the logarithm finite.
  return Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
}

export async function insertVendorsAndAgents(manager: EntityManager): Promise<void> {
  const hours = (vendor: BenchVendor) =>
    JSON.stringify(Object.fromEntries(Array.from({ length: 7 }, (_, day) => [day, (day === 0 || day === 6) && !vendor.weekends ? [] : [[vendor.open * 60, vendor.close * 60]]])));
  await insertRows(
    manager,
    'vendors',
    ['id', 'slug', 'name', 'country', 'time_zone', 'sites', 'business_hours', 'expected_formality', 'created_at'],
    BENCH_VENDORS.map((vendor, index) => [vendorId(index), vendor.slug, vendor.slug[0]?.toUpperCase() + vendor.slug.slice(1), 'XX', vendor.timeZone, JSON.stringify(vendor.sites), hours(vendor), '{}', '2024-10-01T00:00:00.000Z']),
  );
  await insertRows(
    manager,
    'agents',
    ['id', 'vendor_id', 'external_id', 'display_name'],
    BENCH_VENDORS.flatMap((vendor, index) =>
      Array.from({ length: AGENTS_PER_VENDOR }, (_, agent) => [agentId(index, agent), vendorId(index), `${vendor.slug}-agent-${agent}`, `Agent ${agent} (${vendor.slug})`]),
    ),
  );
}

/**
 * What the scorer stores with a score computed now (the current scoring settings and the vendor's profile), per
 * vendor id. Bench conversations carry it as if scored just now, so the API's scoring worker does not take a million
 * conversations without messages for outdated and rescore them while the benchmark measures.
 */
export async function currentScoringFingerprints(manager: EntityManager): Promise<Map<string, string>> {
  const settings = await new ScoringSettingsReader(manager.connection).current(manager);
  return new Map((await new VendorProfiles().all(manager)).map((vendor) => [vendor.id, inputsFingerprint(settings, vendor)]));
}

interface Generated {
  conversation: unknown[];
  facts: FactsRow;
  rules: RuleHitRow[];
}

function generateOne(random: SeededRandom, index: number, vendorIndex: number, monthOffset: number, fingerprint: string | null): Generated {
  const vendor = BENCH_VENDORS[vendorIndex] as BenchVendor;
  const monthNumber = END_MONTH.year * 12 + END_MONTH.month - 1 - monthOffset;
  const year = Math.floor(monthNumber / 12);
  const month = (monthNumber % 12) + 1;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const hour = random.chance(0.8) ? random.int(7, 22) : random.int(0, 24);
  const createdAt = new Date(Date.UTC(year, month - 1, random.int(1, days + 1), hour, random.int(0, 60), random.int(0, 60))).toISOString();
  const language = random.weighted(vendor.languages);
  const channel = random.weighted(vendor.channels as Record<Channel, number>);
  const local = localHourOfWeek(createdAt, vendor.timeZone);
  const weekend = local >= 120;
  const localHour = local % 24;
  const closed = (weekend && !vendor.weekends) || localHour < vendor.open || localHour >= vendor.close;
  const mismatch = language !== 'en' && random.chance(vendor.englishFallback);
  const curt = random.chance(vendor.courtesy < 80 ? 0.22 : 0.05);
  const firstResponse = Math.max(1, FIRST_RESPONSE_SECONDS[channel] * vendor.speed * Math.exp(0.8 * normal(random)) * (closed ? 6 : 1));
  const withinSla = firstResponse <= SLA_SECONDS[channel];
  const responsiveness = round1(clamp(100 - 25 * Math.log2(Math.max(1, firstResponse / SLA_SECONDS[channel]))));
  const courtesy = round1(clamp(vendor.courtesy + 8 * normal(random) - (curt ? 35 : 0)));
  const clarifications = random.chance(mismatch ? 0.5 : 0.06) ? 1 + random.int(0, 2) : 0;
  const asksOther = random.chance(mismatch ? 0.2 : 0.02);
  const comprehension = round1(clamp(94 + 5 * normal(random) - (mismatch ? 30 : 0) - 8 * clarifications - (asksOther ? 10 : 0)));
  const overall = round1(0.35 * responsiveness + 0.35 * courtesy + 0.3 * comprehension);
  const id = uuid(3, index);
  const evidence = [
    ...(mismatch ? [{ messageIndex: 1, start: 0, end: 10, rule: 'comprehension.agent-language-mismatch' }] : []),
    ...(curt ? [{ messageIndex: 1, start: 0, end: 5, rule: 'courtesy.curt-reply' }] : []),
    ...(clarifications > 0 ? [{ messageIndex: 2, start: 0, end: 12, rule: 'comprehension.clarification-request' }] : []),
    ...(withinSla ? [] : [{ messageIndex: 1, start: 0, end: 0, rule: 'responsiveness.first-response' }]),
  ];
  const answers = random.chance(0.3)
    ? [
        {
          questionKey: 'csat',
          score: Math.round(clamp(4.3 - (mismatch ? 1.5 : 0) - (curt ? 1.3 : 0) - (withinSla ? 0 : 0.5) + 0.9 * normal(random), 1, 5)),
          scale: '1-5',
          answeredAt: createdAt,
        },
      ]
    : [];
  const agent = agentId(vendorIndex, random.int(0, AGENTS_PER_VENDOR));
  const site = random.pick(vendor.sites);
  const queue = random.pick(QUEUES);
  const { facts, rules } = buildConversationFacts(
    {
      id, vendorId: vendorId(vendorIndex), channel, queue, site, language, createdAt, scoreStatus: 'scored', responsiveness, courtesy,
      comprehension, overall, firstResponseSeconds: Math.round(firstResponse), timeZone: vendor.timeZone,
      details: {
        responsiveness: { withinSla, afterHours: closed, weekend },
        comprehension: { score: comprehension, clarificationRequests: clarifications, asksForOtherAgent: asksOther, languageMismatch: mismatch ? 1 : 0 },
        evidence,
      },
    },
    answers,
    [{ agentId: agent, messages: 2, firstPosition: 1 }],
  );
  const conversation = [
    id, 'bench', `bench-${index}`, vendorId(vendorIndex), channel, queue, site, language, language, createdAt, null, '[]', 'bench', 4, 'scored', '1.0.0',
    responsiveness, courtesy, comprehension, overall, Math.round(firstResponse), fingerprint, createdAt,
  ];
  return { conversation, facts, rules };
}

/** Writes `total` conversations with their facts and rule hits, in chunks of one transaction each. */
export async function insertConversations(
  run: (work: (manager: EntityManager) => Promise<void>) => Promise<void>,
  total: number,
  seed: number,
  fingerprints: ReadonlyMap<string, string>,
  onProgress: (done: number) => void,
): Promise<void> {
  const random = new SeededRandom(seed);
  const chunk = 20_000;
  const perCell = total / (BENCH_VENDORS.length * BENCH_MONTHS);
  for (let start = 0; start < total; start += chunk) {
    const rows = Array.from({ length: Math.min(chunk, total - start) }, (_, i) => {
      const index = start + i;
      const cell = Math.floor(index / perCell);
      const vendorIndex = cell % BENCH_VENDORS.length;
      return generateOne(random, index, vendorIndex, Math.floor(cell / BENCH_VENDORS.length), fingerprints.get(vendorId(vendorIndex)) ?? null);
    });
    await run(async (manager) => {
      await insertRows(manager, 'conversations', CONVERSATION_COLUMNS, rows.map((row) => row.conversation));
      await insertRows(manager, 'conversation_facts', FACT_COLUMNS, rows.map((row) => FACT_COLUMNS.map((column) => row.facts[column])));
      await insertRows(manager, 'conversation_rule_hits', ['conversation_id', 'rule', 'hits'], rows.flatMap((row) => row.rules.map((hit) => [hit.conversation_id, hit.rule, hit.hits])));
    });
    onProgress(start + rows.length);
  }
}
