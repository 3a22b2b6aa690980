import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { col } from '@rapport/api-database';

/**
 * A version per month of data, moved by every rollup write in the months it touches. Cached answers are keyed by
 * the versions of the months they read, so a steady import into this month no longer retires every answer about
 * earlier months. The single data version stays as the epoch that a full rebuild moves.
 */
export class AnalyticsMonthVersions1764000000810 implements MigrationInterface {
  name = 'AnalyticsMonthVersions1764000000810';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'analytics_month_versions',
        columns: [{ ...col.text('month', false, 7), isPrimary: true }, col.text('version', false, 36)],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('analytics_month_versions');
  }
}
