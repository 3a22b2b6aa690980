import { comparison, estimate, gapCell, gapsResponse } from '../../testing/gaps-fixtures';
import { cellDetails, gapTone, toGapCells, toGapHeatmap, toGapTableRows } from './gap-cells';

describe('gapTone', () => {
  const cell = (vs: ReturnType<typeof comparison>) => gapCell('v', 'de', estimate(70, 68, 72, 100), vs);

  it.each([
    ['a flagged drop of a higher-is-better metric', comparison(-5, -8, -2, { flagged: true }), 'higher-is-better', 'worse-strong'],
    ['a drop whose interval excludes zero, not flagged', comparison(-5, -8, -2), 'higher-is-better', 'worse'],
    ['a rise whose interval includes zero', comparison(2, -1, 5), 'higher-is-better', 'neutral'],
    ['a clear rise', comparison(4, 1, 7), 'higher-is-better', 'better'],
    ['a flagged rise', comparison(4, 1, 7, { flagged: true }), 'higher-is-better', 'better-strong'],
    ['a clear rise of a lower-is-better rate', comparison(0.1, 0.05, 0.15), 'lower-is-better', 'worse'],
    ['a comparison without enough data', comparison(null, null, null), 'higher-is-better', 'insufficient'],
  ] as const)('reads %s as %s', (_case, vs, direction, tone) => {
    expect(gapTone(cell(vs), 'vendors', direction)).toBe(tone);
  });

  it('uses the comparison asked for', () => {
    const mixed = gapCell('v', 'de', estimate(70, 68, 72, 100), comparison(-5, -8, -2, { flagged: true }), comparison(0, -1, 1));
    expect(gapTone(mixed, 'vendors', 'higher-is-better')).toBe('worse-strong');
    expect(gapTone(mixed, 'languages', 'higher-is-better')).toBe('neutral');
  });

  it('calls a cell without enough data insufficient whatever its comparison says', () => {
    const thin = gapCell('v', 'de', { status: 'insufficient', estimate: null, lower: null, upper: null, n: 4, method: 'student-t' }, comparison(-5, -8, -2));
    expect(gapTone(thin, 'vendors', 'higher-is-better')).toBe('insufficient');
  });
});

describe('toGapHeatmap', () => {
  const heatmap = toGapHeatmap(gapsResponse(), 'overall', 'vendors');

  it('has a row per vendor and a column per language, named in words', () => {
    expect(heatmap.rows.map((row) => row.label)).toEqual(['Lisboa Contact', 'Manila Desk']);
    expect(heatmap.columns.map((column) => column.label)).toEqual(['German', 'Portuguese']);
  });

  it('shows value, n and marker per cell, "Not enough data" where thin, and nothing where there are no conversations', () => {
    expect(heatmap.rows.map((row) => row.cells.map((cell) => [cell.key, cell.tone, cell.value, cell.note, cell.marker]))).toEqual([
      [
        ['v1:de', 'worse-strong', '61.2', 'n = 120', '▼'],
        ['v1:pt', 'neutral', '74.5', 'n = 410', ''],
      ],
      [
        ['v2:de', 'insufficient', 'Not enough data', 'n = 12', ''],
        ['v2:pt', 'missing', '', '', ''],
      ],
    ]);
  });

  it('describes each cell in full for screen readers and on hover', () => {
    const flagged = heatmap.rows[0]?.cells[0];
    expect(flagged?.details).toEqual([
      'Lisboa Contact · German',
      'Overall: 61.2, 95% interval 58.4 to 64.0, n = 120',
      'vs other vendors in German: \u22128.1 pts, 95% interval \u221211.5 pts to \u22124.7 pts, adjusted for channel, queue and time of day',
      'Compared on 92% of its conversations (same channel and case mix)',
      'Flagged gap',
    ]);
    expect(flagged?.label).toBe(`${flagged?.details.join('. ')}.`);
    expect(heatmap.rows[1]?.cells[0]?.details[2]).toBe(
      'vs other vendors in German: Not enough data: this cell has 12 conversations, at least 30 are needed',
    );
    expect(heatmap.rows[0]?.cells[1]?.details[2]).toBe(
      'vs other vendors in Portuguese: +1.2 pts, 95% interval \u22120.8 pts to +3.2 pts, adjusted for channel only',
    );
    expect(heatmap.rows[1]?.cells[1]?.label).toBe('Manila Desk, Portuguese: no conversations');
  });

  it('colours by the other comparison when asked', () => {
    const byLanguages = toGapHeatmap(gapsResponse(), 'overall', 'languages');
    expect(byLanguages.rows[0]?.cells[0]?.tone).toBe('neutral');
    expect(byLanguages.rows[0]?.cells[0]?.details[2]).toContain('vs Lisboa Contact in other languages');
  });

  it('shows proportions as percentages', () => {
    const mismatch = toGapHeatmap(gapsResponse(), 'languageMismatch', 'vendors');
    expect(mismatch.rows[0]?.cells[0]).toMatchObject({ value: '18.0%', tone: 'worse' });
    expect(mismatch.rows[0]?.cells[1]?.tone).toBe('missing');
  });

  it('is empty for a metric the response lacks', () => {
    const none = toGapHeatmap(gapsResponse(), 'csat', 'vendors');
    expect(none.rows.flatMap((row) => row.cells.map((cell) => cell.tone))).toEqual(['missing', 'missing', 'missing', 'missing']);
  });
});

describe('toGapTableRows', () => {
  it('writes out value, interval, n, difference and verdict of every cell', () => {
    expect(toGapTableRows(gapsResponse(), 'overall', 'vendors')).toEqual([
      {
        key: 'v1:de',
        vendor: 'Lisboa Contact',
        language: 'German',
        value: '61.2',
        interval: '58.4–64.0',
        n: 120,
        difference: '\u22128.1 pts',
        differenceInterval: '\u221211.5 pts to \u22124.7 pts',
        adjustment: 'adjusted for channel, queue and time of day',
        verdict: 'Flagged gap (worse)',
      },
      {
        key: 'v1:pt',
        vendor: 'Lisboa Contact',
        language: 'Portuguese',
        value: '74.5',
        interval: '72.9–76.1',
        n: 410,
        difference: '+1.2 pts',
        differenceInterval: '\u22120.8 pts to +3.2 pts',
        adjustment: 'adjusted for channel only',
        verdict: 'No clear difference',
      },
      {
        key: 'v2:de',
        vendor: 'Manila Desk',
        language: 'German',
        value: 'Not enough data',
        interval: null,
        n: 12,
        difference: 'Not enough data',
        differenceInterval: null,
        adjustment: null,
        verdict: 'Not enough data: this cell has 12 conversations, at least 30 are needed',
      },
    ]);
  });
});

describe('helpers', () => {
  it('names an unknown vendor by its id instead of dropping its cell', () => {
    const response = gapsResponse();
    response.vendors = response.vendors.slice(1);
    const cells = toGapCells(response, 'overall', 'vendors');
    const view = cells.get('v1:de');
    expect(view?.vendor.name).toBe('Unknown vendor (v1)');
    expect(view && cellDetails(view, 'vendors')[0]).toBe('Unknown vendor (v1) · German');
  });
});
