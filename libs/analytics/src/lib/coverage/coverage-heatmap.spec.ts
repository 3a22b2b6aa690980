import { coverageHeatmap } from './coverage-heatmap';

describe('coverageHeatmap', () => {
  it('builds a 168-hour row per vendor, merging rows of the same hour', () => {
    const heatmap = coverageHeatmap(
      [
        { vendor: 'beta', hourOfWeek: 10, summary: { n: 10, successes: 9 } },
        { vendor: 'alpha', hourOfWeek: 0, summary: { n: 20, successes: 0 } },
        { vendor: 'alpha', hourOfWeek: 0, summary: { n: 0, successes: 0 } },
        { vendor: 'beta', hourOfWeek: 10, summary: { n: 10, successes: 7 } },
      ],
      { minSample: 20 },
    );
    expect(heatmap.vendors).toEqual(['alpha', 'beta']);
    expect(heatmap.rows.map((row) => row.hours.length)).toEqual([168, 168]);
    // 0/20: Wilson 0 to 0.1611 (Newcombe 1998a).
    const alphaMidnight = heatmap.rows[0].hours[0];
    expect(alphaMidnight.status).toBe('ok');
    expect(alphaMidnight.upper).toBeCloseTo(0.1611, 4);
    // 16/20 after merging the two beta rows.
    expect(heatmap.rows[1].hours[10]).toMatchObject({ status: 'ok', n: 20, estimate: 0.8 });
    expect(heatmap.rows[1].hours[11]).toMatchObject({ status: 'insufficient', n: 0, estimate: null });
  });

  it('rejects hours outside the week', () => {
    expect(() => coverageHeatmap([{ vendor: 'a', hourOfWeek: 168, summary: { n: 1, successes: 1 } }])).toThrow(RangeError);
  });
});
