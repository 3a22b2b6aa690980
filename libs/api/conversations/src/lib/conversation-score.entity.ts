import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The scorer's full output for one conversation: metrics, per-message results and evidence. */
@Entity('conversation_scores')
export class ConversationScore {
  @PrimaryColumn({ name: 'conversation_id', type: 'varchar', length: 36 })
  conversationId!: string;

  @Column({ name: 'scorer_version', type: 'varchar', length: 20 })
  scorerVersion!: string;

  @Column({ type: 'simple-json' })
  details!: unknown;

  @Column({ name: 'computed_at', type: 'varchar', length: 30 })
  computedAt!: string;
}
