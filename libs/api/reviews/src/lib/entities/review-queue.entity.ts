import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Channel, RefillSchedule, SamplingRule } from '@rapport/contracts';

export type QueueKind = 'sampling' | 'calibration';

/** A set of conversations to review with one rubric version: filled by a sampling rule, or a calibration session. */
@Entity('review_queues')
export class ReviewQueue {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: QueueKind;

  @Column({ name: 'rubric_version_id', type: 'varchar', length: 36 })
  rubricVersionId!: string;

  @Column({ type: 'integer' })
  seed!: number;

  @Column({ name: 'period_from', type: 'varchar', length: 10 })
  periodFrom!: string;

  @Column({ name: 'period_to', type: 'varchar', length: 10 })
  periodTo!: string;

  @Column({ name: 'vendor_ids', type: 'simple-json' })
  vendorIds!: string[];

  @Column({ type: 'simple-json', nullable: true })
  rule!: SamplingRule | null;

  @Column({ name: 'reviewer_ids', type: 'simple-json' })
  reviewerIds!: string[];

  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;

  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy!: string;

  /** Refill schedule; null: refilled on request only. */
  @Column({ name: 'refill_schedule', type: 'varchar', length: 10, nullable: true })
  refillSchedule!: RefillSchedule | null;

  /** When the schedule refills it next (ISO UTC); null without a schedule. */
  @Index('ix_review_queues_next_refill')
  @Column({ name: 'next_refill_at', type: 'varchar', length: 30, nullable: true })
  nextRefillAt!: string | null;

  /** The due time of the last scheduled refill that ran: a refill job for that time run again does nothing. */
  @Column({ name: 'refilled_due', type: 'varchar', length: 30, nullable: true })
  refilledDue!: string | null;
}

/** One conversation given to one reviewer in a queue. A sampling queue holds a conversation once. */
@Entity('review_assignments')
@Index('uq_review_assignments', ['queueId', 'conversationId', 'reviewerId'], {
  unique: true,
})
export class ReviewAssignment {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'queue_id', type: 'varchar', length: 36 })
  queueId!: string;

  @Column({ name: 'conversation_id', type: 'varchar', length: 36 })
  conversationId!: string;

  @Column({ name: 'vendor_id', type: 'varchar', length: 36 })
  vendorId!: string;

  @Column({ type: 'varchar', length: 10 })
  language!: string;

  @Column({ type: 'varchar', length: 20 })
  channel!: Channel;

  @Column({ type: 'varchar', length: 200 })
  reason!: string;

  @Index('ix_review_assignments_reviewer')
  @Column({ name: 'reviewer_id', type: 'varchar', length: 36 })
  reviewerId!: string;

  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;
}
