import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Clock, DomainError, Principal } from '@rapport/api-core';
import { ALL_VENDORS } from '@rapport/api-database';
import { ConversationDetailQuery } from '@rapport/api-analytics';
import type {
  ConversationDetailDto,
  ReviewDraftRequest,
  ReviewDto,
  ReviewTranscriptDto,
  ReviewWorkspaceDto,
} from '@rapport/contracts';
import { ReviewAssignment, ReviewQueue } from '../entities/review-queue.entity';
import { Review } from '../entities/review.entity';
import { RubricVersion } from '../entities/rubric.entity';
import { scoreReview } from '../domain/review-total';
import { toRubricDto } from '../rubrics/rubrics.service';
import { ReviewDirectory } from '../review-directory';
import { LEADS } from '../review-roles';
import { AssignmentsQuery } from '../queues/assignments.query';
import { ReviewNames, toReviewDto } from './review-mapping';
import { requireValidRatings, ReviewWriter } from './review-writer';

/**
 * The reviewer's side of one assignment: the transcript, the rubric and their review. Blind by default: the
 * automatic scores, signals and evidence are left out of the answer until this assignment's review is submitted.
 */
@Injectable()
export class ReviewWorkspaceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly details: ConversationDetailQuery,
    private readonly assignments: AssignmentsQuery,
    private readonly directory: ReviewDirectory,
    private readonly writer: ReviewWriter,
    private readonly clock: Clock,
  ) {}

  async workspace(assignmentId: string, principal: Principal): Promise<ReviewWorkspaceDto> {
    const { assignment, rubric, review } = await this.load(assignmentId, principal, false);
    const detail = await this.details.run(assignment.conversationId, ALL_VENDORS);
    if (!detail) {
      throw DomainError.notFound('Conversation');
    }
    const names = await this.names(rubric);
    const dto = await this.assignments.one(assignment.id, names.vendors);
    if (!dto) {
      throw DomainError.notFound('Assignment');
    }
    const blind = review?.status !== 'submitted';
    return {
      assignment: dto,
      rubric: toRubricDto(rubric),
      transcript: transcriptOf(detail),
      review: review ? toReviewDto(review, names, principal) : null,
      blind,
      automatic: blind
        ? null
        : {
            scores: detail.scores,
            scorerVersion: detail.scorerVersion,
            signals: detail.signals,
            evidence: detail.evidence,
          },
    };
  }

  /** Saves the draft; after submission the same call is an edit, which needs every criterion and adds a version. */
  async save(
    assignmentId: string,
    draft: ReviewDraftRequest,
    principal: Principal,
    ip: string | null,
  ): Promise<ReviewDto> {
    return this.dataSource.transaction(async (manager) => {
      const { assignment, rubric, review, queue } = await this.load(assignmentId, principal, true);
      if (review?.status === 'submitted') {
        const edited = await this.writer.revise(
          manager,
          review,
          {
            ratings: draft.ratings,
            comments: draft.comments,
            criteria: rubric.criteria,
            reason: 'edit',
          },
          principal,
          ip,
        );
        return toReviewDto(edited, await this.names(rubric), principal);
      }
      requireValidRatings(rubric.criteria, draft.ratings, false);
      const now = this.clock.now().toISOString();
      const score = scoreReview(rubric.criteria, draft.ratings);
      const saved: Review = {
        ...newReview(assignment, queue, rubric, review?.createdAt ?? now),
        id: review?.id ?? randomUUID(),
        ratings: draft.ratings,
        comments: draft.comments,
        total: score.total,
        criticalFailed: score.criticalFailed,
        updatedAt: now,
      };
      await manager.getRepository(Review).save(saved);
      return toReviewDto(saved, await this.names(rubric), principal);
    });
  }

  /** Submits with the ratings given (every criterion rated or N/A); after this the automatic scores are shown. */
  async submit(
    assignmentId: string,
    draft: ReviewDraftRequest,
    principal: Principal,
    ip: string | null,
  ): Promise<ReviewDto> {
    return this.dataSource.transaction(async (manager) => {
      const { assignment, rubric, review, queue } = await this.load(assignmentId, principal, true);
      if (review?.status === 'submitted') {
        throw new DomainError(409, 'already_submitted', 'This review is already submitted; save changes to edit it');
      }
      const now = this.clock.now().toISOString();
      const base: Review = review ?? newReview(assignment, queue, rubric, now);
      const submitted = await this.writer.revise(
        manager,
        base,
        {
          ratings: draft.ratings,
          comments: draft.comments,
          criteria: rubric.criteria,
          reason: 'submit',
        },
        principal,
        ip,
      );
      return toReviewDto(submitted, await this.names(rubric), principal);
    });
  }

  /**
   * The assignment with its queue, rubric version and review. Reviewers reach only their own assignments (others
   * are "not found"); leads and administrators may open any, but only the assigned reviewer writes.
   */
  private async load(assignmentId: string, principal: Principal, writing: boolean) {
    const assignment = await this.dataSource.getRepository(ReviewAssignment).findOneBy({ id: assignmentId });
    const own = assignment?.reviewerId === principal.id;
    if (!assignment || (!own && (writing || principal.kind === 'api-key' || !(LEADS as readonly string[]).includes(principal.role)))) {
      throw DomainError.notFound('Assignment');
    }
    const queue = await this.dataSource.getRepository(ReviewQueue).findOneByOrFail({ id: assignment.queueId });
    const rubric = await this.dataSource.getRepository(RubricVersion).findOneByOrFail({ id: queue.rubricVersionId });
    const review = await this.dataSource.getRepository(Review).findOneBy({ assignmentId });
    return { assignment, queue, rubric, review };
  }

  private async names(rubric: RubricVersion): Promise<ReviewNames> {
    return {
      vendors: await this.directory.vendorRefs(),
      people: await this.directory.people(),
      rubrics: new Map([[rubric.id, rubric]]),
    };
  }
}

/** The conversation without anything the automatic scorer produced: what a blind reviewer may read. */
export function transcriptOf(detail: ConversationDetailDto): ReviewTranscriptDto {
  return {
    id: detail.id,
    vendor: detail.vendor,
    channel: detail.channel,
    language: detail.language,
    createdAt: detail.createdAt,
    closedAt: detail.closedAt,
    messages: detail.messages,
    surveys: detail.surveys,
  };
}

/** An empty draft of the assignment's reviewer on the given rubric version. */
function newReview(assignment: ReviewAssignment, queue: ReviewQueue, rubric: RubricVersion, now: string): Review {
  return {
    id: randomUUID(),
    assignmentId: assignment.id,
    conversationId: assignment.conversationId,
    vendorId: assignment.vendorId,
    language: assignment.language,
    channel: assignment.channel,
    kind: queue.kind,
    rubricVersionId: rubric.id,
    reviewerId: assignment.reviewerId,
    status: 'draft',
    version: 0,
    ratings: [],
    comments: [],
    total: null,
    criticalFailed: false,
    submittedAt: null,
    createdAt: now,
    updatedAt: now,
  };
}
