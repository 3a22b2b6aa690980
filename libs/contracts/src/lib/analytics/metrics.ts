/**
 * The metrics every analytics endpoint speaks of. One list, so the API, the reports and the dashboard use the
 * same names, units and directions.
 */
export const ANALYTICS_METRICS = [
  'csat',
  'satisfied',
  'responseRate',
  'responsiveness',
  'firstResponseMedian',
  'firstResponseP90',
  'withinSla',
  'afterHoursCoverage',
  'weekendCoverage',
  'courtesy',
  'comprehension',
  'overall',
  'languageMismatch',
  'clarificationRequests',
  'asksOtherAgent',
  'recontact',
  'effort',
  'resolved',
  'nps',
] as const;
export type AnalyticsMetric = (typeof ANALYTICS_METRICS)[number];

/** mean: t interval; proportion: Wilson interval; quantile: order-statistic interval from a duration histogram. */
export type MetricKind = 'mean' | 'proportion' | 'quantile';
export type MetricDirection = 'higher-is-better' | 'lower-is-better';
/** score: 0–100; proportion: 0–1; seconds: a duration. */
export type MetricUnit = 'score' | 'proportion' | 'seconds';

export interface MetricInfo {
  label: string;
  kind: MetricKind;
  unit: MetricUnit;
  direction: MetricDirection;
  /** What one observation is and what n counts. */
  definition: string;
}

export const METRIC_INFO: Readonly<Record<AnalyticsMetric, MetricInfo>> = {
  csat: {
    label: 'CSAT',
    kind: 'mean',
    unit: 'score',
    direction: 'higher-is-better',
    definition:
      'Survey answers on a common 0–100 scale (lowest answer 0, highest 100), one value per surveyed conversation; n = surveyed conversations',
  },
  satisfied: {
    label: '% satisfied',
    kind: 'proportion',
    unit: 'proportion',
    direction: 'higher-is-better',
    definition:
      'Surveyed conversations whose answer is 75 or more on the 0–100 scale (top-2-box on 5 and 7 points, top-3-box on 10 and 11 points, thumbs up)',
  },
  responseRate: {
    label: 'Survey response rate',
    kind: 'proportion',
    unit: 'proportion',
    direction: 'higher-is-better',
    definition: 'Conversations with a survey answer out of all conversations',
  },
  responsiveness: {
    label: 'Responsiveness',
    kind: 'mean',
    unit: 'score',
    direction: 'higher-is-better',
    definition: 'Responsiveness score 0–100 against the channel target; n = conversations in which the customer wrote',
  },
  firstResponseMedian: {
    label: 'First response (median)',
    kind: 'quantile',
    unit: 'seconds',
    direction: 'lower-is-better',
    definition:
      'Median time to the first agent reply, read from a log-bucket histogram (error under 19%); n = answered conversations',
  },
  firstResponseP90: {
    label: 'First response (9 in 10 within)',
    kind: 'quantile',
    unit: 'seconds',
    direction: 'lower-is-better',
    definition: '90th percentile of the time to the first agent reply; n = answered conversations',
  },
  withinSla: {
    label: '% within SLA',
    kind: 'proportion',
    unit: 'proportion',
    direction: 'higher-is-better',
    definition:
      "Conversations whose first response met the channel's target (wall clock for live channels, business time for email)",
  },
  afterHoursCoverage: {
    label: 'After-hours coverage',
    kind: 'proportion',
    unit: 'proportion',
    direction: 'higher-is-better',
    definition:
      "Conversations in which the customer wrote outside the vendor's business hours and got a first answer within the channel's target on the wall clock (a next-morning answer is not coverage)",
  },
  weekendCoverage: {
    label: 'Weekend coverage',
    kind: 'proportion',
    unit: 'proportion',
    direction: 'higher-is-better',
    definition:
      'Conversations in which the customer wrote at the weekend (vendor local time) and got a first answer within the channel\'s target on the wall clock',
  },
  courtesy: {
    label: 'Courtesy',
    kind: 'mean',
    unit: 'score',
    direction: 'higher-is-better',
    definition: 'Courtesy score 0–100; n = conversations in a language with scoring resources in which the agent wrote',
  },
  comprehension: {
    label: 'Comprehension',
    kind: 'mean',
    unit: 'score',
    direction: 'higher-is-better',
    definition: 'Comprehension score 0–100; n = conversations in a language with scoring resources',
  },
  overall: {
    label: 'Overall',
    kind: 'mean',
    unit: 'score',
    direction: 'higher-is-better',
    definition: 'Weighted mean of responsiveness, courtesy and comprehension, 0–100',
  },
  languageMismatch: {
    label: 'Language mismatch rate',
    kind: 'proportion',
    unit: 'proportion',
    direction: 'lower-is-better',
    definition: "Conversations with at least one agent message in another language than the customer's",
  },
  clarificationRequests: {
    label: 'Clarification-request rate',
    kind: 'proportion',
    unit: 'proportion',
    direction: 'lower-is-better',
    definition:
      'Conversations in which the customer asked what the agent meant at least once (languages with scoring resources)',
  },
  asksOtherAgent: {
    label: 'Asks-for-another-agent rate',
    kind: 'proportion',
    unit: 'proportion',
    direction: 'lower-is-better',
    definition:
      'Conversations in which the customer asked for another agent, a supervisor or a native speaker (languages with scoring resources)',
  },
  recontact: {
    label: '72-hour recontact rate',
    kind: 'proportion',
    unit: 'proportion',
    direction: 'lower-is-better',
    definition:
      'Conversations opened by a customer who had already contacted the same vendor in the 72 hours before; n = conversations with a customer id',
  },
  effort: {
    label: 'Ease (customer effort)',
    kind: 'mean',
    unit: 'score',
    direction: 'higher-is-better',
    definition:
      'Answers to the effort question ("how easy was it?") on a common 0–100 scale (hardest answer 0, easiest 100); n = conversations with an effort answer',
  },
  resolved: {
    label: '% resolved (customer says)',
    kind: 'proportion',
    unit: 'proportion',
    direction: 'higher-is-better',
    definition:
      'Conversations whose resolution answer says the issue was solved (thumbs up, or the top answers as for % satisfied); n = conversations with a resolution answer',
  },
  nps: {
    label: 'NPS-style score',
    kind: 'mean',
    unit: 'score',
    direction: 'higher-is-better',
    definition:
      'Answers to the recommend question on 0–10: promoters (9–10) count +100, passives (7–8) 0, detractors (0–6) −100; the mean is % promoters − % detractors, from −100 to 100; n = conversations with an answer',
  },
};

