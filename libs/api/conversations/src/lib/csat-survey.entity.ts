import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CsatScale } from '@rapport/contracts';

/**
 * One answered survey question. Linked to its conversation by (source, vendor, external id); a survey that arrives
 * first keeps `conversation_id` null until the conversation is ingested.
 */
@Entity('csat_surveys')
@Index('uq_csat_surveys_vendor_question', ['source', 'conversationVendorId', 'conversationExternalId', 'questionKey'], {
  unique: true,
})
@Index('ix_csat_surveys_source_conversation', ['source', 'conversationExternalId'])
export class CsatSurvey {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  source!: string;

  @Column({ name: 'conversation_external_id', type: 'varchar', length: 200 })
  conversationExternalId!: string;

  /**
   * The vendor of the conversation this answer rates: the vendor-bound writer's, the vendor the answer names, or the
   * vendor of the only conversation stored under its id; '' while a client-wide answer waits for a conversation of a
   * vendor not known yet (the first one stored under its id takes it).
   */
  @Column({ name: 'conversation_vendor_id', type: 'varchar', length: 36, default: '' })
  conversationVendorId!: string;

  @Index('ix_csat_surveys_conversation')
  @Column({ name: 'conversation_id', type: 'varchar', length: 36, nullable: true })
  conversationId!: string | null;

  @Column({ name: 'question_key', type: 'varchar', length: 100 })
  questionKey!: string;

  @Column({ type: 'double precision' })
  score!: number;

  @Column({ type: 'varchar', length: 10 })
  scale!: CsatScale;

  /** Score on the common 0–100 scale used by every aggregate. */
  @Column({ type: 'double precision' })
  normalized!: number;

  @Column({ type: 'boolean' })
  satisfied!: boolean;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ name: 'answered_at', type: 'varchar', length: 30 })
  answeredAt!: string;

  @Column({ name: 'agent_id', type: 'varchar', length: 36, nullable: true })
  agentId!: string | null;

  /** The agent named by the survey system, if any; `agentId` is resolved from it once the conversation is stored. */
  @Column({ name: 'agent_external_id', type: 'varchar', length: 200, nullable: true })
  agentExternalId!: string | null;

  /**
   * The vendor of the partner key that wrote this answer (null: a client-wide writer). A waiting survey is linked
   * only to a conversation of that vendor, and only that vendor's keys may replace it.
   */
  @Column({ name: 'writer_vendor_id', type: 'varchar', length: 36, nullable: true })
  writerVendorId!: string | null;
}
