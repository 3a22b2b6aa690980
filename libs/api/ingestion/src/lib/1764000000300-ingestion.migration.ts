import { MigrationInterface, QueryRunner, Table, TableColumnOptions } from 'typeorm';
import { col } from '@rapport/api-database';

const bigint = (name: string): TableColumnOptions => ({ name, type: 'bigint', isNullable: false, default: 0 });

export class Ingestion1764000000300 implements MigrationInterface {
  name = 'Ingestion1764000000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'import_jobs',
        columns: [
          col.id(),
          col.text('format', false, 30),
          col.text('status', false, 20),
          col.text('file_name', false, 300),
          col.text('file_path', false, 1000),
          col.bool('owns_file', false, false),
          col.text('fingerprint', true, 100),
          col.text('options'),
          col.text('write_scope', true),
          col.text('created_by', true, 300),
          bigint('bytes_total'),
          bigint('bytes_processed'),
          ...['lines_processed', 'records_committed', 'received', 'created', 'updated', 'unchanged', 'failed', 'surveys_stored', 'surveys_waiting', 'error_count'].map(
            (name) => col.int(name, false, 0),
          ),
          col.text('failure', true),
          col.text('owner', true, 200),
          col.timestamp('heartbeat_at', true),
          col.timestamp('created_at'),
          col.timestamp('started_at', true),
          col.timestamp('finished_at', true),
        ],
        indices: [
          { name: 'ix_import_jobs_created', columnNames: ['created_at'] },
          { name: 'ix_import_jobs_status', columnNames: ['status'] },
          { name: 'ix_import_jobs_fingerprint', columnNames: ['fingerprint'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'import_job_errors',
        columns: [col.serial(), col.ref('job_id'), col.int('line'), col.int('item', true), col.text('field', true, 200), col.text('reason')],
        foreignKeys: [{ columnNames: ['job_id'], referencedTableName: 'import_jobs', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
        indices: [{ name: 'ix_import_job_errors_job', columnNames: ['job_id', 'line', 'id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'column_mappings',
        columns: [
          col.id(),
          { ...col.text('name', false, 200), isUnique: true },
          col.text('format', false, 30),
          col.text('mapping'),
          col.text('defaults'),
          col.timestamp('created_at'),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['column_mappings', 'import_job_errors', 'import_jobs']) {
      await queryRunner.dropTable(table);
    }
  }
}
