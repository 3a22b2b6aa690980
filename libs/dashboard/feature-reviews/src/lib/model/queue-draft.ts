import type { CreateQueueRequest, QueueDto, RefillSchedule, SamplingRule } from '@rapport/contracts';

export type RuleKind = SamplingRule['kind'];

/** The sampling rules a lead picks from, with what their number means. */
export const RULE_KINDS: ReadonlyArray<{ value: RuleKind; label: string; n: string }> = [
  { value: 'random', label: 'Random per vendor and week', n: 'Conversations per vendor per week' },
  { value: 'stratified', label: 'Stratified by vendor × language × channel', n: 'Conversations per stratum' },
  { value: 'low-csat', label: 'Low CSAT', n: 'At most' },
  { value: 'low-score', label: 'Low automatic score', n: 'At most' },
  { value: 'rule-fired', label: 'A scorer rule fired', n: 'At most' },
  { value: 'adaptive', label: 'Adaptive: languages where agreement is weakest or least known', n: 'At most' },
];

/** Rules worth sampling on: the scorer's problem findings (ids of the scorer's evidence, see libs/scoring). */
export const RULE_CHOICES: readonly string[] = [
  'courtesy.curt-reply',
  'courtesy.dismissive',
  'courtesy.blame',
  'courtesy.ignored-question',
  'courtesy.insult',
  'courtesy.profanity',
  'courtesy.missing-greeting',
  'courtesy.register-mismatch',
  'comprehension.clarification-request',
  'comprehension.asks-for-other-agent',
  'comprehension.repeated-question',
  'comprehension.agent-language-mismatch',
  'comprehension.answer-not-addressing',
  'comprehension.machine-translation-artefact',
  'comprehension.recontact',
  'responsiveness.slow-reply',
];

export interface QueueForm {
  name: string;
  rubricId: string;
  from: string;
  to: string;
  vendorIds: string[];
  reviewerIds: string[];
  seed: number;
  kind: RuleKind;
  n: number;
  /** The threshold of `low-csat` (CSAT on 0–100) and `low-score`. */
  below: number;
  /** The rule id of `rule-fired`. */
  rule: string;
  /** `adaptive`: reviews a language needs before it counts as known. */
  minReviews: number;
  /** Refilled by the schedule (`daily`, `weekly`) or only on request (null). */
  refill: RefillSchedule | null;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** A new form: the last complete month, seed 1, random 5 per vendor and week. */
export function newQueueForm(now: Date): QueueForm {
  const firstOfMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  const to = new Date(firstOfMonth.getTime() - 86_400_000);
  return {
    name: '',
    rubricId: '',
    from: day(from),
    to: day(to),
    vendorIds: [],
    reviewerIds: [],
    seed: 1,
    kind: 'random',
    n: 5,
    below: 40,
    rule: RULE_CHOICES[0] ?? '',
    minReviews: 30,
    refill: null,
  };
}

export function toSamplingRule(form: QueueForm): SamplingRule {
  switch (form.kind) {
    case 'random':
      return { kind: 'random', perVendorWeek: form.n };
    case 'stratified':
      return { kind: 'stratified', perStratum: form.n };
    case 'low-csat':
      return { kind: 'low-csat', below: form.below, limit: form.n };
    case 'low-score':
      return { kind: 'low-score', below: form.below, limit: form.n };
    case 'rule-fired':
      return { kind: 'rule-fired', rule: form.rule, limit: form.n };
    case 'adaptive':
      return { kind: 'adaptive', limit: form.n, minReviews: form.minReviews };
  }
}

/** The request; an empty vendor list means every vendor. The API validates and names wrong fields. */
export function toQueueRequest(form: QueueForm): CreateQueueRequest {
  return {
    name: form.name,
    rubricId: form.rubricId,
    seed: form.seed,
    from: form.from,
    to: form.to,
    vendorIds: form.vendorIds,
    rule: toSamplingRule(form),
    reviewerIds: form.reviewerIds,
    refill: form.refill,
  };
}

/** A queue's rule in words, e.g. "Low CSAT below 40, at most 20". */
export function describeRule(rule: SamplingRule | null): string {
  if (rule === null) {
    return 'Calibration: every reviewer grades every conversation';
  }
  switch (rule.kind) {
    case 'random':
      return `Random, ${rule.perVendorWeek} per vendor per week`;
    case 'stratified':
      return `Stratified, ${rule.perStratum} per vendor × language × channel`;
    case 'low-csat':
      return `CSAT below ${rule.below}, at most ${rule.limit}`;
    case 'low-score':
      return `Automatic score below ${rule.below}, at most ${rule.limit}`;
    case 'rule-fired':
      return `Rule ${rule.rule} fired, at most ${rule.limit}`;
    case 'adaptive':
      return `Adaptive by language need (known after ${rule.minReviews} reviews), at most ${rule.limit}`;
  }
}

/** "12 of 40 reviewed (30%)". */
export function queueProgress(queue: Pick<QueueDto, 'items' | 'submitted'>): string {
  const share = queue.items === 0 ? 0 : Math.round((100 * queue.submitted) / queue.items);
  return `${queue.submitted} of ${queue.items} reviewed (${share}%)`;
}

const SCHEDULE_WORDS: Record<RefillSchedule, string> = { daily: 'Every day', weekly: 'Every week' };

/** "Every week · next refill 14 Dec 2026, 13:05 UTC", or "On request only" without a schedule. */
export function describeSchedule(
  queue: Pick<QueueDto, 'refill' | 'nextRefillAt'>,
  locale = 'en-GB',
  timeZone = 'UTC',
): string {
  if (!queue.refill) {
    return 'On request only';
  }
  const next = queue.nextRefillAt
    ? // Intl refuses timeZoneName beside dateStyle, so the zone is named after the time.
      `${new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(queue.nextRefillAt))} ${timeZone}`
    : null;
  return next ? `${SCHEDULE_WORDS[queue.refill]} · next refill ${next}` : SCHEDULE_WORDS[queue.refill];
}
