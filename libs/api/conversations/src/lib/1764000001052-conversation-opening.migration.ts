import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Marks conversations whose opening customer message is not in the data (a twcs thread whose first customer tweet
 * replies to a tweet outside the file): the scorer then measures no first response for them.
 * A plain ADD COLUMN on both engines: TypeORM's addColumn rebuilds the table on SQLite from its cached metadata, which
 * still names the unique index the vendor-qualified keys migration replaced.
 */
export class ConversationOpening1764000001052 implements MigrationInterface {
  name = 'ConversationOpening1764000001052';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE conversations ADD COLUMN opening_missing boolean NOT NULL DEFAULT false');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE conversations DROP COLUMN opening_missing');
  }
}
