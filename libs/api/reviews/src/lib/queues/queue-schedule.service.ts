import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock, DomainError, Principal } from '@rapport/api-core';
import { AuditService } from '@rapport/api-audit';
import type { QueueDto, QueueScheduleRequest } from '@rapport/contracts';
import { ReviewQueue } from '../entities/review-queue.entity';
import { nextRefillAfter } from '../domain/refill-schedule';
import { QueuesService } from './queues.service';

/**
 * Changes a sampling queue's refill schedule after its creation. A new schedule counts from the change: the next
 * refill is one period after it (a queue switched from weekly to daily is not refilled at once for the days
 * missed). Removing the schedule leaves refills on request only. Audited as `review.queue_schedule`.
 */
@Injectable()
export class QueueScheduleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: QueuesService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async change(queueId: string, request: QueueScheduleRequest, actor: Principal, ip: string | null): Promise<QueueDto> {
    const queue = await this.queues.requireQueue(queueId);
    if (queue.kind !== 'sampling') {
      throw new DomainError(409, 'not_a_sampling_queue', 'Calibration sessions are not refilled');
    }
    const now = this.clock.now();
    const nextRefillAt = request.refill ? nextRefillAfter(now.toISOString(), request.refill, now) : null;
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(ReviewQueue).update({ id: queueId }, { refillSchedule: request.refill, nextRefillAt });
      await this.audit.record(
        {
          actor,
          action: 'review.queue_schedule',
          target: { type: 'review_queue', id: queueId },
          ip,
          details: { from: queue.refillSchedule ?? null, to: request.refill, nextRefillAt },
        },
        manager,
      );
    });
    return this.queues.get(queueId);
  }
}
