import { MigrationInterface, QueryRunner } from 'typeorm';

const ROLLUP_TABLES = ['analytics_daily_rollups', 'analytics_monthly_rollups'];
/** The measures ROLLUP_MEASURES appends after the histogram, in order. */
export const SURVEY_AND_RECONTACT_MEASURES: ReadonlyArray<{ name: string; type: 'integer' | 'double precision' }> = [
  { name: 'recontact_n', type: 'integer' },
  { name: 'recontact_yes', type: 'integer' },
  { name: 'effort_n', type: 'integer' },
  { name: 'effort_sum', type: 'double precision' },
  { name: 'effort_sum_sq', type: 'double precision' },
  { name: 'resolved_n', type: 'integer' },
  { name: 'resolved_yes', type: 'integer' },
  { name: 'nps_n', type: 'integer' },
  { name: 'nps_sum', type: 'double precision' },
  { name: 'nps_sum_sq', type: 'double precision' },
];

/**
 * Each survey question as its own metric (ease, resolved, NPS-style beside CSAT) and the 72-hour recontact rate: a
 * facts column each and their summaries in both rollup tables. The stored facts are then cleared with the rollups
 * (which are their sums): the start-up backfill rebuilds both from the conversations, so CSAT no longer takes an
 * effort or recommend answer and the new columns hold the answers already stored. Plain ADD COLUMN on both engines.
 */
export class SurveyQuestionsRecontact1765000005010 implements MigrationInterface {
  name = 'SurveyQuestionsRecontact1765000005010';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [name, type] of [
      ['recontact', 'integer'],
      ['effort', 'double precision'],
      ['resolved', 'integer'],
      ['nps', 'double precision'],
    ]) {
      await queryRunner.query(`ALTER TABLE conversation_facts ADD COLUMN ${name} ${type} NULL`);
    }
    for (const table of ROLLUP_TABLES) {
      for (const measure of SURVEY_AND_RECONTACT_MEASURES) {
        await queryRunner.query(`ALTER TABLE ${table} ADD COLUMN ${measure.name} ${measure.type} NOT NULL DEFAULT 0`);
      }
    }
    for (const table of [...ROLLUP_TABLES, 'conversation_rule_hits', 'conversation_facts']) {
      await queryRunner.query(`DELETE FROM ${table}`);
    }
    await queryRunner.query(`UPDATE analytics_month_versions SET version = 'survey-questions-recontact'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ROLLUP_TABLES) {
      for (const measure of SURVEY_AND_RECONTACT_MEASURES) {
        await queryRunner.query(`ALTER TABLE ${table} DROP COLUMN ${measure.name}`);
      }
    }
    for (const name of ['recontact', 'effort', 'resolved', 'nps']) {
      await queryRunner.query(`ALTER TABLE conversation_facts DROP COLUMN ${name}`);
    }
  }
}
