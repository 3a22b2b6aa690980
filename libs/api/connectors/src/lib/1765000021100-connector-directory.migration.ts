import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { col } from '@rapport/api-database';

/**
 * The help desk's group and brand names (JSON), read by each sync, so Settings shows names beside the ids the
 * mappings keep. Null until the first sync.
 */
export class ConnectorDirectory1765000021100 implements MigrationInterface {
  name = 'ConnectorDirectory1765000021100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('help_desk_connectors', new TableColumn(col.text('directory', true)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('help_desk_connectors', 'directory');
  }
}
