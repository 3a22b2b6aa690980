import { z } from 'zod';
import type {
  ConversationMessageDto,
  ConversationSurveyDto,
  ConversationEvidenceDto,
  ConversationScoresDto,
  ConversationSignalsDto,
} from './analytics/conversations';
import type { VendorRef } from './analytics/responses';
import type { Channel } from './vocabulary';

/** The automatic scorer's dimensions; a rubric group with one of these names is compared with that automatic score. */
export const AUTOMATIC_DIMENSIONS = ['responsiveness', 'courtesy', 'comprehension'] as const;
export type AutomaticDimension = (typeof AUTOMATIC_DIMENSIONS)[number];

/** Rating scales of rubric criteria. `yes-no` is rated 1 (yes) or 0 (no). */
export const RUBRIC_SCALES = ['yes-no', '1-3', '1-5', '0-100'] as const;
export type RubricScale = (typeof RUBRIC_SCALES)[number];

export const REVIEW_STATUSES = ['draft', 'submitted'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const DISPUTE_STATUSES = ['open', 'accepted', 'rejected'] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];

const key = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lower-case letters, digits and dashes, at most 40');
const text = (max: number) => z.string().trim().min(1).max(max);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');

export const rubricCriterionSchema = z.object({
  key,
  label: text(200),
  /** An automatic dimension (`responsiveness`, `courtesy`, `comprehension`) or a custom group name. */
  group: key,
  weight: z.number().positive().max(100),
  scale: z.enum(RUBRIC_SCALES),
  allowNa: z.boolean().default(false),
  /** A critical criterion rated below the middle of its scale fails the whole review (total 0). */
  critical: z.boolean().default(false),
  description: z.string().trim().max(1000).default(''),
});
/** Written out (not `z.infer`) so the OpenAPI generator can read it; `reviews-types.spec.ts` keeps it equal to the schema. */
export interface RubricCriterion {
  key: string;
  label: string;
  group: string;
  weight: number;
  scale: RubricScale;
  allowNa: boolean;
  critical: boolean;
  description: string;
}

export const rubricInputSchema = z
  .object({
    name: text(200),
    description: z.string().trim().max(2000).default(''),
    criteria: z.array(rubricCriterionSchema).min(1).max(60),
  })
  .refine((rubric) => new Set(rubric.criteria.map((criterion) => criterion.key)).size === rubric.criteria.length, {
    message: 'criterion keys must be unique',
    path: ['criteria'],
  });
export type RubricInput = z.infer<typeof rubricInputSchema>;

export interface RubricDto {
  id: string;
  name: string;
  description: string;
  /** The id of this version: reviews keep the version they were made with. */
  versionId: string;
  version: number;
  criteria: RubricCriterion[];
  createdAt: string;
}

/** How a queue is filled from the conversations of its period. */
export const samplingRuleSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('random'),
    perVendorWeek: z.number().int().min(1).max(200),
  }),
  z.object({
    kind: z.literal('stratified'),
    perStratum: z.number().int().min(1).max(50),
  }),
  z.object({
    kind: z.literal('low-csat'),
    below: z.number().min(0).max(100),
    limit: z.number().int().min(1).max(1000),
  }),
  z.object({
    kind: z.literal('low-score'),
    below: z.number().min(0).max(100),
    limit: z.number().int().min(1).max(1000),
  }),
  z.object({
    kind: z.literal('rule-fired'),
    rule: z.string().trim().min(1).max(80),
    limit: z.number().int().min(1).max(1000),
  }),
  z.object({
    kind: z.literal('adaptive'),
    limit: z.number().int().min(1).max(1000),
    minReviews: z.number().int().min(1).max(1000).default(30),
  }),
]);
/** Written out (not `z.infer`) so the OpenAPI generator can read it; `reviews-types.spec.ts` keeps it equal to the schema. */
export type SamplingRule =
  | { kind: 'random'; perVendorWeek: number }
  | { kind: 'stratified'; perStratum: number }
  | { kind: 'low-csat'; below: number; limit: number }
  | { kind: 'low-score'; below: number; limit: number }
  | { kind: 'rule-fired'; rule: string; limit: number }
  | { kind: 'adaptive'; limit: number; minReviews: number };

