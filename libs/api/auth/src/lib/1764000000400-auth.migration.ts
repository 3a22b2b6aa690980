import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { col } from '@rapport/api-database';

export class Auth1764000000400 implements MigrationInterface {
  name = 'Auth1764000000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'users',
        columns: [
          col.id(),
          { ...col.text('email', false, 254), isUnique: true },
          col.text('display_name', false, 200),
          col.text('role', false, 20),
          col.ref('vendor_id', true),
          col.text('password_hash', false, 200),
          col.timestamp('password_changed_at'),
          col.timestamp('disabled_at', true),
          col.timestamp('last_login_at', true),
          col.timestamp('created_at'),
        ],
        foreignKeys: [{ columnNames: ['vendor_id'], referencedTableName: 'vendors', referencedColumnNames: ['id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'sessions',
        columns: [
          { ...col.text('id_hash', false, 64), isPrimary: true },
          col.ref('user_id'),
          col.text('csrf_hash', false, 64),
          col.timestamp('created_at'),
          col.timestamp('expires_at'),
          col.text('ip', true, 64),
          col.text('user_agent', true, 300),
        ],
        foreignKeys: [{ columnNames: ['user_id'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
        indices: [{ name: 'ix_sessions_user', columnNames: ['user_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'login_throttle',
        columns: [
          { ...col.text('email_hash', false, 64), isPrimary: true },
          col.int('failures', false, 0),
          col.timestamp('window_started_at'),
          col.timestamp('locked_until', true),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'api_keys',
        columns: [
          col.id(),
          col.text('name', false, 200),
          col.text('prefix', false, 20),
          { ...col.text('key_hash', false, 64), isUnique: true },
          col.text('source', false, 100),
          col.ref('vendor_id', true),
          col.ref('created_by', true),
          col.timestamp('created_at'),
          col.timestamp('last_used_at', true),
          col.timestamp('revoked_at', true),
        ],
        foreignKeys: [{ columnNames: ['vendor_id'], referencedTableName: 'vendors', referencedColumnNames: ['id'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('api_keys');
    await queryRunner.dropTable('login_throttle');
    await queryRunner.dropTable('sessions');
    await queryRunner.dropTable('users');
  }
}
