import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, LessThanOrEqual, Not, IsNull } from 'typeorm';
import { AuditService } from '@rapport/api-audit';
import { ReviewQueue } from '../entities/review-queue.entity';
import { nextRefillAfter } from '../domain/refill-schedule';
import { QueuesService } from './queues.service';

/** Most queues one pass refills; the others are still due and go in the next pass. */
export const MAX_QUEUES_PER_PASS = 20;

export interface ScheduledRefill {
  queueId: string;
  /** The refill time that was due. */
  due: string;
  added: number;
}

/**
 * Refills the sampling queues whose schedule is due at `now`. The unit of work of the refill schedule, driven today
 * by the in-process `QueueRefillTimer`, later by a queue worker, with the same result: each queue's due refill is
 * claimed by moving `next_refill_at` on with a conditional update (only the pass that sees the old value wins), so
 * two passes at the same time, or a pass repeated, refill a queue once per due time. The fill itself never adds a
 * conversation the queue holds. Each refill is audited as `review.queue_refill` (actor: system).
 */
@Injectable()
export class QueueRefillScheduler {
  private readonly logger = new Logger('QueueRefillScheduler');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: QueuesService,
    private readonly audit: AuditService,
  ) {}

  async refillDue(now: Date): Promise<ScheduledRefill[]> {
    const due = await this.dataSource.getRepository(ReviewQueue).find({
      where: { kind: 'sampling', refillSchedule: Not(IsNull()), nextRefillAt: LessThanOrEqual(now.toISOString()) },
      order: { nextRefillAt: 'ASC', id: 'ASC' },
      take: MAX_QUEUES_PER_PASS,
    });
    const done: ScheduledRefill[] = [];
    for (const queue of due) {
      if (!queue.refillSchedule || !queue.nextRefillAt || !(await this.claim(queue, now))) {
        continue;
      }
      try {
        const added = await this.queues.fill(queue);
        await this.audit.record({
          actor: { kind: 'system', label: 'refill schedule' },
          action: 'review.queue_refill',
          target: { type: 'review_queue', id: queue.id },
          ip: null,
          details: { schedule: queue.refillSchedule, due: queue.nextRefillAt, added },
        });
        done.push({ queueId: queue.id, due: queue.nextRefillAt, added });
      } catch (error) {
        // The claim stands: the queue is tried again at its next refill time, not in a loop.
        this.logger.error(`scheduled refill of queue ${queue.id} failed: ${(error as Error).message}`);
      }
    }
    return done;
  }

  /** Moves the queue's next refill on, if no other pass has done so since it was read; true when this pass did. */
  private async claim(queue: ReviewQueue, now: Date): Promise<boolean> {
    const due = queue.nextRefillAt as string;
    const result = await this.dataSource
      .createQueryBuilder()
      .update(ReviewQueue)
      .set({
        nextRefillAt: nextRefillAfter(due, queue.refillSchedule as NonNullable<ReviewQueue['refillSchedule']>, now),
      })
      .where('id = :id AND next_refill_at = :due', { id: queue.id, due })
      .execute();
    return result.affected === 1;
  }
}
