import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { col } from '@rapport/api-database';

export class Vendors1764000000000 implements MigrationInterface {
  name = 'Vendors1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'vendors',
        columns: [
          col.id(),
          { ...col.text('slug', false, 100), isUnique: true },
          col.text('name', false, 200),
          col.text('country', false, 2),
          col.text('time_zone', false, 64),
          col.text('sites'),
          col.text('business_hours'),
          col.text('expected_formality'),
          col.timestamp('created_at'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'agents',
        columns: [col.id(), col.ref('vendor_id'), col.text('external_id', false, 200), col.text('display_name', true, 200)],
        foreignKeys: [{ columnNames: ['vendor_id'], referencedTableName: 'vendors', referencedColumnNames: ['id'] }],
        indices: [{ name: 'uq_agents_vendor_external', columnNames: ['vendor_id', 'external_id'], isUnique: true }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('agents');
    await queryRunner.dropTable('vendors');
  }
}
