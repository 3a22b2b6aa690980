import { MigrationInterface, QueryRunner } from 'typeorm';
import { dialectOf } from '@rapport/api-database';

/**
 * Stored answers were marked satisfied by a top-2-box rule on every scale, while every aggregate used top-3-box on
 * 10- and 11-point scales (libs/analytics/METHODS.md). This recomputes `satisfied` with the aggregates' rule, written
 * out here as it stood, so the migration means the same whatever the code becomes.
 */
const SATISFIED_FROM: ReadonlyArray<readonly [string, number]> = [
  ['1-5', 4],
  ['1-7', 6],
  ['1-10', 8],
  ['0-10', 8],
  ['thumbs', 1],
];

export class CsatSatisfiedRule1764000000130 implements MigrationInterface {
  name = 'CsatSatisfiedRule1764000000130';

  async up(queryRunner: QueryRunner): Promise<void> {
    const dialect = dialectOf(queryRunner.manager);
    const [value, scale, from] = [dialect.param(0), dialect.param(1), dialect.param(2)];
    for (const [name, threshold] of SATISFIED_FROM) {
      await queryRunner.query(`UPDATE csat_surveys SET satisfied = ${value} WHERE scale = ${scale} AND score >= ${from}`, [dialect.bool(true), name, threshold]);
      await queryRunner.query(`UPDATE csat_surveys SET satisfied = ${value} WHERE scale = ${scale} AND score < ${from}`, [dialect.bool(false), name, threshold]);
    }
  }

  async down(): Promise<void> {
    // The earlier rule disagreed with the aggregates; there is nothing worth restoring.
  }
}
