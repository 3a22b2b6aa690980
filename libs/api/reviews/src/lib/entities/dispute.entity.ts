import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { DisputeStatus } from '@rapport/contracts';

/** A partner's objection to a submitted review, and the lead's decision. */
@Entity('review_disputes')
export class ReviewDispute {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index('ix_review_disputes_review')
  @Column({ name: 'review_id', type: 'varchar', length: 36 })
  reviewId!: string;

  @Index('ix_review_disputes_vendor')
  @Column({ name: 'vendor_id', type: 'varchar', length: 36 })
  vendorId!: string;

  @Column({ name: 'conversation_id', type: 'varchar', length: 36 })
  conversationId!: string;

  @Column({ type: 'varchar', length: 20 })
  status!: DisputeStatus;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'text', nullable: true })
  reply!: string | null;

  @Column({ name: 'total_before', type: 'double precision', nullable: true })
  totalBefore!: number | null;

  @Column({ name: 'total_after', type: 'double precision', nullable: true })
  totalAfter!: number | null;

  @Column({ name: 'opened_by', type: 'varchar', length: 36 })
  openedBy!: string;

  @Column({ name: 'opened_at', type: 'varchar', length: 30 })
  openedAt!: string;

  @Column({ name: 'decided_by', type: 'varchar', length: 36, nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'varchar', length: 30, nullable: true })
  decidedAt!: string | null;
}

/** Coaching for an agent, linked to a review, visible to the agent's vendor, acknowledged by its partner users. */
@Entity('review_coaching_notes')
export class CoachingNote {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index('ix_review_coaching_notes_review')
  @Column({ name: 'review_id', type: 'varchar', length: 36 })
  reviewId!: string;

  @Index('ix_review_coaching_notes_vendor')
  @Column({ name: 'vendor_id', type: 'varchar', length: 36 })
  vendorId!: string;

  @Column({ name: 'agent_id', type: 'varchar', length: 36, nullable: true })
  agentId!: string | null;

  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'author_id', type: 'varchar', length: 36 })
  authorId!: string;

  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;

  @Column({
    name: 'acknowledged_at',
    type: 'varchar',
    length: 30,
    nullable: true,
  })
  acknowledgedAt!: string | null;

  @Column({
    name: 'acknowledged_by',
    type: 'varchar',
    length: 36,
    nullable: true,
  })
  acknowledgedBy!: string | null;
}
