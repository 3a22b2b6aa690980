import { analyseGap, GapData, gapMatrix } from './gap-analysis';

const ANY_N = { minSample: 0 };

// Newcombe (1998b) Table II example (a): 56/70 − 48/80 → 0.0524 to 0.3339, pooled-test p = 0.008045.
const SMALL: GapData = {
  kind: 'proportion',
  rows: [
    { vendor: 'V', language: 'es', stratum: 'chat', summary: { n: 70, successes: 56 } },
    { vendor: 'V', language: 'en', stratum: 'chat', summary: { n: 80, successes: 48 } },
    { vendor: 'W', language: 'es', stratum: 'chat', summary: { n: 80, successes: 48 } },
    { vendor: 'W', language: 'en', stratum: 'email', summary: { n: 50, successes: 10 } },
  ],
};

describe('analyseGap', () => {
  it('compares the cell with the vendor’s other languages and with other vendors in its language', () => {
    const result = analyseGap(SMALL, { vendor: 'V', language: 'es' }, ANY_N);
    expect(result.cell.estimate).toBeCloseTo(0.8, 12);
    expect(result.cell.n).toBe(70);
    for (const comparison of [result.vsOtherLanguages, result.vsOtherVendors]) {
      expect(comparison.status).toBe('ok');
      expect(comparison.difference).toBeCloseTo(0.2, 12);
      expect(comparison.lower).toBeCloseTo(0.0524, 4);
      expect(comparison.upper).toBeCloseTo(0.3339, 4);
      expect([comparison.nA, comparison.nB]).toEqual([70, 80]);
      expect(comparison.intervalExcludesZero).toBe(true);
      expect(comparison.flagged).toBe(true);
      expect(comparison.qValue).toBeNull();
    }
    expect(result.vsOtherLanguages.comparison).toBe('same-vendor-other-languages');
    expect(result.vsOtherVendors.comparison).toBe('other-vendors-same-language');
  });

  it('only compares strata the comparison group also has', () => {
    // W's other language is all email; the cell is all chat: nothing in common.
    const result = analyseGap(SMALL, { vendor: 'W', language: 'es' }, ANY_N);
    expect(result.vsOtherLanguages.status).toBe('insufficient');
    expect(result.vsOtherLanguages.coverage).toBe(0);
    expect(result.vsOtherLanguages.flagged).toBe(false);
  });

  it('never flags below the minimum sample', () => {
    const result = analyseGap(SMALL, { vendor: 'V', language: 'es' }, { minSample: 71 });
    expect(result.cell.status).toBe('insufficient');
    expect(result.vsOtherVendors.status).toBe('insufficient');
    expect(result.vsOtherVendors.flagged).toBe(false);
    expect(result.vsOtherVendors.difference).toBeNull();
  });
});

describe('gapMatrix', () => {
  it('lists each vendor × language cell with data and adds q-values across the matrix', () => {
    const matrix = gapMatrix(SMALL, ANY_N);
    expect(matrix.vendors).toEqual(['V', 'W']);
    expect(matrix.languages).toEqual(['en', 'es']);
    expect(matrix.cells.map((cell) => `${cell.vendor}-${cell.language}`)).toEqual(['V-en', 'V-es', 'W-en', 'W-es']);
    // Comparisons with a stratum in common: V-en vs V-es; V-es vs V-en and vs W-es; W-es vs V-es.
    // W-en is all email, which no other cell has, and W's two languages share no stratum.
    expect(matrix.tests).toBe(4);
    const ves = matrix.cells[1];
    expect(ves.vsOtherVendors.qValue).not.toBeNull();
    expect(ves.vsOtherVendors.flagged).toBe(true);
  });
});
