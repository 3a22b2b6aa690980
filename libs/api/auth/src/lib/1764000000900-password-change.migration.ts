import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Marks accounts whose password an administrator knows (a new account, a reset) until the user picks their own.
 * A plain ADD COLUMN on both engines: rebuilding `users` on SQLite would cascade into its sessions.
 */
export class PasswordChange1764000000900 implements MigrationInterface {
  name = 'PasswordChange1764000000900';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE users DROP COLUMN must_change_password');
  }
}
