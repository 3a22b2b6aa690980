import type { HeatmapModel } from '@rapport/dashboard-ui';
import { markWeakColumns, weakGapLanguages } from './weak-languages';

const MODEL: HeatmapModel = {
  rowHeader: 'Vendor',
  columns: [
    { key: 'en', label: 'English' },
    { key: 'sl', label: 'Slovenian' },
  ],
  rows: [],
};

describe('weak languages on the gaps page', () => {
  it('keeps the weak languages the gap answer has, in its order', () => {
    expect(weakGapLanguages(['de', 'en', 'sl'], ['sl', 'pt', 'de'])).toEqual(['de', 'sl']);
    expect(weakGapLanguages(['en'], null)).toEqual([]);
  });

  it('marks the weak languages’ columns and leaves the others', () => {
    expect(markWeakColumns(MODEL, ['sl']).columns).toEqual([
      { key: 'en', label: 'English' },
      { key: 'sl', label: 'Slovenian †' },
    ]);
    expect(markWeakColumns(MODEL, [])).toBe(MODEL);
  });
});
