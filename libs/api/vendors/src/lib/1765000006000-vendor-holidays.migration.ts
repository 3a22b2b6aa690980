import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Holiday calendars per vendor: the local dates (with names) on which its sites are closed, as JSON like the
 * opening hours. Existing vendors have none. A plain ADD COLUMN: TypeORM's SQLite column add rebuilds the table.
 */
export class VendorHolidays1765000006000 implements MigrationInterface {
  name = 'VendorHolidays1765000006000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE vendors ADD COLUMN holidays text NOT NULL DEFAULT '[]'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE vendors DROP COLUMN holidays`);
  }
}
