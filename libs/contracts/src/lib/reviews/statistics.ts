import { z } from 'zod';
import type { VendorRef } from '../analytics/responses';
import type { AutomaticDimension } from './rubrics';
import { text, day } from './fields';

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
