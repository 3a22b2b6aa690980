import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { Channel, Rating, ReviewComment, ReviewRevisionDto, ReviewStatus } from '@rapport/contracts';

/** A reviewer's grading of one assignment against the queue's rubric version: a draft until submitted. */
@Entity('reviews')
export class Review {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index('uq_reviews_assignment', { unique: true })
  @Column({ name: 'assignment_id', type: 'varchar', length: 36 })
  assignmentId!: string;

  @Index('ix_reviews_conversation')
  @Column({ name: 'conversation_id', type: 'varchar', length: 36 })
  conversationId!: string;

  @Column({ name: 'vendor_id', type: 'varchar', length: 36 })
  vendorId!: string;

  @Column({ type: 'varchar', length: 10 })
  language!: string;

  @Column({ type: 'varchar', length: 20 })
  channel!: Channel;

  @Column({ type: 'varchar', length: 20 })
  kind!: 'sampling' | 'calibration';

  @Column({ name: 'rubric_version_id', type: 'varchar', length: 36 })
  rubricVersionId!: string;

  @Column({ name: 'reviewer_id', type: 'varchar', length: 36 })
  reviewerId!: string;

  @Column({ type: 'varchar', length: 20 })
  status!: ReviewStatus;

  /** 0 while a draft never submitted; each submission, edit after it and accepted dispute adds one. */
  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'simple-json' })
  ratings!: Rating[];

  @Column({ type: 'simple-json' })
  comments!: ReviewComment[];

  @Column({ type: 'double precision', nullable: true })
  total!: number | null;

  @Column({ name: 'critical_failed', type: 'boolean' })
  criticalFailed!: boolean;

  @Column({ name: 'submitted_at', type: 'varchar', length: 30, nullable: true })
  submittedAt!: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;

  @Column({ name: 'updated_at', type: 'varchar', length: 30 })
  updatedAt!: string;
}

/** The review as it stood after each submission, edit or accepted dispute: its edit history. */
@Entity('review_revisions')
@Index('uq_review_revisions', ['reviewId', 'version'], { unique: true })
export class ReviewRevision {
  @PrimaryGeneratedColumn('increment')
  id!: number;

  @Column({ name: 'review_id', type: 'varchar', length: 36 })
  reviewId!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'varchar', length: 20 })
  reason!: ReviewRevisionDto['reason'];

  @Column({ type: 'simple-json' })
  ratings!: Rating[];

  @Column({ type: 'double precision', nullable: true })
  total!: number | null;

  @Column({ name: 'critical_failed', type: 'boolean' })
  criticalFailed!: boolean;

  @Column({ name: 'changed_by', type: 'varchar', length: 36 })
  changedBy!: string;

  @Column({ name: 'changed_at', type: 'varchar', length: 30 })
  changedAt!: string;
}