/** How often a sampling queue is refilled by the schedule (conversations imported since, within its period). */
export const REFILL_SCHEDULES = ['daily', 'weekly'] as const;
export type RefillSchedule = (typeof REFILL_SCHEDULES)[number];

export const createQueueSchema = z
  .object({
    name: text(200),
    rubricId: z.uuid(),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1)
      .default(1),
    from: day,
    to: day,
    vendorIds: z.array(z.uuid()).max(50).default([]),
    rule: samplingRuleSchema,
    reviewerIds: z.array(z.uuid()).min(1).max(50),
    /** Refilled on this schedule from the queue's creation on; without it only on request. */
    refill: z.enum(REFILL_SCHEDULES).nullable().default(null),
  })
  .refine((queue) => queue.from <= queue.to, {
    message: 'from must not be after to',
    path: ['to'],
  })
  .refine((queue) => Date.parse(queue.to) - Date.parse(queue.from) <= 366 * 86_400_000, {
    message: 'at most 366 days',
    path: ['to'],
  });
export type CreateQueueRequest = z.infer<typeof createQueueSchema>;

/** `PUT /api/reviews/queues/:id/schedule`: a sampling queue's refill schedule, changed or removed (null). */
export const queueScheduleSchema = z.object({ refill: z.enum(REFILL_SCHEDULES).nullable() }).strict();
export type QueueScheduleRequest = z.infer<typeof queueScheduleSchema>;

export interface QueueDto {
  id: string;
  name: string;
  kind: 'sampling' | 'calibration';
  rubricId: string;
  rubricVersion: number;
  seed: number;
  from: string;
  to: string;
  rule: SamplingRule | null;
  items: number;
  submitted: number;
  createdAt: string;
  /** The refill schedule, null without one (refilled on request only). */
  refill?: RefillSchedule | null;
  /** When the schedule refills it next (UTC), null without a schedule. */
  nextRefillAt?: string | null;
}

/** A person a lead may put on a queue or calibration session: an active QA reviewer or lead. */
export interface ReviewerDto {
  id: string;
  displayName: string;
  role: 'qa-reviewer' | 'qa-lead';
}

export interface AssignmentDto {
  id: string;
  queueId: string;
  queueName: string;
  kind: 'sampling' | 'calibration';
  conversationId: string;
  vendor: VendorRef;
  language: string;
  channel: Channel;
  /** Which stratum or rule put the conversation in the queue, e.g. `vendor × en × chat`. */
  reason: string;
  reviewerId: string;
  reviewStatus: ReviewStatus | null;
}

/** One rating: null is N/A (allowed only where the criterion allows it). */
export const ratingSchema = z.object({
  criterion: key,
  value: z.number().min(0).max(100).nullable(),
});
export const reviewCommentSchema = z.object({
  messagePosition: z.number().int().min(0).max(100_000).nullable(),
  text: text(2000),
});
/** Written out (not `z.infer`) so the OpenAPI generator can read them; `reviews-types.spec.ts` keeps them equal. */
export interface Rating {
  criterion: string;
  value: number | null;
}
export interface ReviewComment {
  messagePosition: number | null;
  text: string;
}

export const reviewDraftSchema = z.object({
  ratings: z.array(ratingSchema).max(60).default([]),
  comments: z.array(reviewCommentSchema).max(50).default([]),
});
export type ReviewDraftRequest = z.infer<typeof reviewDraftSchema>;

export interface ReviewRevisionDto {
  version: number;
  reason: 'submit' | 'edit' | 'dispute';
  total: number | null;
  criticalFailed: boolean;
  ratings: Rating[];
  at: string;
  /** Null for partner users: reviewer identities stay with the client. */
  by: string | null;
}

