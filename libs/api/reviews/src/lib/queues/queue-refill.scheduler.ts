import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, LessThanOrEqual, Not } from 'typeorm';
import { AuditService } from '@rapport/api-audit';
import { JOB_QUEUE, JobQueue } from '@rapport/api-core';
import { ReviewQueue } from '../entities/review-queue.entity';
import { nextRefillAfter } from '../domain/refill-schedule';
import { QueuesService } from './queues.service';

/** Most queues one pass refills; the others are still due and go in the next pass. */
export const MAX_QUEUES_PER_PASS = 20;
export const REFILL_JOB = 'review-refill';
/** A refill fails only when the database does; later runs of the same slot pick it up. */
const REFILL_ATTEMPTS = 3;

/** One due refill of one queue: what a refill job names. */
export interface RefillSlot {
  queueId: string;
  /** The refill time that was due. */
  due: string;
}

/**
 * The refill schedule on the shared job queue. A pass (`queueDue`, driven by `QueueRefillTimer` on API instances)
 * claims each due refill by moving `next_refill_at` on with a conditional update (only the pass that sees the old
 * value wins, so two API instances' passes queue a due time once) and queues a job for it, whose id is the slot.
 * The job (`refill`, run in-process or by `npm run worker`) marks the slot done in `refilled_due` before filling, so
 * the same slot run twice refills once; a failed fill unmarks it for the queue's retry. The fill itself never adds a
 * conversation the queue holds. Each refill is audited as `review.queue_refill` (actor: system).
 */
@Injectable()
export class QueueRefillScheduler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: QueuesService,
    private readonly audit: AuditService,
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
  ) {
    this.jobs.handle<RefillSlot>(REFILL_JOB, async (slot) => {
      await this.refill(slot);
    });
  }

  /** Claims the refills due at `now` and queues their jobs; answers the slots this pass claimed. */
  async queueDue(now: Date): Promise<RefillSlot[]> {
    const due = await this.dataSource.getRepository(ReviewQueue).find({
      where: { kind: 'sampling', refillSchedule: Not(IsNull()), nextRefillAt: LessThanOrEqual(now.toISOString()) },
      order: { nextRefillAt: 'ASC', id: 'ASC' },
      take: MAX_QUEUES_PER_PASS,
    });
    const claimed: RefillSlot[] = [];
    for (const queue of due) {
      if (queue.refillSchedule && queue.nextRefillAt && (await this.claim(queue, now))) {
        const slot = { queueId: queue.id, due: queue.nextRefillAt };
        await this.queueSlot(slot);
        claimed.push(slot);
      }
    }
    return claimed;
  }

  /** Queues a slot's job; its id is the slot, so a slot queued again while it waits is not added twice. */
  queueSlot(slot: RefillSlot): Promise<void> {
    return this.jobs.add<RefillSlot>(REFILL_JOB, slot, { jobId: `${REFILL_JOB}-${slot.queueId}-${Date.parse(slot.due)}`, attempts: REFILL_ATTEMPTS });
  }

  /** Refills the queue for this slot unless a run of it already did; the number added, or null when it did nothing. */
  async refill(slot: RefillSlot): Promise<number | null> {
    const queue = await this.dataSource.getRepository(ReviewQueue).findOneBy({ id: slot.queueId });
    if (!queue?.refillSchedule || !(await this.mark(slot, slot.due))) {
      return null;
    }
    try {
      const added = await this.queues.fill(queue);
      await this.audit.record({
        actor: { kind: 'system', label: 'refill schedule' },
        action: 'review.queue_refill',
        target: { type: 'review_queue', id: queue.id },
        ip: null,
        details: { schedule: queue.refillSchedule, due: slot.due, added },
      });
      return added;
    } catch (error) {
      await this.mark(slot, null);
      throw error;
    }
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

  /** Marks the slot refilled (`to` its due time) or not (`to` null); true when this call changed the mark. */
  private async mark(slot: RefillSlot, to: string | null): Promise<boolean> {
    const query = this.dataSource.createQueryBuilder().update(ReviewQueue).set({ refilledDue: to });
    const result = await (to === null
      ? query.where('id = :id AND refilled_due = :due', { id: slot.queueId, due: slot.due })
      : query.where('id = :id AND (refilled_due IS NULL OR refilled_due <> :due)', { id: slot.queueId, due: slot.due })
    ).execute();
    return result.affected === 1;
  }
}
