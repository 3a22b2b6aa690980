/**
 * One conversation as analytics sees it: its case-mix keys and every per-conversation value a rollup sums.
 * Field names are the `conversation_facts` column names. Flags are 0/1 integers (null: not evaluated) so that
 * SUM() works on SQLite and PostgreSQL alike.
 */
export interface FactsRow {
  conversation_id: string;
  vendor_id: string;
  /** UTC calendar day of `created_at`, YYYY-MM-DD. */
  day: string;
  /** Customer language; 'und' when it could not be told. */
  language: string;
  channel: string;
  /** '' when the conversation has no queue or site. */
  queue: string;
  site: string;
  /** 0–167 from Monday 00:00 in the vendor's time zone. */
  hour_of_week: number;
  hour_band: string;
  /** The agent who wrote most of the agent messages (the earliest on a tie). */
  agent_id: string | null;
  score_status: string;
  responsiveness: number | null;
  courtesy: number | null;
  comprehension: number | null;
  overall: number | null;
  first_response_seconds: number | null;
  /** Bucket of `first_response_seconds` in the analytics duration histogram. */
  frt_bucket: number | null;
  within_sla: number | null;
  /** The customer wrote outside the vendor's business hours / at the weekend. */
  after_hours: number;
  weekend: number;
  /** `within_sla` of after-hours (weekend) conversations only: the coverage numerators. */
  sla_after_hours: number | null;
  sla_weekend: number | null;
  language_mismatch: number | null;
  clarification: number | null;
  asks_other_agent: number | null;
  /** The conversation's CSAT answer on the 0–100 scale. */
  csat: number | null;
  csat_satisfied: number | null;
  /** The agent the CSAT answer is credited to (`csat_surveys.agent_id` of that answer); null without CSAT. */
  csat_agent_id: string | null;
  /** 1: the customer had contacted the same vendor in the 72 hours before; null without a customer id or a score. */
  recontact: number | null;
  /** Other survey questions: ease 0–100, resolved 0/1, NPS-style +100/0/−100 (see `surveyMeasuresOf`). */
  effort: number | null;
  resolved: number | null;
  nps: number | null;
}

export type FactColumn = keyof FactsRow;

/** Column order of `conversation_facts` inserts. */
export const FACT_COLUMNS: readonly FactColumn[] = [
  'conversation_id', 'vendor_id', 'day', 'language', 'channel', 'queue', 'site', 'hour_of_week', 'hour_band', 'agent_id',
  'score_status', 'responsiveness', 'courtesy', 'comprehension', 'overall', 'first_response_seconds', 'frt_bucket',
  'within_sla', 'after_hours', 'weekend', 'sla_after_hours', 'sla_weekend', 'language_mismatch', 'clarification',
  'asks_other_agent', 'csat', 'csat_satisfied', 'csat_agent_id', 'recontact', 'effort', 'resolved', 'nps',
];

/** A rule that fired in a conversation's evidence, and how many times. */
export interface RuleHitRow {
  conversation_id: string;
  rule: string;
  hits: number;
}
