import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { col } from '@rapport/api-database';

/**
 * One row whose `version` changes in the same transaction as every write to the rollups, so every API process can
 * tell with one cheap read whether an aggregate answer it computed earlier still holds.
 */
export class AnalyticsDataVersion1764000000700 implements MigrationInterface {
  name = 'AnalyticsDataVersion1764000000700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'analytics_data_version',
        columns: [{ ...col.int('id'), isPrimary: true }, col.text('version', false, 36)],
      }),
    );
    await queryRunner.query(`INSERT INTO analytics_data_version (id, version) VALUES (1, 'initial')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('analytics_data_version');
  }
}
