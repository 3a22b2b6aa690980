import { MigrationInterface, QueryRunner, Table, TableColumnOptions } from 'typeorm';
import { col } from '@rapport/api-database';

/**
 * Analytics read model: one facts row per conversation (with the rules that fired) and the daily and monthly
 * rollups the aggregate endpoints answer from. The measure columns are spelled out here, not derived from code,
 * so this migration keeps creating the same schema whatever later versions of the code define.
 */
const MEAN_PREFIXES = ['csat', 'responsiveness', 'courtesy', 'comprehension', 'overall'];
const PROPORTION_PREFIXES = ['satisfied', 'sla', 'after_hours_sla', 'weekend_sla', 'mismatch', 'clarification', 'other_agent'];
const HISTOGRAM_BUCKETS = 79;

/** Measure columns in the order of ROLLUP_MEASURES (a unit test keeps the two in step). */
export function analyticsMeasureColumns(): TableColumnOptions[] {
  const int = (name: string) => col.int(name, false, 0);
  const real = (name: string) => ({ ...col.real(name, false), default: 0 });
  const mean = (prefix: string) => [int(`${prefix}_n`), real(`${prefix}_sum`), real(`${prefix}_sum_sq`)];
  const proportion = (prefix: string) => [int(`${prefix}_n`), int(`${prefix}_yes`)];
  return [
    int('n'),
    ...mean('csat'),
    ...proportion('satisfied'),
    ...MEAN_PREFIXES.slice(1).flatMap(mean),
    ...PROPORTION_PREFIXES.slice(1).flatMap(proportion),
    ...Array.from({ length: HISTOGRAM_BUCKETS }, (_, bucket) => int(`frt_${String(bucket).padStart(2, '0')}`)),
  ];
}

const dimensionColumns = (): TableColumnOptions[] => [
  { ...col.text('language', false, 10), isPrimary: true },
  { ...col.text('channel', false, 20), isPrimary: true },
  { ...col.text('queue', false, 200), isPrimary: true },
  { ...col.text('site', false, 200), isPrimary: true },
];

export class Analytics1764000000500 implements MigrationInterface {
  name = 'Analytics1764000000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'conversation_facts',
        columns: [
          { ...col.ref('conversation_id'), isPrimary: true },
          col.ref('vendor_id'),
          col.text('day', false, 10),
          col.text('language', false, 10),
          col.text('channel', false, 20),
          col.text('queue', false, 200),
          col.text('site', false, 200),
          col.int('hour_of_week'),
          col.text('hour_band', false, 20),
          col.ref('agent_id', true),
          col.text('score_status', false, 20),
          col.real('responsiveness'),
          col.real('courtesy'),
          col.real('comprehension'),
          col.real('overall'),
          col.real('first_response_seconds'),
          col.int('frt_bucket', true),
          col.int('within_sla', true),
          col.int('after_hours'),
          col.int('weekend'),
          col.int('sla_after_hours', true),
          col.int('sla_weekend', true),
          col.int('language_mismatch', true),
          col.int('clarification', true),
          col.int('asks_other_agent', true),
          col.real('csat'),
          col.int('csat_satisfied', true),
        ],
        foreignKeys: [
          { columnNames: ['conversation_id'], referencedTableName: 'conversations', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
        ],
        indices: [
          { name: 'ix_conversation_facts_vendor_day', columnNames: ['vendor_id', 'day'] },
          { name: 'ix_conversation_facts_day', columnNames: ['day'] },
          { name: 'ix_conversation_facts_agent', columnNames: ['agent_id'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'conversation_rule_hits',
        columns: [{ ...col.ref('conversation_id'), isPrimary: true }, { ...col.text('rule', false, 80), isPrimary: true }, col.int('hits')],
        foreignKeys: [
          { columnNames: ['conversation_id'], referencedTableName: 'conversations', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
        ],
        indices: [{ name: 'ix_conversation_rule_hits_rule', columnNames: ['rule', 'conversation_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'analytics_daily_rollups',
        columns: [
          { ...col.text('day', false, 10), isPrimary: true },
          { ...col.ref('vendor_id'), isPrimary: true },
          ...dimensionColumns(),
          { ...col.int('hour_of_week'), isPrimary: true },
          col.text('hour_band', false, 20),
          ...analyticsMeasureColumns(),
        ],
        indices: [{ name: 'ix_analytics_daily_vendor_day', columnNames: ['vendor_id', 'day'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'analytics_monthly_rollups',
        columns: [
          { ...col.text('month', false, 7), isPrimary: true },
          { ...col.text('grain', false, 10), isPrimary: true },
          { ...col.ref('vendor_id'), isPrimary: true },
          ...dimensionColumns(),
          { ...col.text('hour_band', false, 20), isPrimary: true },
          { ...col.int('hour_of_week'), isPrimary: true },
          ...analyticsMeasureColumns(),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['analytics_monthly_rollups', 'analytics_daily_rollups', 'conversation_rule_hits', 'conversation_facts']) {
      await queryRunner.dropTable(table);
    }
  }
}
