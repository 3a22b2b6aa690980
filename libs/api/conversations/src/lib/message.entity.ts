import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AuthorRole } from '@rapport/contracts';

@Entity('messages')
@Index('uq_messages_conversation_position', ['conversationId', 'position'], { unique: true })
export class Message {
  @PrimaryGeneratedColumn('increment')
  id!: number;

  @Column({ name: 'conversation_id', type: 'varchar', length: 36 })
  conversationId!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ name: 'author_role', type: 'varchar', length: 10 })
  authorRole!: AuthorRole;

  @Column({ name: 'agent_id', type: 'varchar', length: 36, nullable: true })
  agentId!: string | null;

  @Column({ name: 'sent_at', type: 'varchar', length: 30 })
  sentAt!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'is_internal', type: 'boolean' })
  isInternal!: boolean;

  @Column({ type: 'varchar', length: 10, nullable: true })
  language!: string | null;
}
