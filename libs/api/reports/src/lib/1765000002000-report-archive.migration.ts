import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from '@rapport/api-database';

/** Kept reports: the monthly report and one per vendor for each month, generated on schedule or on demand. */
export class ReportArchive1765000002000 implements MigrationInterface {
  name = 'ReportArchive1765000002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'report_archive',
        columns: [
          col.id(),
          col.text('kind', false, 10),
          col.text('month', false, 7),
          col.text('vendor_key', false, 36),
          col.ref('vendor_id', true),
          col.text('status', false, 10),
          col.text('file_name', false, 200),
          col.text('content', true),
          col.int('bytes', true),
          col.timestamp('requested_at'),
          col.timestamp('generated_at', true),
          col.text('error', true),
        ],
        indices: [new TableIndex({ name: 'ux_report_archive_report', columnNames: ['kind', 'month', 'vendor_key'], isUnique: true })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('report_archive');
  }
}
