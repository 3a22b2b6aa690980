import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';
import { col } from '@rapport/api-database';

/**
 * Surveys may name the agent to credit (kept as the external id until the conversation, and so its vendor, is
 * known); the scoring worker finds conversations waiting to be scored through an index instead of a table scan.
 */
export class IngestionRefinements1764000000110 implements MigrationInterface {
  name = 'IngestionRefinements1764000000110';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('csat_surveys', new TableColumn(col.text('agent_external_id', true, 200)));
    await queryRunner.createIndex('conversations', new TableIndex({ name: 'ix_conversations_score_status', columnNames: ['score_status', 'id'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('conversations', 'ix_conversations_score_status');
    await queryRunner.dropColumn('csat_surveys', 'agent_external_id');
  }
}
