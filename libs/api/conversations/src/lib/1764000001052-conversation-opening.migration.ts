import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { col } from '@rapport/api-database';

/**
 * Marks conversations whose opening customer message is not in the data (a twcs thread whose first customer tweet
 * replies to a tweet outside the file): the scorer then measures no first response for them.
 */
export class ConversationOpening1764000001052 implements MigrationInterface {
  name = 'ConversationOpening1764000001052';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('conversations', new TableColumn(col.bool('opening_missing', false, false)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('conversations', 'opening_missing');
  }
}
