import type { FactsRow } from '../facts/facts-row';
import { rollupDeltas } from './rollup-deltas';
import { MEASURE_NAMES } from './rollup-measures';

function facts(overrides: Partial<FactsRow> = {}): FactsRow {
  return {
    conversation_id: 'c1', vendor_id: 'v1', day: '2026-03-02', language: 'de', channel: 'chat', queue: 'billing', site: 'Graz',
    hour_of_week: 9, hour_band: 'weekday-business', agent_id: null, score_status: 'scored', responsiveness: 90, courtesy: 80,
    comprehension: 100, overall: 90, first_response_seconds: 30, frt_bucket: 20, within_sla: 1, after_hours: 0, weekend: 0,
    sla_after_hours: null, sla_weekend: null, language_mismatch: 0, clarification: 0, asks_other_agent: 0, csat: null, csat_satisfied: null,
    ...overrides,
  };
}

const value = (measures: number[], name: string) => measures[MEASURE_NAMES.indexOf(name)];

describe('rollupDeltas', () => {
  it('adds a new conversation to its daily row and to each monthly grain', () => {
    const { daily, monthly } = rollupDeltas([], [facts()]);
    expect(daily.map((row) => row.key)).toEqual([['2026-03-02', 'v1', 'de', 'chat', 'billing', 'Graz', 9, 'weekday-business']]);
    expect(monthly.map((row) => row.key)).toEqual([
      ['2026-03', 'detail', 'v1', 'de', 'chat', 'billing', 'Graz', '*', -1],
      ['2026-03', 'full', 'v1', 'de', 'chat', 'billing', 'Graz', 'weekday-business', -1],
      ['2026-03', 'hour', 'v1', '*', '*', '*', '*', '*', 9],
      ['2026-03', 'strata', 'v1', 'de', 'chat', 'billing', '*', 'weekday-business', -1],
      ['2026-03', 'vendor', 'v1', '*', '*', '*', '*', '*', -1],
    ]);
    expect(value(daily[0]?.measures ?? [], 'n')).toBe(1);
    expect(value(daily[0]?.measures ?? [], 'courtesy_sum')).toBe(80);
  });

  it('changes nothing when a conversation is stored again unchanged', () => {
    expect(rollupDeltas([facts()], [facts()])).toEqual({ daily: [], monthly: [] });
  });

  it('changes values in place when a survey answer arrives', () => {
    const { daily, monthly } = rollupDeltas([facts()], [facts({ csat: 50, csat_satisfied: 0 })]);
    expect(daily).toHaveLength(1);
    expect(monthly).toHaveLength(5);
    const measures = daily[0]?.measures ?? [];
    expect(value(measures, 'n')).toBe(0);
    expect(value(measures, 'csat_n')).toBe(1);
    expect(value(measures, 'csat_sum')).toBe(50);
    expect(value(measures, 'satisfied_n')).toBe(1);
    expect(value(measures, 'satisfied_yes')).toBe(0);
    // csat_n, csat_sum, csat_sum_sq and satisfied_n change; nothing else does.
    expect(measures.filter((delta) => delta !== 0)).toHaveLength(4);
  });

  it('moves an updated conversation between keys', () => {
    const { daily, monthly } = rollupDeltas([facts()], [facts({ day: '2026-04-01', language: 'en' })]);
    expect(daily.map((row) => [row.key[0], row.key[2], value(row.measures, 'n')])).toEqual([
      ['2026-03-02', 'de', -1],
      ['2026-04-01', 'en', 1],
    ]);
    // The vendor grain of each month moves too; detail and full move with the language.
    expect(monthly.filter((row) => row.key[1] === 'vendor').map((row) => [row.key[0], value(row.measures, 'n')])).toEqual([
      ['2026-03', -1],
      ['2026-04', 1],
    ]);
  });

  it('nets several conversations of one key together', () => {
    const { monthly } = rollupDeltas([], [facts(), facts({ conversation_id: 'c2', courtesy: 60 })]);
    const vendorRow = monthly.find((row) => row.key[1] === 'vendor');
    expect(value(vendorRow?.measures ?? [], 'n')).toBe(2);
    expect(value(vendorRow?.measures ?? [], 'courtesy_sum')).toBe(140);
    expect(value(vendorRow?.measures ?? [], 'courtesy_sum_sq')).toBe(6400 + 3600);
  });
});
