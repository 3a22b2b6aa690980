import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Clock, DomainError, Principal } from '@rapport/api-core';
import { AuditService } from '@rapport/api-audit';
import { ReviewCandidatesQuery } from '@rapport/api-analytics';
import type { AssignmentDto, CreateQueueRequest, QueueDto, RefillSchedule, SamplingRule } from '@rapport/contracts';
import { ReviewAssignment, ReviewQueue } from '../entities/review-queue.entity';
import { Review } from '../entities/review.entity';
import { RubricVersion } from '../entities/rubric.entity';
import { assignBalanced, SampledItem, selectSample } from '../domain/sampling';
import { nextRefillAfter } from '../domain/refill-schedule';
import { RubricsService } from '../rubrics/rubrics.service';
import { ReviewDirectory } from '../review-directory';
import { LanguageNeed } from './language-need';
import { AssignmentsQuery } from './assignments.query';

/** Most conversations one fill adds, whatever the rule asks: a reviewer team's month, not an unbounded write. */
export const MAX_ITEMS_PER_FILL = 2000;

export interface QueueDraft {
  name: string;
  kind: ReviewQueue['kind'];
  rubricVersionId: string;
  seed: number;
  from: string;
  to: string;
  vendorIds: string[];
  rule: SamplingRule | null;
  reviewerIds: string[];
  /** Sampling queues only; calibration sessions are never refilled. */
  refill?: RefillSchedule | null;
}

