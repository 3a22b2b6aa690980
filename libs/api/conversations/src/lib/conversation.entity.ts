import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Channel, ScoreStatus } from '@rapport/contracts';

/**
 * One support conversation. Headline scores live here (not only in `conversation_scores`) because every
 * list, filter and rollup reads them; the full evidence stays in the score row.
 */
@Entity('conversations')
@Index('uq_conversations_source_vendor_external', ['source', 'vendorId', 'externalId'], { unique: true })
@Index('ix_conversations_source_external', ['source', 'externalId'])
@Index('ix_conversations_score_status', ['scoreStatus', 'id'])
export class Conversation {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  source!: string;

  @Column({ name: 'external_id', type: 'varchar', length: 200 })
  externalId!: string;

  @Index('ix_conversations_vendor_created')
  @Column({ name: 'vendor_id', type: 'varchar', length: 36 })
  vendorId!: string;

  @Column({ type: 'varchar', length: 20 })
  channel!: Channel;

  @Column({ type: 'varchar', length: 200, nullable: true })
  queue!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  site!: string | null;

  @Column({ name: 'declared_language', type: 'varchar', length: 10, nullable: true })
  declaredLanguage!: string | null;

  /** The customer's language as detected by the scorer, falling back to the declared one. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  language!: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;

  @Column({ name: 'closed_at', type: 'varchar', length: 30, nullable: true })
  closedAt!: string | null;

  @Column({ type: 'simple-json' })
  tags!: string[];

  /** Hash of the normalised input; an identical re-import is recognised as unchanged without touching rows. */
  @Column({ name: 'content_hash', type: 'varchar', length: 64 })
  contentHash!: string;

  @Column({ name: 'message_count', type: 'integer' })
  messageCount!: number;

  @Column({ name: 'score_status', type: 'varchar', length: 20 })
  scoreStatus!: ScoreStatus;

  @Column({ name: 'scorer_version', type: 'varchar', length: 20, nullable: true })
  scorerVersion!: string | null;

  @Column({ type: 'double precision', nullable: true })
  responsiveness!: number | null;

  @Column({ type: 'double precision', nullable: true })
  courtesy!: number | null;

  @Column({ type: 'double precision', nullable: true })
  comprehension!: number | null;

  @Column({ type: 'double precision', nullable: true })
  overall!: number | null;

  @Column({ name: 'first_response_seconds', type: 'double precision', nullable: true })
  firstResponseSeconds!: number | null;

  /** `<scoring settings>.<vendor profile>` fingerprints the scores were computed with; null while pending. */
  @Column({ name: 'settings_fingerprint', type: 'varchar', length: 40, nullable: true })
  settingsFingerprint!: string | null;

  /** The opening customer message is not in the data: no first response is measured. */
  @Column({ name: 'opening_missing', type: 'boolean', default: false })
  openingMissing!: boolean;

  @Column({ name: 'updated_at', type: 'varchar', length: 30 })
  updatedAt!: string;
}
