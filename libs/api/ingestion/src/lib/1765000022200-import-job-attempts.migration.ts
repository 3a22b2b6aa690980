import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { JOB_ATTEMPT_COLUMNS } from '@rapport/api-database';

/** An import's queue job keeps its runs on the job's row: attempt k of n, the last failure, the next retry. */
export class ImportJobAttempts1765000022200 implements MigrationInterface {
  name = 'ImportJobAttempts1765000022200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('import_jobs', JOB_ATTEMPT_COLUMNS.map((column) => new TableColumn(column)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of [...JOB_ATTEMPT_COLUMNS].reverse()) {
      await queryRunner.dropColumn('import_jobs', column.name);
    }
  }
}
