import { z } from 'zod';
import type {
  ConversationEvidenceDto,
  ConversationMessageDto,
  ConversationScoresDto,
  ConversationSignalsDto,
  ConversationSurveyDto,
} from '../analytics/conversations';
import type { VendorRef } from '../analytics/responses';
import type { Channel } from '../vocabulary';
import type { CoachingNoteDto, DisputeDto } from './disputes';
import type { AssignmentDto } from './queues';
import type { ReviewStatus, RubricCriterion, RubricDto } from './rubrics';
import { key, text } from './fields';

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
