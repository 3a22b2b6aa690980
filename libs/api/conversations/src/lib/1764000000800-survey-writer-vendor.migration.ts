import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { col } from '@rapport/api-database';

/**
 * A survey that arrives before its conversation has no vendor yet. The vendor of the key that wrote it is kept, so
 * that a partner's survey can only ever be linked to (or replaced by) that partner's data. Surveys stored before
 * this carry none: they were written before partner keys could store waiting surveys, and link as they always did.
 */
export class SurveyWriterVendor1764000000800 implements MigrationInterface {
  name = 'SurveyWriterVendor1764000000800';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('csat_surveys', new TableColumn(col.text('writer_vendor_id', true, 36)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('csat_surveys', 'writer_vendor_id');
  }
}
