import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { col } from '@rapport/api-database';

export class Settings1764000000650 implements MigrationInterface {
  name = 'Settings1764000000650';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'settings',
        columns: [{ ...col.text('key', false, 100), isPrimary: true }, col.text('value'), col.timestamp('updated_at'), col.text('updated_by', true, 100)],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('settings');
  }
}
