import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per help-desk connector: its settings, its sealed API token, the cursor the next sync starts from, and the
 * sync under way (the cursor of its last kept page and how much of its staging file is kept). Plain SQL that reads
 * the same on SQLite and PostgreSQL.
 */
export class HelpDeskConnectors1765000013000 implements MigrationInterface {
  name = 'HelpDeskConnectors1765000013000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE help_desk_connectors (
      kind varchar(30) NOT NULL PRIMARY KEY,
      settings text NOT NULL,
      token_sealed text NULL,
      cursor text NULL,
      fetch_cursor text NULL,
      staging_id varchar(36) NULL,
      staged_bytes bigint NOT NULL DEFAULT 0,
      tickets_fetched integer NOT NULL DEFAULT 0,
      pages_fetched integer NOT NULL DEFAULT 0,
      state varchar(20) NOT NULL,
      last_sync_at varchar(30) NULL,
      last_error text NULL,
      last_import_job_id varchar(36) NULL,
      updated_at varchar(30) NOT NULL
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE help_desk_connectors');
  }
}
