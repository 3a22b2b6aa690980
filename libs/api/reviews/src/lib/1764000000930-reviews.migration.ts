import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { col } from '@rapport/api-database';

/** QA reviews: rubrics and their versions, queues and assignments, reviews with their history, disputes, coaching. */
export class Reviews1764000000930 implements MigrationInterface {
  name = 'Reviews1764000000930';

  async up(queryRunner: QueryRunner): Promise<void> {
    const json = (name: string, nullable = false) => col.text(name, nullable);
    await queryRunner.createTable(
      new Table({
        name: 'review_rubrics',
        columns: [col.id(), col.ref('current_version_id'), col.timestamp('created_at')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'review_rubric_versions',
        columns: [
          col.id(),
          col.ref('rubric_id'),
          col.int('version'),
          col.text('name', false, 200),
          col.text('description'),
          json('criteria'),
          col.timestamp('created_at'),
          col.ref('created_by', true),
        ],
        foreignKeys: [
          {
            columnNames: ['rubric_id'],
            referencedTableName: 'review_rubrics',
            referencedColumnNames: ['id'],
          },
        ],
        indices: [
          {
            name: 'uq_review_rubric_versions',
            columnNames: ['rubric_id', 'version'],
            isUnique: true,
          },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'review_queues',
        columns: [
          col.id(),
          col.text('name', false, 200),
          col.text('kind', false, 20),
          col.ref('rubric_version_id'),
          col.int('seed'),
          col.text('period_from', false, 10),
          col.text('period_to', false, 10),
          json('vendor_ids'),
          json('rule', true),
          json('reviewer_ids'),
          col.timestamp('created_at'),
          col.ref('created_by'),
        ],
        foreignKeys: [
          {
            columnNames: ['rubric_version_id'],
            referencedTableName: 'review_rubric_versions',
            referencedColumnNames: ['id'],
          },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'review_assignments',
        columns: [
          col.id(),
          col.ref('queue_id'),
          col.ref('conversation_id'),
          col.ref('vendor_id'),
          col.text('language', false, 10),
          col.text('channel', false, 20),
          col.text('reason', false, 200),
          col.ref('reviewer_id'),
          col.timestamp('created_at'),
        ],
        foreignKeys: [
          {
            columnNames: ['queue_id'],
            referencedTableName: 'review_queues',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            columnNames: ['conversation_id'],
            referencedTableName: 'conversations',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
        indices: [
          {
            name: 'uq_review_assignments',
            columnNames: ['queue_id', 'conversation_id', 'reviewer_id'],
            isUnique: true,
          },
          {
            name: 'ix_review_assignments_reviewer',
            columnNames: ['reviewer_id'],
          },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'reviews',
        columns: [
          col.id(),
          col.ref('assignment_id'),
          col.ref('conversation_id'),
          col.ref('vendor_id'),
          col.text('language', false, 10),
          col.text('channel', false, 20),
          col.text('kind', false, 20),
          col.ref('rubric_version_id'),
          col.ref('reviewer_id'),
          col.text('status', false, 20),
          col.int('version'),
          json('ratings'),
          json('comments'),
          col.real('total'),
          col.bool('critical_failed', false, false),
          col.timestamp('submitted_at', true),
          col.timestamp('created_at'),
          col.timestamp('updated_at'),
        ],
        foreignKeys: [
          {
            columnNames: ['assignment_id'],
            referencedTableName: 'review_assignments',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            columnNames: ['rubric_version_id'],
            referencedTableName: 'review_rubric_versions',
            referencedColumnNames: ['id'],
          },
        ],
        indices: [
          {
            name: 'uq_reviews_assignment',
            columnNames: ['assignment_id'],
            isUnique: true,
          },
          { name: 'ix_reviews_conversation', columnNames: ['conversation_id'] },
          {
            name: 'ix_reviews_vendor_status',
            columnNames: ['vendor_id', 'status'],
          },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'review_revisions',
        columns: [
          col.serial(),
          col.ref('review_id'),
          col.int('version'),
          col.text('reason', false, 20),
          json('ratings'),
          col.real('total'),
          col.bool('critical_failed', false, false),
          col.ref('changed_by'),
          col.timestamp('changed_at'),
        ],
        foreignKeys: [
          {
            columnNames: ['review_id'],
            referencedTableName: 'reviews',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
        indices: [
          {
            name: 'uq_review_revisions',
            columnNames: ['review_id', 'version'],
            isUnique: true,
          },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'review_disputes',
        columns: [
          col.id(),
          col.ref('review_id'),
          col.ref('vendor_id'),
          col.ref('conversation_id'),
          col.text('status', false, 20),
          col.text('reason'),
          col.text('reply', true),
          col.real('total_before'),
          col.real('total_after'),
          col.ref('opened_by'),
          col.timestamp('opened_at'),
          col.ref('decided_by', true),
          col.timestamp('decided_at', true),
        ],
        foreignKeys: [
          {
            columnNames: ['review_id'],
            referencedTableName: 'reviews',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
        indices: [
          { name: 'ix_review_disputes_review', columnNames: ['review_id'] },
          { name: 'ix_review_disputes_vendor', columnNames: ['vendor_id'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'review_coaching_notes',
        columns: [
          col.id(),
          col.ref('review_id'),
          col.ref('vendor_id'),
          col.ref('agent_id', true),
          col.text('text'),
          col.ref('author_id'),
          col.timestamp('created_at'),
          col.timestamp('acknowledged_at', true),
          col.ref('acknowledged_by', true),
        ],
        foreignKeys: [
          {
            columnNames: ['review_id'],
            referencedTableName: 'reviews',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
        indices: [
          {
            name: 'ix_review_coaching_notes_review',
            columnNames: ['review_id'],
          },
          {
            name: 'ix_review_coaching_notes_vendor',
            columnNames: ['vendor_id'],
          },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'review_coaching_notes',
      'review_disputes',
      'review_revisions',
      'reviews',
      'review_assignments',
      'review_queues',
      'review_rubric_versions',
      'review_rubrics',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
