import { durationBucketIndex, hourBand, isSatisfied, normaliseCsat } from '@rapport/analytics';
import { CSAT_SCALES, CsatScale, SurveyMetric, surveyMetricOf } from '@rapport/contracts';
import type { FactsRow, RuleHitRow } from './facts-row';
import { localHourOfWeek } from './local-hour-of-week';

/** A stored conversation with its headline scores, vendor time zone and the scorer's full result. */
export interface FactsSource {
  id: string;
  vendorId: string;
  channel: string;
  queue: string | null;
  site: string | null;
  language: string | null;
  createdAt: string;
  scoreStatus: string;
  responsiveness: number | null;
  courtesy: number | null;
  comprehension: number | null;
  overall: number | null;
  firstResponseSeconds: number | null;
  /**
   * The channel's first-response target in seconds (scoring settings). Coverage counts it on the wall clock: a
   * business-time target is met by a Monday-morning answer to a Saturday message, which is the gap coverage shows.
   */
  firstResponseTargetSeconds?: number | null;
  timeZone: string;
  /** The conversation carries a (pseudonymised) customer id, so whether it is a recontact can be told. */
  customerKnown?: boolean;
  /** `conversation_scores.details`, parsed: the scorer's ConversationScore, or `{error}` when scoring failed. */
  details: unknown;
}

export interface SurveyAnswer {
  questionKey: string;
  score: number;
  scale: string;
  answeredAt: string;
  /** The agent the answer is credited to (survey ingestion's `creditedAgent`), null when none could be. */
  agentId?: string | null;
}

export interface AgentShare {
  agentId: string;
  messages: number;
  firstPosition: number;
}

/** Question keys that ask for satisfaction itself, in order of preference; other questions (effort, resolution) are not CSAT. */
export const CSAT_QUESTION_KEYS: readonly string[] = ['csat', 'satisfaction_rating'];
export const UNDETERMINED_LANGUAGE = 'und';

type Json = Record<string, unknown>;

function objectAt(value: unknown, key: string): Json | null {
  const child = value !== null && typeof value === 'object' ? (value as Json)[key] : undefined;
  return child !== null && typeof child === 'object' ? (child as Json) : null;
}

function numberAt(value: Json | null, key: string): number | null {
  const child = value?.[key];
  return typeof child === 'number' && Number.isFinite(child) ? child : null;
}

function booleanAt(value: Json | null, key: string): boolean | null {
  const child = value?.[key];
  return typeof child === 'boolean' ? child : null;
}

const flag = (value: boolean | null): number | null => (value === null ? null : value ? 1 : 0);

/**
 * The answer that stands for the conversation's CSAT: a satisfaction question if asked, else the earliest answer to a
 * question that is none of the other survey metrics (effort, resolution, recommend have metrics of their own).
 */
export function csatAnswerOf(answers: readonly SurveyAnswer[]): { csat: number; satisfied: boolean; agentId: string | null } | null {
  const candidates = answers.filter((answer) => {
    const metric = surveyMetricOf(answer.questionKey);
    return metric === null || metric === 'csat';
  });
  const valid = candidates.flatMap((answer) => {
    const scale = CSAT_SCALES.find((known) => known === answer.scale) as CsatScale | undefined;
    const csat = scale ? normaliseCsat(scale, answer.score) : null;
    const satisfied = scale ? isSatisfied(scale, answer.score) : null;
    return csat === null || satisfied === null ? [] : [{ answer, csat, satisfied }];
  });
  const preference = (key: string) => {
    const index = CSAT_QUESTION_KEYS.indexOf(key);
    return index < 0 ? CSAT_QUESTION_KEYS.length : index;
  };
  valid.sort(
    (a, b) =>
      preference(a.answer.questionKey) - preference(b.answer.questionKey) ||
      (a.answer.answeredAt < b.answer.answeredAt ? -1 : a.answer.answeredAt > b.answer.answeredAt ? 1 : 0) ||
      (a.answer.questionKey < b.answer.questionKey ? -1 : 1),
  );
  const chosen = valid[0];
  return chosen ? { csat: chosen.csat, satisfied: chosen.satisfied, agentId: chosen.answer.agentId ?? null } : null;
}

const scaleOf = (answer: SurveyAnswer): CsatScale | undefined => CSAT_SCALES.find((known) => known === answer.scale);

/** The earliest valid answer to one survey metric's questions. */
function answerTo(metric: SurveyMetric, answers: readonly SurveyAnswer[]): { answer: SurveyAnswer; scale: CsatScale } | null {
  const matching = answers
    .flatMap((answer) => {
      const scale = scaleOf(answer);
      return scale && surveyMetricOf(answer.questionKey) === metric && normaliseCsat(scale, answer.score) !== null ? [{ answer, scale }] : [];
    })
    .sort((a, b) => (a.answer.answeredAt < b.answer.answeredAt ? -1 : a.answer.answeredAt > b.answer.answeredAt ? 1 : 0));
  return matching[0] ?? null;
}

/**
 * The other survey questions, each on its own scale: ease (effort question) on 0–100, resolved as 0/1 (the same
 * top-box rule as satisfied), and the NPS-style value +100/0/−100 of a 0–10 recommend answer (other scales are not
 * NPS and are left out), whose mean is % promoters − % detractors.
 */