/** Metrics of the post-conversation survey, one per question; the scorecard and comparison can be narrowed to any. */
export const SURVEY_METRICS = ['csat', 'effort', 'resolved', 'nps'] as const satisfies readonly AnalyticsMetric[];
export type SurveyMetric = (typeof SURVEY_METRICS)[number];

/**
 * Which survey question keys feed which metric (keys compared ignoring case). CSAT also takes the earliest answer of a
 * conversation whose questions are none of these, as before several questions were told apart.
 */
export const SURVEY_QUESTION_KEYS: Readonly<Record<SurveyMetric, readonly string[]>> = {
  csat: ['csat', 'satisfaction_rating', 'satisfaction'],
  effort: ['effort', 'ces', 'customer_effort', 'ease'],
  resolved: ['resolution', 'resolved', 'fcr', 'issue_resolved'],
  nps: ['nps', 'recommend', 'likelihood_to_recommend'],
};

/** The survey metric a question key feeds; null for a key of no known question (CSAT may still take it, see above). */
export function surveyMetricOf(questionKey: string): SurveyMetric | null {
  const key = questionKey.trim().toLowerCase();
  return SURVEY_METRICS.find((metric) => SURVEY_QUESTION_KEYS[metric].includes(key)) ?? null;
}

/** Metrics the gap analysis standardises (means and proportions; quantiles do not standardise linearly). */
export const GAP_METRICS = [
  'overall',
  'courtesy',
  'comprehension',
  'responsiveness',
  'withinSla',
  'csat',
  'satisfied',
  'languageMismatch',
  'clarificationRequests',
  'asksOtherAgent',
] as const satisfies readonly AnalyticsMetric[];
export type GapMetric = (typeof GAP_METRICS)[number];

/** Metrics agents can be ranked on; proportions are shrunk as 0/1 values. */
export const AGENT_METRICS = [
  'overall',
  'courtesy',
  'comprehension',
  'responsiveness',
  'csat',
  'satisfied',
  'withinSla',
  'languageMismatch',
] as const satisfies readonly AnalyticsMetric[];
export type AgentMetric = (typeof AGENT_METRICS)[number];

/** Quality dimensions whose link to CSAT the drivers analysis measures. */
export const DRIVER_DIMENSIONS = [
  'responsiveness',
  'courtesy',
  'comprehension',
] as const satisfies readonly AnalyticsMetric[];
export type DriverDimension = (typeof DRIVER_DIMENSIONS)[number];
