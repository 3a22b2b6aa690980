import type { Principal } from '@rapport/api-core';
import type { ReviewDto, ReviewRevisionDto, RubricCriterion, UserDto, VendorRef } from '@rapport/contracts';
import type { Review, ReviewRevision } from '../entities/review.entity';
import type { RubricVersion } from '../entities/rubric.entity';
import { scoreReview } from '../domain/review-total';
import { vendorRefOf } from '../review-directory';

/** Partner users never learn who reviewed: identities stay with the client. */
export function seesReviewers(principal: Principal): boolean {
  return principal.vendorScope === null;
}

export interface ReviewNames {
  vendors: ReadonlyMap<string, VendorRef>;
  people: ReadonlyMap<string, UserDto>;
  rubrics: ReadonlyMap<string, RubricVersion>;
}

export function toReviewDto(review: Review, names: ReviewNames, principal: Principal): ReviewDto {
  const rubric = names.rubrics.get(review.rubricVersionId);
  const criteria: RubricCriterion[] = rubric?.criteria ?? [];
  const reviewer = names.people.get(review.reviewerId);
  return {
    id: review.id,
    assignmentId: review.assignmentId,
    kind: review.kind,
    conversationId: review.conversationId,
    vendor: vendorRefOf(names.vendors, review.vendorId),
    language: review.language,
    channel: review.channel,
    rubricId: rubric?.rubricId ?? '',
    rubricVersionId: review.rubricVersionId,
    rubricVersion: Number(rubric?.version ?? 0),
    status: review.status,
    version: Number(review.version),
    ratings: review.ratings,
    comments: review.comments,
    total: review.total === null ? null : Number(review.total),
    criticalFailed: Boolean(review.criticalFailed),
    groups: scoreReview(criteria, review.ratings).groups,
    reviewer: seesReviewers(principal)
      ? {
          id: review.reviewerId,
          displayName: reviewer?.displayName ?? 'former user',
        }
      : null,
    submittedAt: review.submittedAt,
    updatedAt: review.updatedAt,
  };
}

export function toRevisionDto(revision: ReviewRevision, names: ReviewNames, principal: Principal): ReviewRevisionDto {
  return {
    version: Number(revision.version),
    reason: revision.reason,
    total: revision.total === null ? null : Number(revision.total),
    criticalFailed: Boolean(revision.criticalFailed),
    ratings: revision.ratings,
    at: revision.changedAt,
    by: seesReviewers(principal) ? (names.people.get(revision.changedBy)?.displayName ?? 'former user') : null,
  };
}
