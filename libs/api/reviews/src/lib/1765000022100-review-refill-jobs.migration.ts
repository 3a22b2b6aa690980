import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { col } from '@rapport/api-database';

/** Scheduled refills run as queue jobs: the due time last refilled, so a job run twice refills once. */
export class ReviewRefillJobs1765000022100 implements MigrationInterface {
  name = 'ReviewRefillJobs1765000022100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('review_queues', new TableColumn(col.timestamp('refilled_due', true)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('review_queues', 'refilled_due');
  }
}
