import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { col } from '@rapport/api-database';

export class Conversations1764000000100 implements MigrationInterface {
  name = 'Conversations1764000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'conversations',
        columns: [
          col.id(),
          col.text('source', false, 100),
          col.text('external_id', false, 200),
          col.ref('vendor_id'),
          col.text('channel', false, 20),
          col.text('queue', true, 200),
          col.text('site', true, 200),
          col.text('declared_language', true, 10),
          col.text('language', true, 10),
          col.timestamp('created_at'),
          col.timestamp('closed_at', true),
          col.text('tags'),
          col.text('content_hash', false, 64),
          col.int('message_count'),
          col.text('score_status', false, 20),
          col.text('scorer_version', true, 20),
          col.real('responsiveness'),
          col.real('courtesy'),
          col.real('comprehension'),
          col.real('overall'),
          col.real('first_response_seconds'),
          col.timestamp('updated_at'),
        ],
        foreignKeys: [{ columnNames: ['vendor_id'], referencedTableName: 'vendors', referencedColumnNames: ['id'] }],
        indices: [
          { name: 'uq_conversations_source_external', columnNames: ['source', 'external_id'], isUnique: true },
          { name: 'ix_conversations_vendor_created', columnNames: ['vendor_id', 'created_at'] },
          { name: 'ix_conversations_created', columnNames: ['created_at'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'messages',
        columns: [
          col.serial(),
          col.ref('conversation_id'),
          col.int('position'),
          col.text('author_role', false, 10),
          col.ref('agent_id', true),
          col.timestamp('sent_at'),
          col.text('text'),
          col.bool('is_internal', false, false),
          col.text('language', true, 10),
        ],
        foreignKeys: [
          { columnNames: ['conversation_id'], referencedTableName: 'conversations', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
          { columnNames: ['agent_id'], referencedTableName: 'agents', referencedColumnNames: ['id'] },
        ],
        indices: [{ name: 'uq_messages_conversation_position', columnNames: ['conversation_id', 'position'], isUnique: true }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'conversation_scores',
        columns: [
          { ...col.ref('conversation_id'), isPrimary: true },
          col.text('scorer_version', false, 20),
          col.text('details'),
          col.timestamp('computed_at'),
        ],
        foreignKeys: [{ columnNames: ['conversation_id'], referencedTableName: 'conversations', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'csat_surveys',
        columns: [
          col.id(),
          col.text('source', false, 100),
          col.text('conversation_external_id', false, 200),
          col.ref('conversation_id', true),
          col.text('question_key', false, 100),
          col.real('score', false),
          col.text('scale', false, 10),
          col.real('normalized', false),
          col.bool('satisfied'),
          col.text('comment', true),
          col.timestamp('answered_at'),
          col.ref('agent_id', true),
        ],
        foreignKeys: [
          { columnNames: ['conversation_id'], referencedTableName: 'conversations', referencedColumnNames: ['id'], onDelete: 'SET NULL' },
          { columnNames: ['agent_id'], referencedTableName: 'agents', referencedColumnNames: ['id'] },
        ],
        indices: [
          { name: 'uq_csat_surveys_question', columnNames: ['source', 'conversation_external_id', 'question_key'], isUnique: true },
          { name: 'ix_csat_surveys_conversation', columnNames: ['conversation_id'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['csat_surveys', 'conversation_scores', 'messages', 'conversations']) {
      await queryRunner.dropTable(table);
    }
  }
}
