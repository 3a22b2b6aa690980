import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { col } from '@rapport/api-database';

/**
 * Notices: what an import changed or decided without rejecting anything (a file read as Windows-1252, messages put in
 * time order, an exact duplicate row left out, NUL characters removed). They share the rows table with errors, told
 * apart by `kind`, so the list a user reads is one list in file order; each kind has its own count on the job.
 */
export class ImportNotices1764000000920 implements MigrationInterface {
  name = 'ImportNotices1764000000920';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('import_job_errors', new TableColumn({ ...col.text('kind', false, 10), default: "'error'" }));
    await queryRunner.addColumn('import_jobs', new TableColumn(col.int('notice_count', false, 0)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('import_jobs', 'notice_count');
    await queryRunner.dropColumn('import_job_errors', 'kind');
  }
}
