import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';
import { col } from '@rapport/api-database';

/**
 * The agent a conversation's CSAT is credited to (the survey's agent), beside the agent who wrote most replies:
 * the CSAT ranking and the CSAT drill-down read it. Existing facts take the agent of the answer the facts chose
 * (a satisfaction question first, then the earliest answer); no rollup sums this column, so no rollup moves.
 */
export class FactsCsatAgent1764000001051 implements MigrationInterface {
  name = 'FactsCsatAgent1764000001051';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('conversation_facts', new TableColumn(col.ref('csat_agent_id', true)));
    await queryRunner.createIndex('conversation_facts', new TableIndex({ name: 'ix_conversation_facts_csat_agent', columnNames: ['csat_agent_id'] }));
    await queryRunner.query(
      `UPDATE conversation_facts SET csat_agent_id = (
         SELECT s.agent_id FROM csat_surveys s
          WHERE s.conversation_id = conversation_facts.conversation_id
          ORDER BY CASE s.question_key WHEN 'csat' THEN 0 WHEN 'satisfaction_rating' THEN 1 ELSE 2 END, s.answered_at, s.question_key
          LIMIT 1)
        WHERE csat IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('conversation_facts', 'ix_conversation_facts_csat_agent');
    await queryRunner.dropColumn('conversation_facts', 'csat_agent_id');
  }
}