export function surveyMeasuresOf(answers: readonly SurveyAnswer[]): { effort: number | null; resolved: number | null; nps: number | null } {
  const effort = answerTo('effort', answers);
  const resolved = answerTo('resolved', answers);
  const recommend = answerTo('nps', answers.filter((answer) => answer.scale === '0-10'));
  const npsValue = (score: number) => (score >= 9 ? 100 : score >= 7 ? 0 : -100);
  return {
    effort: effort ? normaliseCsat(effort.scale, effort.answer.score) : null,
    resolved: resolved ? flag(isSatisfied(resolved.scale, resolved.answer.score)) : null,
    nps: recommend ? npsValue(recommend.answer.score) : null,
  };
}

/** The agent who wrote most agent messages; the one who wrote first on a tie. */
export function primaryAgentOf(shares: readonly AgentShare[]): string | null {
  const sorted = [...shares].sort((a, b) => b.messages - a.messages || a.firstPosition - b.firstPosition);
  return sorted[0]?.agentId ?? null;
}

/**
 * Whether a customer who wrote out of hours got the first answer within the channel's target on the wall clock.
 * Unanswered counts as not covered; without a known target (older callers) it is the SLA verdict as scored.
 */
function coveredOnWallClock(source: FactsSource, responsiveness: Json | null, withinSla: number | null): number | null {
  const target = source.firstResponseTargetSeconds;
  // A thread whose opening is not in the data has no first response to measure (as for the SLA figures).
  if (target === undefined || target === null || responsiveness === null || booleanAt(responsiveness, 'openingInData') === false) {
    return withinSla;
  }
  const wall = numberAt(responsiveness, 'firstResponseSeconds');
  return flag(wall !== null && wall <= target);
}

/**
 * Turns a stored conversation, its survey answers and its agents into the row every rollup sums. Signals the
 * scorer could not evaluate stay null (failed scoring; clarification and escalation in languages without
 * scoring resources), so they are left out of their rates instead of counting as "no".
 */
export function buildConversationFacts(
  source: FactsSource,
  answers: readonly SurveyAnswer[],
  agents: readonly AgentShare[],
): { facts: FactsRow; rules: RuleHitRow[] } {
  const scored = source.scoreStatus === 'scored' || source.scoreStatus === 'unsupported';
  const responsiveness = scored ? objectAt(source.details, 'responsiveness') : null;
  const comprehension = scored ? objectAt(source.details, 'comprehension') : null;
  const lexiconSignals = comprehension !== null && numberAt(comprehension, 'score') !== null;
  const withinSla = flag(booleanAt(responsiveness, 'withinSla'));
  const coveredInTime = coveredOnWallClock(source, responsiveness, withinSla);
  const afterHours = booleanAt(responsiveness, 'afterHours') === true ? 1 : 0;
  const weekend = booleanAt(responsiveness, 'weekend') === true ? 1 : 0;
  const mismatches = numberAt(comprehension, 'languageMismatch');
  const clarifications = numberAt(comprehension, 'clarificationRequests');
  const hourOfWeek = localHourOfWeek(source.createdAt, source.timeZone);
  const csat = csatAnswerOf(answers);
  const survey = surveyMeasuresOf(answers);
  const recontact = source.customerKnown ? booleanAt(comprehension, 'recontactWithin72h') : null;
  const facts: FactsRow = {
    conversation_id: source.id,
    vendor_id: source.vendorId,
    day: new Date(source.createdAt).toISOString().slice(0, 10),
    language: source.language ?? UNDETERMINED_LANGUAGE,
    channel: source.channel,
    queue: source.queue ?? '',
    site: source.site ?? '',
    hour_of_week: hourOfWeek,
    hour_band: hourBand(hourOfWeek),
    agent_id: primaryAgentOf(agents),
    score_status: source.scoreStatus,
    responsiveness: source.responsiveness,
    courtesy: source.courtesy,
    comprehension: source.comprehension,
    overall: source.overall,
    first_response_seconds: source.firstResponseSeconds,
    frt_bucket: source.firstResponseSeconds === null ? null : durationBucketIndex(Math.max(0, source.firstResponseSeconds)),
    within_sla: withinSla,
    after_hours: afterHours,
    weekend,
    sla_after_hours: afterHours === 1 ? coveredInTime : null,
    sla_weekend: weekend === 1 ? coveredInTime : null,
    language_mismatch: mismatches === null ? null : flag(mismatches > 0),
    clarification: lexiconSignals && clarifications !== null ? flag(clarifications > 0) : null,
    asks_other_agent: lexiconSignals ? flag(booleanAt(comprehension, 'asksForOtherAgent')) : null,
    csat: csat?.csat ?? null,
    csat_satisfied: csat ? flag(csat.satisfied) : null,
    csat_agent_id: csat?.agentId ?? null,
    recontact: flag(recontact),
    effort: survey.effort,
    resolved: survey.resolved,
    nps: survey.nps,
  };
  return { facts, rules: ruleHitsOf(source.id, scored ? source.details : null) };
}

function ruleHitsOf(conversationId: string, details: unknown): RuleHitRow[] {
  const evidence = details !== null && typeof details === 'object' ? (details as Json)['evidence'] : undefined;
  const counts = new Map<string, number>();
  for (const item of Array.isArray(evidence) ? evidence : []) {
    const rule = item !== null && typeof item === 'object' ? (item as Json)['rule'] : undefined;
    if (typeof rule === 'string' && rule.length > 0 && rule.length <= 80) {
      counts.set(rule, (counts.get(rule) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([rule, hits]) => ({ conversation_id: conversationId, rule, hits }));
}
