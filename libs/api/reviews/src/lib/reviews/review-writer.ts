import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock, DomainError, Principal } from '@rapport/api-core';
import { AuditService } from '@rapport/api-audit';
import type { Rating, ReviewComment, ReviewRevisionDto, RubricCriterion } from '@rapport/contracts';
import { Review, ReviewRevision } from '../entities/review.entity';
import { ratingProblems, scoreReview } from '../domain/review-total';

export function requireValidRatings(
  criteria: readonly RubricCriterion[],
  ratings: readonly Rating[],
  complete: boolean,
): void {
  const problems = ratingProblems(criteria, ratings, complete);
  if (problems.length > 0) {
    throw DomainError.invalid(
      problems.join('; '),
      problems.map((reason) => ({ line: 0, field: 'ratings', reason })),
    );
  }
}

/**
 * The one place a review's ratings change after submission: a new version with its total recomputed from the
 * rubric, a revision row (the edit history) and an audit entry, in the caller's transaction.
 */
@Injectable()
export class ReviewWriter {
  constructor(
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async revise(
    manager: EntityManager,
    review: Review,
    change: {
      ratings: Rating[];
      comments?: ReviewComment[];
      criteria: readonly RubricCriterion[];
      reason: ReviewRevisionDto['reason'];
    },
    actor: Principal | null,
    ip: string | null,
  ): Promise<Review> {
    requireValidRatings(change.criteria, change.ratings, true);
    const now = this.clock.now().toISOString();
    const score = scoreReview(change.criteria, change.ratings);
    const before = {
      version: Number(review.version),
      total: review.total === null ? null : Number(review.total),
    };
    const next: Review = {
      ...review,
      status: 'submitted',
      version: before.version + 1,
      ratings: change.ratings,
      comments: change.comments ?? review.comments,
      total: score.total,
      criticalFailed: score.criticalFailed,
      submittedAt: review.submittedAt ?? now,
      updatedAt: now,
    };
    await manager.getRepository(Review).save(next);
    await manager.getRepository(ReviewRevision).insert({
      reviewId: review.id,
      version: next.version,
      reason: change.reason,
      ratings: next.ratings,
      total: next.total,
      criticalFailed: next.criticalFailed,
      changedBy: actor?.id ?? 'system',
      changedAt: now,
    });
    await this.audit.record(
      {
        actor: actor ?? { kind: 'system', label: 'demo mode' },
        action: change.reason === 'submit' ? 'review.create' : 'review.update',
        target: { type: 'review', id: review.id },
        vendorId: review.vendorId,
        ip,
        details: {
          reason: change.reason,
          conversationId: review.conversationId,
          version: next.version,
          totalBefore: before.total,
          total: next.total,
          criticalFailed: next.criticalFailed,
        },
      },
      manager,
    );
    return next;
  }
}