/** Review queues: created by leads, filled by a seeded sampling rule and shared out evenly among their reviewers. */
@Injectable()
export class QueuesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly candidates: ReviewCandidatesQuery,
    private readonly rubrics: RubricsService,
    private readonly directory: ReviewDirectory,
    private readonly assignments: AssignmentsQuery,
    private readonly languageNeed: LanguageNeed,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(request: CreateQueueRequest, actor: Principal, ip: string | null): Promise<QueueDto> {
    const reviewerIds = await this.directory.requireReviewers(request.reviewerIds);
    const rubric = await this.rubrics.currentVersion(this.dataSource.manager, request.rubricId);
    const draft: QueueDraft = {
      ...request,
      kind: 'sampling',
      rubricVersionId: rubric.id,
      reviewerIds,
    };
    const queue = await this.insertQueue(draft, actor, ip);
    await this.fill(queue);
    return this.get(queue.id);
  }

  /** Tops the queue up: adds what is missing to reach the rule's target for the period (new weeks, strata, arrivals). */
  async refill(queueId: string): Promise<QueueDto> {
    const queue = await this.requireQueue(queueId);
    if (queue.kind !== 'sampling') {
      throw new DomainError(409, 'not_a_sampling_queue', 'Calibration sessions are not refilled');
    }
    await this.fill(queue);
    return this.get(queueId);
  }

  async insertQueue(
    draft: QueueDraft,
    actor: Principal | null,
    ip: string | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ReviewQueue> {
    const now = this.clock.now();
    const refill = draft.kind === 'sampling' ? (draft.refill ?? null) : null;
    const queue: ReviewQueue = {
      id: randomUUID(),
      name: draft.name,
      kind: draft.kind,
      rubricVersionId: draft.rubricVersionId,
      seed: draft.seed,
      periodFrom: draft.from,
      periodTo: draft.to,
      vendorIds: draft.vendorIds,
      rule: draft.rule,
      reviewerIds: draft.reviewerIds,
      createdAt: now.toISOString(),
      createdBy: actor?.id ?? 'system',
      refillSchedule: refill,
      nextRefillAt: refill ? nextRefillAfter(now.toISOString(), refill, now) : null,
      refilledDue: null,
    };
    await manager.getRepository(ReviewQueue).insert(queue);
    await this.audit.record(
      {
        actor: actor ?? { kind: 'system', label: 'demo mode' },
        action: 'review.queue_create',
        target: { type: 'review_queue', id: queue.id },
        ip,
        details: {
          name: queue.name,
          kind: queue.kind,
          rule: queue.rule,
          seed: queue.seed,
          reviewers: queue.reviewerIds.length,
          refill: queue.refillSchedule,
        },
      },
      manager,
    );
    return queue;
  }

  /** Draws with the queue's rule and seed, leaves out what the queue holds, and assigns evenly. */
  async fill(queue: ReviewQueue): Promise<number> {
    const rule = queue.rule;
    if (!rule) {
      return 0;
    }
    const pool = await this.candidates.candidates({
      from: queue.periodFrom,
      to: queue.periodTo,
      vendorIds: queue.vendorIds,
      rule: rule.kind === 'rule-fired' ? rule.rule : undefined,
    });
    const held = await this.dataSource.getRepository(ReviewAssignment).find({
      where: { queueId: queue.id },
      select: { conversationId: true, reviewerId: true },
    });
    const need = rule.kind === 'adaptive' ? await this.languageNeed.byLanguage(rule.minReviews) : undefined;
    const picked = selectSample(pool, rule, {
      seed: Number(queue.seed),
      excluded: new Set(held.map((item) => item.conversationId)),
      languageNeed: need,
    }).slice(0, MAX_ITEMS_PER_FILL);
    const counts = new Map<string, number>();
    for (const item of held) {
      counts.set(item.reviewerId, (counts.get(item.reviewerId) ?? 0) + 1);
    }
    const reviewers = assignBalanced(picked.length, queue.reviewerIds, counts);
    await this.insertAssignments(
      queue,
      picked.map((item, index) => ({
        item,
        reviewerId: reviewers[index] as string,
      })),
    );
    return picked.length;
  }

  async insertAssignments(
    queue: ReviewQueue,
    items: Array<{ item: SampledItem; reviewerId: string }>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    const now = this.clock.now().toISOString();
    const rows: ReviewAssignment[] = items.map(({ item, reviewerId }) => ({
      id: randomUUID(),
      queueId: queue.id,
      conversationId: item.candidate.conversationId,
      vendorId: item.candidate.vendorId,
      language: item.candidate.language,
      channel: item.candidate.channel as ReviewAssignment['channel'],
      reason: item.reason.slice(0, 200),
      reviewerId,
      createdAt: now,
    }));
    for (let start = 0; start < rows.length; start += 200) {
      await manager.getRepository(ReviewAssignment).insert(rows.slice(start, start + 200));
    }
  }

  async list(): Promise<QueueDto[]> {
    const queues = await this.dataSource.getRepository(ReviewQueue).find({ order: { createdAt: 'DESC' }, take: 200 });
    return Promise.all(queues.map((queue) => this.toDto(queue)));
  }

  async get(queueId: string): Promise<QueueDto> {
    return this.toDto(await this.requireQueue(queueId));
  }

  async items(queueId: string): Promise<AssignmentDto[]> {
    await this.requireQueue(queueId);
    return this.assignments.list({ queueId }, await this.directory.vendorRefs());
  }

  /** The caller's own assignments, those still to review first. */
  async mine(principal: Principal): Promise<AssignmentDto[]> {
    const items = await this.assignments.list({ reviewerId: principal.id }, await this.directory.vendorRefs());
    return [
      ...items.filter((item) => item.reviewStatus !== 'submitted'),
      ...items.filter((item) => item.reviewStatus === 'submitted'),
    ];
  }

  async requireQueue(queueId: string): Promise<ReviewQueue> {
    const queue = await this.dataSource.getRepository(ReviewQueue).findOneBy({ id: queueId });
    if (!queue) {
      throw DomainError.notFound('Review queue');
    }
    return queue;
  }

  private async toDto(queue: ReviewQueue): Promise<QueueDto> {
    const version = await this.dataSource.getRepository(RubricVersion).findOneByOrFail({ id: queue.rubricVersionId });
    const items = await this.dataSource.getRepository(ReviewAssignment).countBy({ queueId: queue.id });
    const submitted = await this.dataSource
      .getRepository(Review)
      .createQueryBuilder('r')
      .innerJoin(ReviewAssignment, 'a', 'a.id = r.assignment_id')
      .where('a.queue_id = :queueId', { queueId: queue.id })
      .andWhere("r.status = 'submitted'")
      .getCount();
    return {
      id: queue.id,
      name: queue.name,
      kind: queue.kind,
      rubricId: version.rubricId,
      rubricVersion: Number(version.version),
      seed: Number(queue.seed),
      from: queue.periodFrom,
      to: queue.periodTo,
      rule: queue.rule,
      items,
      submitted,
      createdAt: queue.createdAt,
      refill: queue.refillSchedule ?? null,
      nextRefillAt: queue.nextRefillAt ?? null,
    };
  }
}
