import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, Principal } from '@rapport/api-core';
import { ReviewCandidatesQuery } from '@rapport/api-analytics';
import type { CreateCalibrationRequest, QueueDto } from '@rapport/contracts';
import { QueuesService } from '../queues/queues.service';
import { RubricsService } from '../rubrics/rubrics.service';
import { ReviewDirectory } from '../review-directory';

/**
 * Calibration sessions: every named reviewer grades every named conversation, blind, with one rubric version.
 * Stored as a queue of kind `calibration`, so the review form and "my queue" work unchanged.
 */
@Injectable()
export class CalibrationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly candidates: ReviewCandidatesQuery,
    private readonly queues: QueuesService,
    private readonly rubrics: RubricsService,
    private readonly directory: ReviewDirectory,
  ) {}

  async create(request: CreateCalibrationRequest, actor: Principal, ip: string | null): Promise<QueueDto> {
    const reviewerIds = await this.directory.requireReviewers(request.reviewerIds);
    if (reviewerIds.length < 2) {
      throw DomainError.invalid('a calibration session needs at least two different reviewers');
    }
    const conversationIds = [...new Set(request.conversationIds)];
    const found = await this.candidates.byIds(conversationIds);
    const missing = conversationIds.filter((id) => !found.some((candidate) => candidate.conversationId === id));
    if (missing.length > 0) {
      throw DomainError.invalid(`not scored conversations: ${missing.join(', ')}`);
    }
    const rubric = await this.rubrics.currentVersion(this.dataSource.manager, request.rubricId);
    const days = found.map((candidate) => candidate.day).sort();
    const queueId = await this.dataSource.transaction(async (manager) => {
      const queue = await this.queues.insertQueue(
        {
          name: request.name,
          kind: 'calibration',
          rubricVersionId: rubric.id,
          seed: 0,
          from: days[0] as string,
          to: days[days.length - 1] as string,
          vendorIds: [],
          rule: null,
          reviewerIds,
        },
        actor,
        ip,
        manager,
      );
      const items = found.flatMap((candidate) =>
        reviewerIds.map((reviewerId) => ({
          item: { candidate, reason: 'calibration' },
          reviewerId,
        })),
      );
      await this.queues.insertAssignments(queue, items, manager);
      return queue.id;
    });
    return this.queues.get(queueId);
  }
}
