import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';
import { col } from '@rapport/api-database';

/** Review queues may be refilled on a schedule: which one, and when next. Existing queues have none. */
export class ReviewRefillSchedule1764000001031 implements MigrationInterface {
  name = 'ReviewRefillSchedule1764000001031';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('review_queues', new TableColumn(col.text('refill_schedule', true, 10)));
    await queryRunner.addColumn('review_queues', new TableColumn(col.timestamp('next_refill_at', true)));
    await queryRunner.createIndex(
      'review_queues',
      new TableIndex({ name: 'ix_review_queues_next_refill', columnNames: ['next_refill_at'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('review_queues', 'ix_review_queues_next_refill');
    await queryRunner.dropColumn('review_queues', 'next_refill_at');
    await queryRunner.dropColumn('review_queues', 'refill_schedule');
  }
}
