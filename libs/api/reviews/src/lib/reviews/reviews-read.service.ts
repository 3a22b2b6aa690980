import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { DomainError, Principal } from '@rapport/api-core';
import { whereVendorScope } from '@rapport/api-database';
import type { ReviewDetailDto, ReviewDto, ReviewListQuery } from '@rapport/contracts';
import { Review, ReviewRevision } from '../entities/review.entity';
import { RubricVersion } from '../entities/rubric.entity';
import { CoachingNote, ReviewDispute } from '../entities/dispute.entity';
import { ReviewDirectory } from '../review-directory';
import { ReviewNames, toReviewDto, toRevisionDto } from './review-mapping';
import { toCoachingDto, toDisputeDto } from '../disputes/dispute-mapping';
import { whereNotBlinded } from './review-blindness';

/**
 * Submitted reviews as the client and partners read them: partners only their own vendor's (filtered in SQL, so
 * another vendor's review is "not found") and never who reviewed. Drafts are read in the reviewer's workspace.
 * Reviewers do not read each other's grades of what they still have to grade, nor of an open calibration session.
 */
@Injectable()
export class ReviewsReadService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: ReviewDirectory,
  ) {}

  async list(query: ReviewListQuery, principal: Principal): Promise<ReviewDto[]> {
    const builder = this.dataSource
      .getRepository(Review)
      .createQueryBuilder('r')
      .where("r.status = 'submitted'")
      .orderBy('r.submittedAt', 'DESC')
      .addOrderBy('r.id')
      .limit(query.limit);
    whereVendorScope(builder, principal, 'r.vendor_id');
    whereNotBlinded(builder, principal, 'r');
    if (query.vendorId) {
      builder.andWhere('r.vendor_id = :vendorId', { vendorId: query.vendorId });
    }
    if (query.conversationId) {
      builder.andWhere('r.conversation_id = :conversationId', {
        conversationId: query.conversationId,
      });
    }
    if (query.language) {
      builder.andWhere('r.language = :language', { language: query.language });
    }
    const reviews = await builder.getMany();
    const names = await this.names(reviews);
    return reviews.map((review) => toReviewDto(review, names, principal));
  }

  async detail(reviewId: string, principal: Principal): Promise<ReviewDetailDto> {
    const review = await this.requireSubmitted(reviewId, principal);
    const names = await this.names([review]);
    const history = await this.dataSource
      .getRepository(ReviewRevision)
      .find({ where: { reviewId }, order: { version: 'ASC' } });
    const disputes = await this.dataSource
      .getRepository(ReviewDispute)
      .find({ where: { reviewId }, order: { openedAt: 'ASC' } });
    const coaching = await this.dataSource
      .getRepository(CoachingNote)
      .find({ where: { reviewId }, order: { createdAt: 'ASC' } });
    return {
      ...toReviewDto(review, names, principal),
      criteria: names.rubrics.get(review.rubricVersionId)?.criteria ?? [],
      history: history.map((revision) => toRevisionDto(revision, names, principal)),
      disputes: disputes.map((dispute) => toDisputeDto(dispute, names.vendors)),
      coaching: coaching.map((note) => toCoachingDto(note, names.vendors)),
    };
  }

  /** A submitted review within the caller's vendor scope and not blinded for them (`whereNotBlinded`), or "not found". */
  async requireSubmitted(reviewId: string, principal: Pick<Principal, 'vendorScope' | 'kind' | 'id'>): Promise<Review> {
    const builder = this.dataSource
      .getRepository(Review)
      .createQueryBuilder('r')
      .where('r.id = :reviewId', { reviewId })
      .andWhere("r.status = 'submitted'");
    const review = await whereNotBlinded(whereVendorScope(builder, principal, 'r.vendor_id'), principal, 'r').getOne();
    if (!review) {
      throw DomainError.notFound('Review');
    }
    return review;
  }

  async names(reviews: readonly Review[]): Promise<ReviewNames> {
    const versionIds = [...new Set(reviews.map((review) => review.rubricVersionId))];
    const versions =
      versionIds.length > 0 ? await this.dataSource.getRepository(RubricVersion).findBy({ id: In(versionIds) }) : [];
    return {
      vendors: await this.directory.vendorRefs(),
      people: await this.directory.people(),
      rubrics: new Map(versions.map((version) => [version.id, version])),
    };
  }
}
