import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { col } from '@rapport/api-database';

/**
 * The audit log, append-only in the database itself: triggers reject UPDATE and DELETE on both engines,
 * so not even a bug (or a compromised feature) in the application can rewrite history.
 */
export class Audit1764000000410 implements MigrationInterface {
  name = 'Audit1764000000410';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'audit_log',
        columns: [
          col.serial(),
          col.timestamp('at'),
          col.text('actor_kind', false, 20),
          col.text('actor_id', true, 100),
          col.text('actor_label', true, 300),
          col.text('action', false, 60),
          col.text('outcome', false, 20),
          col.text('target_type', true, 60),
          col.text('target_id', true, 100),
          col.ref('vendor_id', true),
          col.text('ip', true, 64),
          col.text('details', true),
        ],
        indices: [
          { name: 'ix_audit_log_at', columnNames: ['at'] },
          { name: 'ix_audit_log_actor', columnNames: ['actor_id'] },
          { name: 'ix_audit_log_action', columnNames: ['action'] },
        ],
      }),
    );
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`);
      await queryRunner.query(`CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
    } else {
      for (const operation of ['UPDATE', 'DELETE']) {
        await queryRunner.query(`CREATE TRIGGER audit_log_no_${operation.toLowerCase()} BEFORE ${operation} ON audit_log
          BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`);
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_log');
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query('DROP FUNCTION audit_log_append_only()');
    }
  }
}
