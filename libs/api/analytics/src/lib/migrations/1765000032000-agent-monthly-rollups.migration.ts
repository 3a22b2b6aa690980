import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { col } from '@rapport/api-database';

/** Facts columns summed per agent, in the order of ROLLUP_MEASURES without the histogram (spelled out so this migration never changes with the code). */
const SUMMARIES: ReadonlyArray<[kind: 'mean' | 'proportion', prefix: string, column: string]> = [
  ['mean', 'csat', 'csat'],
  ['proportion', 'satisfied', 'csat_satisfied'],
  ['mean', 'responsiveness', 'responsiveness'],
  ['mean', 'courtesy', 'courtesy'],
  ['mean', 'comprehension', 'comprehension'],
  ['mean', 'overall', 'overall'],
  ['proportion', 'sla', 'within_sla'],
  ['proportion', 'after_hours_sla', 'sla_after_hours'],
  ['proportion', 'weekend_sla', 'sla_weekend'],
  ['proportion', 'mismatch', 'language_mismatch'],
  ['proportion', 'clarification', 'clarification'],
  ['proportion', 'other_agent', 'asks_other_agent'],
  ['proportion', 'recontact', 'recontact'],
  ['mean', 'effort', 'effort'],
  ['proportion', 'resolved', 'resolved'],
  ['mean', 'nps', 'nps'],
];

/** Measure columns of the agent rollup with their SQL over `conversation_facts`. */
export const AGENT_ROLLUP_COLUMNS: ReadonlyArray<{ name: string; type: 'int' | 'real'; sql: string }> = [
  { name: 'n', type: 'int', sql: 'COUNT(*)' },
  ...SUMMARIES.flatMap(([kind, prefix, column]) =>
    kind === 'mean'
      ? [
          { name: `${prefix}_n`, type: 'int' as const, sql: `COUNT(${column})` },
          { name: `${prefix}_sum`, type: 'real' as const, sql: `COALESCE(SUM(${column}), 0)` },
          { name: `${prefix}_sum_sq`, type: 'real' as const, sql: `COALESCE(SUM(${column} * ${column}), 0)` },
        ]
      : [
          { name: `${prefix}_n`, type: 'int' as const, sql: `COUNT(${column})` },
          { name: `${prefix}_yes`, type: 'int' as const, sql: `COALESCE(SUM(${column}), 0)` },
        ],
  ),
];

/**
 * The facts' sums per month × vendor × agent (the agent with most replies; '' for conversations without one), per
 * customer language and over every language ('*'), so the cluster-robust intervals of scorecards, comparisons and gaps
 * read one row per agent instead of every conversation of the month. Filled from the facts already stored.
 */
export class AgentMonthlyRollups1765000032000 implements MigrationInterface {
  name = 'AgentMonthlyRollups1765000032000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'analytics_agent_monthly_rollups',
        columns: [
          { ...col.text('month', false, 7), isPrimary: true },
          { ...col.ref('vendor_id'), isPrimary: true },
          { ...col.text('language', false, 10), isPrimary: true },
          { ...col.text('agent_id', false, 36), isPrimary: true },
          ...AGENT_ROLLUP_COLUMNS.map((column) => (column.type === 'int' ? col.int(column.name, false, 0) : { ...col.real(column.name, false), default: 0 })),
        ],
      }),
    );
    for (const [language, grouping] of [['language', 'language, '], ["'*'", '']]) {
      await queryRunner.query(
        `INSERT INTO analytics_agent_monthly_rollups (month, vendor_id, language, agent_id, ${AGENT_ROLLUP_COLUMNS.map((column) => column.name).join(', ')})
         SELECT substr(day, 1, 7), vendor_id, ${language}, COALESCE(agent_id, ''), ${AGENT_ROLLUP_COLUMNS.map((column) => column.sql).join(', ')}
           FROM conversation_facts GROUP BY substr(day, 1, 7), vendor_id, ${grouping}agent_id`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('analytics_agent_monthly_rollups');
  }
}
