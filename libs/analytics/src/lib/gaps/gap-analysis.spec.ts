import { analyseGap, GapData, gapMatrix } from './gap-analysis';
import { indexedGapMatrix } from './indexed-gap-matrix';

const ANY_N = { minSample: 0 };
// These keys have one part: stopping at one part keeps every comparison at its finest strata, without the fallback
// to unadjusted figures (gap-fallback.spec.ts covers that).
const FINEST_ONLY = { ...ANY_N, coarsestAdjustment: 1 };

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
    const result = analyseGap(SMALL, { vendor: 'W', language: 'es' }, FINEST_ONLY);
    expect(result.vsOtherLanguages.status).toBe('insufficient');
    expect(result.vsOtherLanguages.coverage).toBe(0);
    expect(result.vsOtherLanguages.shortfall).toEqual({ reason: 'no-overlapping-strata', cellN: 80, referenceN: 50, minimum: 1 });
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
    const matrix = gapMatrix(SMALL, FINEST_ONLY);
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

// Pooled z test of 54/70 against 48/80: p̂ = 0.7714 and 0.6, pooled 102/150 = 0.68,
// z = 0.1714/√(0.68·0.32·(1/70 + 1/80)) = 0.1714/0.076345 = 2.245, p ≈ 0.025. All four comparisons of this matrix
// have that p-value, so BH gives q = p (≈ 0.025, flagged) and BY q = p·c(4) = p·25/12 ≈ 0.052 (not flagged).
const BORDERLINE: GapData = {
  kind: 'proportion',
  rows: SMALL.rows.map((row) =>
    row.vendor === 'V' && row.language === 'es' ? { ...row, summary: { n: 70, successes: 54 } } : row,
  ),
};

describe('gapMatrix false discovery rate', () => {
  it('uses Benjamini–Hochberg by default and Benjamini–Yekutieli when asked', () => {
    const bh = gapMatrix(BORDERLINE, FINEST_ONLY);
    const by = gapMatrix(BORDERLINE, { ...FINEST_ONLY, falseDiscoveryRate: 'benjamini-yekutieli' });
    expect(bh.multipleComparisons).toBe('benjamini-hochberg');
    expect(by.multipleComparisons).toBe('benjamini-yekutieli');
    const bhComparison = bh.cells[1].vsOtherVendors;
    const byComparison = by.cells[1].vsOtherVendors;
    expect(bhComparison.pValue as number).toBeGreaterThan(0.02);
    expect(bhComparison.pValue as number).toBeLessThan(0.03);
    expect(bhComparison.intervalExcludesZero).toBe(true);
    expect(bhComparison.qValue).toBeCloseTo(bhComparison.pValue as number, 12);
    expect(bhComparison.flagged).toBe(true);
    expect(byComparison.qValue).toBeCloseTo(((bhComparison.pValue as number) * 25) / 12, 12);
    expect(byComparison.flagged).toBe(false);
  });

  it('gives the same answer from the indexed matrix', () => {
    const options = { ...FINEST_ONLY, falseDiscoveryRate: 'benjamini-yekutieli' as const };
    const indexed = indexedGapMatrix(BORDERLINE, options);
    expect(indexed.multipleComparisons).toBe('benjamini-yekutieli');
    expect(indexed.cells[1].vsOtherVendors.qValue).toBeCloseTo(
      gapMatrix(BORDERLINE, options).cells[1].vsOtherVendors.qValue as number,
      12,
    );
  });
});
