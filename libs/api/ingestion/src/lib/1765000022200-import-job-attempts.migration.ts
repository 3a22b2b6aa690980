import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { col } from '@rapport/api-database';

/** An import's queue job keeps its runs on the job's row: attempt k of n, the last failure, the next retry. */
export class ImportJobAttempts1765000022200 implements MigrationInterface {
  name = 'ImportJobAttempts1765000022200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('import_jobs', [
      new TableColumn(col.int('attempt', false, 0)),
      new TableColumn(col.int('max_attempts', false, 0)),
      new TableColumn(col.text('last_failure', true)),
      new TableColumn(col.timestamp('next_retry_at', true)),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['next_retry_at', 'last_failure', 'max_attempts', 'attempt']) {
      await queryRunner.dropColumn('import_jobs', column);
    }
  }
}
