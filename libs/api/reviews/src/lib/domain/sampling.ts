import { createHash } from 'node:crypto';
import type { SamplingRule } from '@rapport/contracts';

export interface SamplingCandidate {
  conversationId: string;
  vendorId: string;
  /** YYYY-MM-DD (UTC). */
  day: string;
  language: string;
  channel: string;
  overall: number | null;
  csat: number | null;
}

export interface SampledItem {
  candidate: SamplingCandidate;
  /** Why it was picked, shown to reviewers and leads. */
  reason: string;
}

export interface SamplingContext {
  seed: number;
  /**
   * Conversations already in the queue: never drawn again, and counted towards the rule's target, so a refill only
   * tops the queue up (new weeks, strata or arrivals) instead of drawing the period again.
   */
  excluded: ReadonlySet<string>;
  /** For the adaptive rule: how much each language needs human reviews (higher: more of its conversations). */
  languageNeed?: ReadonlyMap<string, number>;
}

/**
 * The order in which a seed draws conversations: a hash of seed and id. It depends on nothing else (not on the
 * order rows come back from the database, nor on which other conversations exist), so the same seed draws the same
 * conversations on SQLite and PostgreSQL, and a refill after new imports keeps the conversations drawn before.
 */
export function drawKey(seed: number, conversationId: string): string {
  return createHash('sha256').update(`${seed}:${conversationId}`).digest('hex');
}

/** Monday of the ISO week of a YYYY-MM-DD day. */
export function weekOf(day: string): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - sinceMonday * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Applies a sampling rule: deterministic for a seed, each conversation at most once, the excluded never. What the
 * queue holds already (`excluded`) counts towards the target: per group for `random` and `stratified` (its
 * candidates' groups), towards `limit` for the others; the draw adds only what is missing.
 */
export function selectSample(
  candidates: readonly SamplingCandidate[],
  rule: SamplingRule,
  context: SamplingContext,
): SampledItem[] {
  const unique = new Map<string, SamplingCandidate>();
  const held: SamplingCandidate[] = [];
  for (const candidate of candidates) {
    if (context.excluded.has(candidate.conversationId)) {
      held.push(candidate);
    } else {
      unique.set(candidate.conversationId, candidate);
    }
  }
  const drawn = [...unique.values()]
    .map((candidate) => ({
      candidate,
      key: drawKey(context.seed, candidate.conversationId),
    }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((entry) => entry.candidate);
  // Held conversations no longer among the candidates (their score or CSAT changed) still count towards a limit.
  const missing = (limit: number) => Math.max(0, limit - context.excluded.size);
  switch (rule.kind) {
    case 'random': {
      const group = (c: SamplingCandidate) => `${c.vendorId} week of ${weekOf(c.day)}`;
      return firstPerGroup(drawn, rule.perVendorWeek, group, (c) => `random, week of ${weekOf(c.day)}`, countBy(held, group));
    }
    case 'stratified': {
      const group = (c: SamplingCandidate) => `${c.vendorId}|${c.language}|${c.channel}`;
      return firstPerGroup(drawn, rule.perStratum, group, (c) => `stratum ${c.language} × ${c.channel}`, countBy(held, group));
    }
    case 'low-csat':
      return drawn
        .filter((c) => c.csat !== null && c.csat < rule.below)
        .slice(0, missing(rule.limit))
        .map((candidate) => ({
          candidate,
          reason: `CSAT below ${rule.below}`,
        }));
    case 'low-score':
      return drawn
        .filter((c) => c.overall !== null && c.overall < rule.below)
        .slice(0, missing(rule.limit))
        .map((candidate) => ({
          candidate,
          reason: `automatic score below ${rule.below}`,
        }));
    case 'rule-fired':
      // The candidates are already those in which the rule fired (selected in SQL).
      return drawn.slice(0, missing(rule.limit)).map((candidate) => ({ candidate, reason: `rule ${rule.rule} fired` }));
    case 'adaptive':
      return adaptive(drawn, missing(rule.limit), context.languageNeed ?? new Map(), countBy(held, (c) => c.language));
  }
}

function countBy(items: readonly SamplingCandidate[], key: (c: SamplingCandidate) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  }
  return counts;
}

function firstPerGroup(
  drawn: readonly SamplingCandidate[],
  perGroup: number,
  group: (c: SamplingCandidate) => string,
  reason: (c: SamplingCandidate) => string,
  alreadyHeld: ReadonlyMap<string, number> = new Map(),
): SampledItem[] {
  const taken = new Map(alreadyHeld);
  const picked: SampledItem[] = [];
  for (const candidate of drawn) {
    const key = group(candidate);
    const count = taken.get(key) ?? 0;
    if (count < perGroup) {
      taken.set(key, count + 1);
      picked.push({ candidate, reason: reason(candidate) });
    }
  }
  return picked;
}

/**
 * Shares `limit` draws among languages in proportion to their need (the highest-averages method: each draw goes
 * to the language with the largest need / (draws so far + 1)), so weakly confirmed and little-reviewed languages
 * get more reviews, while every language with a need above 0 keeps some. Languages without a stated need get 1.
 * `held` counts what the queue holds per language: a refill continues the same apportionment from there.
 */
export function adaptive(
  drawn: readonly SamplingCandidate[],
  limit: number,
  need: ReadonlyMap<string, number>,
  held: ReadonlyMap<string, number> = new Map(),
): SampledItem[] {
  const byLanguage = new Map<string, SamplingCandidate[]>();
  for (const candidate of drawn) {
    byLanguage.set(candidate.language, [...(byLanguage.get(candidate.language) ?? []), candidate]);
  }
  const languages = [...byLanguage.keys()].sort();
  const taken = new Map(languages.map((language) => [language, 0]));
  const picked: SampledItem[] = [];
  while (picked.length < limit) {
    let best: string | null = null;
    let bestQuotient = 0;
    for (const language of languages) {
      const count = taken.get(language) ?? 0;
      const weight = need.get(language) ?? 1;
      const quotient = weight / (count + (held.get(language) ?? 0) + 1);
      if (count < (byLanguage.get(language)?.length ?? 0) && weight > 0 && quotient > bestQuotient) {
        best = language;
        bestQuotient = quotient;
      }
    }
    if (best === null) {
      break;
    }
    const count = taken.get(best) ?? 0;
    const candidate = byLanguage.get(best)?.[count];
    if (!candidate) {
      break;
    }
    taken.set(best, count + 1);
    picked.push({
      candidate,
      reason: `adaptive: ${best} needs human reviews (weight ${(need.get(best) ?? 1).toFixed(2)})`,
    });
  }
  return picked;
}

/**
 * Reviewer for each new item: the one with the fewest items so far (counting what they already hold in the
 * queue), ties to the earlier in the list, so counts never differ by more than one after a fill.
 */
export function assignBalanced(
  items: number,
  reviewerIds: readonly string[],
  existing: ReadonlyMap<string, number> = new Map(),
): string[] {
  const counts = new Map(reviewerIds.map((id) => [id, existing.get(id) ?? 0]));
  const assigned: string[] = [];
  for (let item = 0; item < items; item++) {
    let chosen = reviewerIds[0] as string;
    for (const id of reviewerIds) {
      if ((counts.get(id) ?? 0) < (counts.get(chosen) ?? 0)) {
        chosen = id;
      }
    }
    counts.set(chosen, (counts.get(chosen) ?? 0) + 1);
    assigned.push(chosen);
  }
  return assigned;
}
