import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Row triggers do not fire on TRUNCATE, which empties a PostgreSQL table in one statement: a statement-level
 * trigger closes that way round the append-only rule. SQLite has no TRUNCATE (its `DELETE FROM` without a WHERE
 * still fires the row trigger that rejects deletes), so there is nothing to add there.
 */
export class AuditNoTruncate1764000000910 implements MigrationInterface {
  name = 'AuditNoTruncate1764000000910';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query('DROP TRIGGER audit_log_no_truncate ON audit_log');
    }
  }
}
