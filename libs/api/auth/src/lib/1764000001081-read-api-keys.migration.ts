import { MigrationInterface, QueryRunner } from 'typeorm';

/** API keys get a scope: `ingest` (every existing key: write-only, for one source) or `read`. */
export class ReadApiKeys1764000001081 implements MigrationInterface {
  name = 'ReadApiKeys1764000001081';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE api_keys ADD COLUMN scope varchar(10) NOT NULL DEFAULT 'ingest'");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE api_keys DROP COLUMN scope');
  }
}
