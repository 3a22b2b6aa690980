import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { col } from '@rapport/api-database';

/**
 * An import of several files, or of a zip: the files in reading order (an upload's stored path, or a zip and the
 * entry in it), so a resumed import reads them again in the same order. Null for an import of one plain file.
 */
export class ImportParts1765000021000 implements MigrationInterface {
  name = 'ImportParts1765000021000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('import_jobs', new TableColumn(col.text('parts', true)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('import_jobs', 'parts');
  }
}
