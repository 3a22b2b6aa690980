import { analyticsMeasureColumns } from '../migrations/1764000000500-analytics.migration';
import { SURVEY_AND_RECONTACT_MEASURES } from '../migrations/1765000005010-survey-questions-recontact.migration';
import { AGENT_ROLLUP_COLUMNS } from '../migrations/1765000032000-agent-monthly-rollups.migration';
import { AGENT_MEASURES } from './agent-rollup';
import { aggregateSql, MEASURE_NAMES, ROLLUP_MEASURES } from './rollup-measures';

const measure = (name: string) => {
  const found = ROLLUP_MEASURES.find((candidate) => candidate.name === name);
  if (!found) {
    throw new Error(`no measure ${name}`);
  }
  return found;
};

describe('rollup measures', () => {
  it('match the columns the migrations create, in order', () => {
    expect([...analyticsMeasureColumns().map((column) => column.name), ...SURVEY_AND_RECONTACT_MEASURES.map((m) => m.name)]).toEqual(MEASURE_NAMES);
  });

  it('match the agent rollup columns its migration creates and fills, in order and in SQL', () => {
    expect(AGENT_ROLLUP_COLUMNS.map((column) => [column.name, column.type, column.sql])).toEqual(
      AGENT_MEASURES.map((m) => [m.name, m.type, aggregateSql(m)]),
    );
    expect(AGENT_MEASURES).toHaveLength(1 + 7 * 3 + 9 * 2);
  });

  it('hold a MeanSummary, ProportionSummary or histogram bucket per metric', () => {
    expect(MEASURE_NAMES).toEqual(expect.arrayContaining(['n', 'csat_n', 'csat_sum', 'csat_sum_sq', 'satisfied_n', 'satisfied_yes', 'sla_n', 'sla_yes', 'frt_00', 'frt_78']));
    expect(MEASURE_NAMES).toHaveLength(1 + 7 * 3 + 9 * 2 + 79);
  });

  it.each([
    ['n', 'COUNT(*)'],
    ['csat_n', 'COUNT(csat)'],
    ['csat_sum', 'COALESCE(SUM(csat), 0)'],
    ['csat_sum_sq', 'COALESCE(SUM(csat * csat), 0)'],
    ['sla_yes', 'COALESCE(SUM(within_sla), 0)'],
    ['frt_24', 'SUM(CASE WHEN frt_bucket = 24 THEN 1 ELSE 0 END)'],
  ])('sums %s over conversation facts in SQL as %s', (name, sql) => {
    expect(aggregateSql(measure(name))).toBe(sql);
  });
});