export interface ReviewDto {
  id: string;
  assignmentId: string;
  kind: 'sampling' | 'calibration';
  conversationId: string;
  vendor: VendorRef;
  language: string;
  channel: Channel;
  rubricId: string;
  rubricVersionId: string;
  rubricVersion: number;
  status: ReviewStatus;
  version: number;
  ratings: Rating[];
  comments: ReviewComment[];
  /** 0–100 from the rubric's weights; 0 when a critical criterion failed; null until something is rated. */
  total: number | null;
  criticalFailed: boolean;
  /** 0–100 per rubric group (automatic dimensions and custom groups). */
  groups: Record<string, number | null>;
  /** Null for partner users. */
  reviewer: { id: string; displayName: string } | null;
  submittedAt: string | null;
  updatedAt: string;
}

export interface ReviewDetailDto extends ReviewDto {
  criteria: RubricCriterion[];
  history: ReviewRevisionDto[];
  disputes: DisputeDto[];
  coaching: CoachingNoteDto[];
}

/** The conversation as a reviewer sees it: no automatic scores, signals or evidence (those are in `automatic`). */
export interface ReviewTranscriptDto {
  id: string;
  vendor: VendorRef;
  channel: Channel;
  language: string | null;
  createdAt: string;
  closedAt: string | null;
  messages: ConversationMessageDto[];
  surveys: ConversationSurveyDto[];
}

export interface AutomaticScoresDto {
  scores: ConversationScoresDto;
  scorerVersion: string | null;
  signals: ConversationSignalsDto | null;
  evidence: ConversationEvidenceDto[];
}

/** `GET /api/reviews/assignments/:id`: what the review form needs. `automatic` is null while the review is blind. */
export interface ReviewWorkspaceDto {
  assignment: AssignmentDto;
  rubric: RubricDto;
  transcript: ReviewTranscriptDto;
  review: ReviewDto | null;
  blind: boolean;
  automatic: AutomaticScoresDto | null;
}

