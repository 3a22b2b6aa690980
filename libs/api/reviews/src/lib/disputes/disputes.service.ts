import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, Clock, DomainError, Principal } from '@rapport/api-core';
import { whereVendorScope } from '@rapport/api-database';
import { AuditService } from '@rapport/api-audit';
import type { DecideDisputeRequest, DisputeDto, DisputeListQuery, OpenDisputeRequest } from '@rapport/contracts';
import { ReviewDispute } from '../entities/dispute.entity';
import { Review } from '../entities/review.entity';
import { RubricVersion } from '../entities/rubric.entity';
import { ReviewDirectory } from '../review-directory';
import { ReviewsReadService } from '../reviews/reviews-read.service';
import { ReviewWriter } from '../reviews/review-writer';
import { toDisputeDto } from './dispute-mapping';

const DAY_MS = 86_400_000;

/**
 * A partner disputes a submitted review of its vendor within the configured window (REVIEW_DISPUTE_DAYS after
 * submission), one open dispute per review; a lead accepts it, which adds a version of the review with the
 * adjusted ratings, or rejects it with a reply. Every step is audited in the transaction that makes it.
 */
@Injectable()
export class DisputesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reviews: ReviewsReadService,
    private readonly writer: ReviewWriter,
    private readonly directory: ReviewDirectory,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async open(
    reviewId: string,
    request: OpenDisputeRequest,
    principal: Principal,
    ip: string | null,
  ): Promise<DisputeDto> {
    const review = await this.reviews.requireSubmitted(reviewId, principal);
    const now = this.clock.now();
    const closes = Date.parse(review.submittedAt ?? '') + this.config.reviewDisputeDays * DAY_MS;
    if (!(now.getTime() <= closes)) {
      throw new DomainError(
        409,
        'dispute_window_closed',
        `Reviews may be disputed for ${this.config.reviewDisputeDays} days after submission`,
      );
    }
    const dispute = await this.dataSource.transaction(async (manager) => {
      if (await manager.getRepository(ReviewDispute).existsBy({ reviewId, status: 'open' })) {
        throw new DomainError(409, 'dispute_open', 'This review already has an open dispute');
      }
      const row: ReviewDispute = {
        id: randomUUID(),
        reviewId,
        vendorId: review.vendorId,
        conversationId: review.conversationId,
        status: 'open',
        reason: request.reason,
        reply: null,
        totalBefore: review.total,
        totalAfter: null,
        openedBy: principal.id,
        openedAt: now.toISOString(),
        decidedBy: null,
        decidedAt: null,
      };
      await manager.getRepository(ReviewDispute).insert(row);
      await this.audit.record(
        {
          actor: principal,
          action: 'dispute.open',
          target: { type: 'review_dispute', id: row.id },
          vendorId: review.vendorId,
          ip,
          details: { reviewId, reason: request.reason },
        },
        manager,
      );
      return row;
    });
    return toDisputeDto(dispute, await this.directory.vendorRefs());
  }

  async list(query: DisputeListQuery, principal: Principal): Promise<DisputeDto[]> {
    const builder = this.dataSource
      .getRepository(ReviewDispute)
      .createQueryBuilder('d')
      .orderBy('d.openedAt', 'DESC')
      .limit(500);
    whereVendorScope(builder, principal, 'd.vendor_id');
    if (query.status) {
      builder.andWhere('d.status = :status', { status: query.status });
    }
    if (query.vendorId) {
      builder.andWhere('d.vendor_id = :vendorId', { vendorId: query.vendorId });
    }
    const vendors = await this.directory.vendorRefs();
    return (await builder.getMany()).map((dispute) => toDisputeDto(dispute, vendors));
  }

  async decide(
    disputeId: string,
    request: DecideDisputeRequest,
    principal: Principal,
    ip: string | null,
  ): Promise<DisputeDto> {
    const decided = await this.dataSource.transaction(async (manager) => {
      const dispute = await manager.getRepository(ReviewDispute).findOneBy({ id: disputeId });
      if (!dispute) {
        throw DomainError.notFound('Dispute');
      }
      if (dispute.status !== 'open') {
        throw new DomainError(409, 'dispute_decided', 'This dispute is already decided');
      }
      let totalAfter: number | null = dispute.totalBefore;
      if (request.decision === 'accept') {
        const review = await manager.getRepository(Review).findOneByOrFail({ id: dispute.reviewId });
        const rubric = await manager.getRepository(RubricVersion).findOneByOrFail({ id: review.rubricVersionId });
        totalAfter = (
          await this.writer.revise(
            manager,
            review,
            {
              ratings: request.ratings,
              criteria: rubric.criteria,
              reason: 'dispute',
            },
            principal,
            ip,
          )
        ).total;
      }
      const next: ReviewDispute = {
        ...dispute,
        status: request.decision === 'accept' ? 'accepted' : 'rejected',
        reply: request.reply,
        totalAfter,
        decidedBy: principal.id,
        decidedAt: this.clock.now().toISOString(),
      };
      await manager.getRepository(ReviewDispute).save(next);
      await this.audit.record(
        {
          actor: principal,
          action: 'dispute.resolve',
          target: { type: 'review_dispute', id: dispute.id },
          vendorId: dispute.vendorId,
          ip,
          details: {
            reviewId: dispute.reviewId,
            decision: request.decision,
            reply: request.reply,
            totalBefore: dispute.totalBefore,
            totalAfter,
          },
        },
        manager,
      );
      return next;
    });
    return toDisputeDto(decided, await this.directory.vendorRefs());
  }
}
