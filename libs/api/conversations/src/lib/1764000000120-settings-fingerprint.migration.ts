import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { col } from '@rapport/api-database';

/**
 * Every score records the scoring settings and vendor profile it was computed with (their fingerprints), so a
 * change of either finds the conversations to score again. Scores stored before have none: they are outdated, and
 * the scoring worker computes them again with the current settings.
 */
export class SettingsFingerprint1764000000120 implements MigrationInterface {
  name = 'SettingsFingerprint1764000000120';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('conversations', new TableColumn(col.text('settings_fingerprint', true, 40)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('conversations', 'settings_fingerprint');
  }
}