export const reviewListQuerySchema = z.object({
  vendorId: z.uuid().optional(),
  conversationId: z.uuid().optional(),
  language: z.string().min(2).max(10).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ReviewListQuery = z.infer<typeof reviewListQuerySchema>;

export const openDisputeSchema = z.object({ reason: text(4000) });
export type OpenDisputeRequest = z.infer<typeof openDisputeSchema>;

export const decideDisputeSchema = z.discriminatedUnion('decision', [
  z.object({
    decision: z.literal('accept'),
    reply: text(4000),
    ratings: z.array(ratingSchema).min(1).max(60),
  }),
  z.object({ decision: z.literal('reject'), reply: text(4000) }),
]);
export type DecideDisputeRequest = z.infer<typeof decideDisputeSchema>;

export interface DisputeDto {
  id: string;
  reviewId: string;
  conversationId: string;
  vendor: VendorRef;
  status: DisputeStatus;
  reason: string;
  reply: string | null;
  /** The review's total when the dispute was opened, and after an accepted one. */
  totalBefore: number | null;
  totalAfter: number | null;
  openedAt: string;
  decidedAt: string | null;
}

export const disputeListQuerySchema = z.object({
  status: z.enum(DISPUTE_STATUSES).optional(),
  vendorId: z.uuid().optional(),
});
export type DisputeListQuery = z.infer<typeof disputeListQuerySchema>;

export const coachingNoteSchema = z.object({
  text: text(4000),
  agentId: z.uuid().nullable().default(null),
});
export type CoachingNoteRequest = z.infer<typeof coachingNoteSchema>;

export interface CoachingNoteDto {
  id: string;
  reviewId: string;
  vendor: VendorRef;
  agentId: string | null;
  text: string;
  createdAt: string;
  acknowledgedAt: string | null;
}

export const createCalibrationSchema = z.object({
  name: text(200),
  rubricId: z.uuid(),
  conversationIds: z.array(z.uuid()).min(1).max(50),
  reviewerIds: z.array(z.uuid()).min(2).max(20),
});
export type CreateCalibrationRequest = z.infer<typeof createCalibrationSchema>;

export const reviewPeriodQuerySchema = z.object({
  from: day.optional(),
  to: day.optional(),
  /**
   * What `from` and `to` bound: the day the review was submitted (default), or the day of the reviewed
   * conversation (as the scorecard's months count conversations), so the reviewed score sits beside the automatic
   * overall of the same conversations' period.
   */
  periodOf: z.enum(['submission', 'conversation']).default('submission'),
  vendorId: z.uuid().optional(),
  minReviews: z.coerce.number().int().min(2).max(1000).default(20),
});
export type ReviewPeriodQuery = z.infer<typeof reviewPeriodQuerySchema>;

/** Each vendor's reviewed QA score: the mean total of its submitted reviews, with a t interval. */
export interface ReviewedScoreDto {
  vendor: VendorRef;
  /** `insufficient` below the minimum number of reviews: no mean or interval then. */
  status: 'ok' | 'insufficient';
  n: number;
  mean: number | null;
  lower: number | null;
  upper: number | null;
}

export const reviewsSettingsDefaults = { disputeWindowDays: 14 } as const;

export const agreementQuerySchema = z.object({
  from: day.optional(),
  to: day.optional(),
  vendorId: z.uuid().optional(),
  minReviews: z.coerce.number().int().min(4).max(1000).default(20),
});
export type AgreementQuery = z.infer<typeof agreementQuerySchema>;

/** Automatic score against human grades of one dimension (or `overall`: the review total) in one language. */
export interface AgreementCellDto {
  dimension: AutomaticDimension | 'overall';
  language: string;
  /** Null: every vendor together. */
  vendor: VendorRef | null;
  /** Reviews with both a human grade and an automatic score of this dimension. */
  n: number;
  /** `insufficient` below the minimum n: "not enough reviews", and no statistics. */
  status: 'ok' | 'insufficient';
  spearman: { rho: number | null; low: number | null; high: number | null } | null;
  /** Quadratic weighted kappa after putting both 0–100 scores in five bands (0–19, 20–39, …, 80–100). */
  kappa: { kappa: number | null; low: number | null; high: number | null } | null;
  /** Mean of human − automatic, in points on 0–100: the automatic score's bias. */
  bias: { mean: number | null; low: number | null; high: number | null } | null;
  /** Agreement too weak to trust the automatic score here (see `AGREEMENT_WEAK_BELOW`). */
  weak: boolean;
}

export interface AgreementDto {
  minReviews: number;
  cells: AgreementCellDto[];
  /** Languages whose overall agreement (all vendors) is weak: "automatic scores weakly confirmed in this language". */
  weakLanguages: string[];
}

/** A cell is weak when Spearman's rho or the weighted kappa is below this. */
export const AGREEMENT_WEAK_BELOW = 0.4;

export interface CalibrationAlphaDto {
  /** A criterion key, or `total` for the review totals. */
  criterion: string;
  /** Null: every language of the session together. */
  language: string | null;
  level: 'nominal' | 'ordinal' | 'interval';
  alpha: number | null;
  low: number | null;
  high: number | null;
  /** Conversations graded by at least two reviewers. */
  units: number;
}

export interface CalibrationReportDto {
  queueId: string;
  name: string;
  reviewers: Array<{
    id: string;
    displayName: string;
    submitted: number;
    meanDeviation: number | null;
    meanAbsoluteDeviation: number | null;
  }>;
  alphas: CalibrationAlphaDto[];
  /** Conversations whose totals were furthest apart, most first. */
  mostDisagreed: Array<{ conversationId: string; language: string; spread: number }>;
}
