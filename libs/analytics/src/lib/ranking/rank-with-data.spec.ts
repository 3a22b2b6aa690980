import { rankWithData } from './rank-with-data';

describe('rankWithData', () => {
  const candidates = [
    { id: 'a', n: 120, estimate: 81 },
    { id: 'b', n: 15, estimate: 95 },
    { id: 'c', n: 60, estimate: 88 },
    { id: 'd', n: 45, estimate: 81 },
    { id: 'e', n: 200, estimate: null },
    { id: 'f', n: 300, estimate: 99, status: 'insufficient' as const },
    { id: 'g', n: 80, estimate: 70 },
  ];

  it.each([
    ['higher-is-better', [2, null, 1, 2, null, null, 4]],
    ['lower-is-better', [2, null, 4, 2, null, null, 1]],
  ] as const)('ranks only entries with enough data, ties sharing a rank (%s)', (direction, ranks) => {
    const result = rankWithData(candidates, { direction });
    expect(result.map((entry) => entry.rank)).toEqual(ranks);
    expect(result.map((entry) => entry.status)).toEqual(['ok', 'insufficient', 'ok', 'ok', 'insufficient', 'insufficient', 'ok']);
    expect(result.every((entry) => entry.rankedAmong === 4)).toBe(true);
    expect(result.map((entry) => entry.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });

  it('uses the minimum sample it is given', () => {
    const ranks = rankWithData(candidates, { direction: 'higher-is-better', minSample: 10 }).map((entry) => entry.rank);
    expect(ranks).toEqual([3, 1, 2, 3, null, null, 5]);
  });

  it('never ranks an empty entry even with no minimum', () => {
    const result = rankWithData([{ id: 'x', n: 0, estimate: 50 }], { direction: 'higher-is-better', minSample: 0 });
    expect(result[0]).toEqual({ id: 'x', n: 0, estimate: 50, status: 'insufficient', rank: null, rankedAmong: 0, method: 'competition-rank' });
  });

  it('handles an empty list', () => {
    expect(rankWithData([], { direction: 'lower-is-better' })).toEqual([]);
  });
});
