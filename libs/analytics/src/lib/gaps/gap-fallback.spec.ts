import { analyseGap, GapData, gapMatrix } from './gap-analysis';
import { adjustmentLevels } from './gap-fallback';
import { indexedGapMatrix } from './indexed-gap-matrix';

describe('adjustmentLevels', () => {
  it('cuts the stratum keys one trailing part at a time, down to a single stratum', () => {
    const levels = adjustmentLevels(['chat|billing|day', 'chat|billing|night', 'chat|refunds|day', 'email|billing|day']);
    expect(levels.map((level) => level.level)).toEqual([3, 2, 1, 0]);
    expect(levels[1].strata).toEqual(['chat|billing', 'chat|refunds', 'email|billing']);
    expect(Array.from(levels[1].coarseOf)).toEqual([0, 0, 1, 2]);
    expect(levels[2].strata).toEqual(['chat', 'email']);
    expect(levels[3].strata).toEqual(['']);
    expect(Array.from(levels[3].coarseOf)).toEqual([0, 0, 0, 0]);
  });

  it('stops at the coarsest adjustment asked for', () => {
    expect(adjustmentLevels(['chat|billing', 'email|billing'], 1).map((level) => level.level)).toEqual([2, 1]);
  });
});

// The cell V·es is all chat about billing; the other vendor W serves Spanish in chat about refunds and in email about
// billing. Channel × queue share nothing; channel alone shares chat.
const NESTED: GapData = {
  kind: 'proportion',
  rows: [
    { vendor: 'V', language: 'es', stratum: 'chat|billing', summary: { n: 70, successes: 56 } },
    { vendor: 'W', language: 'es', stratum: 'chat|refunds', summary: { n: 80, successes: 48 } },
    { vendor: 'W', language: 'es', stratum: 'email|billing', summary: { n: 50, successes: 10 } },
  ],
};

describe('gap comparisons fall back to coarser strata', () => {
  it('adjusts for channel only when channel × queue leaves no overlap', () => {
    const result = analyseGap(NESTED, { vendor: 'V', language: 'es' }, { minSample: 30 });
    const comparison = result.vsOtherVendors;
    // V's chat 56/70 against W's chat 48/80, the cell being all chat: Newcombe (1998b) Table II example (a),
    // 0.2 with 0.0524 to 0.3339.
    expect(comparison.status).toBe('ok');
    expect(comparison.adjustmentLevel).toBe(1);
    expect(comparison.shortfall).toBeNull();
    expect(comparison.difference).toBeCloseTo(0.2, 12);
    expect(comparison.lower).toBeCloseTo(0.0524, 4);
    expect(comparison.upper).toBeCloseTo(0.3339, 4);
    expect([comparison.nA, comparison.nB]).toEqual([70, 80]);
  });

  it('compares unadjusted when no stratum is shared at any level', () => {
    // W·es is all chat, W·en all email: not even the channel is shared, so only the unadjusted comparison is left.
    const data: GapData = {
      kind: 'proportion',
      rows: [
        { vendor: 'W', language: 'es', stratum: 'chat|refunds', summary: { n: 80, successes: 48 } },
        { vendor: 'W', language: 'en', stratum: 'email|billing', summary: { n: 50, successes: 10 } },
      ],
    };
    const comparison = analyseGap(data, { vendor: 'W', language: 'es' }, { minSample: 30 }).vsOtherLanguages;
    // 48/80 − 10/50 = 0.4; Wilson 95% bounds 0.4904–0.7003 and 0.1124–0.3304, MOVER (Newcombe's method 10):
    // 0.4 − √(0.1096² + 0.1304²) = 0.2297 and 0.4 + √(0.1003² + 0.0876²) = 0.5332.
    expect(comparison.status).toBe('ok');
    expect(comparison.adjustmentLevel).toBe(0);
    expect(comparison.difference).toBeCloseTo(0.4, 12);
    expect(comparison.lower).toBeCloseTo(0.2297, 4);
    expect(comparison.upper).toBeCloseTo(0.5332, 4);
  });

  it('says the cell has too few conversations, with the counts', () => {
    const comparison = analyseGap(NESTED, { vendor: 'V', language: 'es' }, { minSample: 71 }).vsOtherVendors;
    expect(comparison.status).toBe('insufficient');
    expect(comparison.shortfall).toEqual({ reason: 'too-few-in-cell', cellN: 70, referenceN: 130, minimum: 71 });
  });

  it('says the comparison group has too few conversations, with the counts', () => {
    const comparison = analyseGap(NESTED, { vendor: 'W', language: 'es' }, { minSample: 30 }).vsOtherVendors;
    // V·es holds 70 conversations, W·es 130: enough on both sides, so this one has a figure; W's other languages
    // have none at all.
    expect(comparison.status).toBe('ok');
    const alone = analyseGap(NESTED, { vendor: 'W', language: 'es' }, { minSample: 30 }).vsOtherLanguages;
    expect(alone.shortfall).toEqual({ reason: 'too-few-in-reference', cellN: 130, referenceN: 0, minimum: 30 });
  });

  it('gives the same comparisons from the indexed matrix', () => {
    const plain = gapMatrix(NESTED, { minSample: 30 });
    const indexed = indexedGapMatrix(NESTED, { minSample: 30 });
    expect(indexed.cells).toEqual(plain.cells);
  });
});
