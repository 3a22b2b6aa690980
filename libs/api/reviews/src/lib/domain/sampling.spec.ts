import { adaptive, assignBalanced, SamplingCandidate, selectSample, weekOf } from './sampling';

function candidates(
  count: number,
  overrides: (i: number) => Partial<SamplingCandidate> = () => ({}),
): SamplingCandidate[] {
  return Array.from({ length: count }, (_, i) => ({
    conversationId: `c-${String(i).padStart(4, '0')}`,
    vendorId: 'v1',
    day: '2026-03-02',
    language: 'en',
    channel: 'chat',
    overall: 50,
    csat: 50,
    ...overrides(i),
  }));
}

describe('weekOf', () => {
  it.each([
    ['2026-03-02', '2026-03-02'], // a Monday
    ['2026-03-08', '2026-03-02'], // the Sunday after
    ['2026-03-09', '2026-03-09'],
    ['2026-01-01', '2025-12-29'], // across a year
  ])('puts %s in the week starting %s', (day, monday) => {
    expect(weekOf(day)).toBe(monday);
  });
});

describe('selectSample', () => {
  const pool = candidates(200, (i) => ({
    vendorId: i % 2 ? 'v1' : 'v2',
    day: i % 3 ? '2026-03-03' : '2026-03-10',
  }));

  it('draws the same conversations for the same seed whatever the input order, others for another seed', () => {
    const rule = { kind: 'random', perVendorWeek: 5 } as const;
    const ids = (items: ReturnType<typeof selectSample>) => items.map((item) => item.candidate.conversationId).sort();
    const a = selectSample(pool, rule, { seed: 7, excluded: new Set() });
    const b = selectSample([...pool].reverse(), rule, {
      seed: 7,
      excluded: new Set(),
    });
    const c = selectSample(pool, rule, { seed: 8, excluded: new Set() });
    expect(ids(a)).toHaveLength(20); // 2 vendors × 2 weeks × 5
    expect(ids(b)).toEqual(ids(a));
    expect(ids(c)).not.toEqual(ids(a));
  });

  it('takes n per stratum of vendor × language × channel, or all of a smaller stratum', () => {
    const mixed = [
      ...candidates(10, () => ({ language: 'en' })),
      ...candidates(2, (i) => ({ conversationId: `sv-${i}`, language: 'sv' })),
      ...candidates(4, (i) => ({
        conversationId: `em-${i}`,
        channel: 'email',
      })),
    ];
    const picked = selectSample(mixed, { kind: 'stratified', perStratum: 3 }, { seed: 1, excluded: new Set() });
    const perStratum = new Map<string, number>();
    for (const { candidate } of picked) {
      const key = `${candidate.language}|${candidate.channel}`;
      perStratum.set(key, (perStratum.get(key) ?? 0) + 1);
    }
    expect(Object.fromEntries(perStratum)).toEqual({
      'en|chat': 3,
      'sv|chat': 2,
      'en|email': 3,
    });
  });

  it('never picks an excluded conversation or one twice', () => {
    const doubled = [...pool, ...pool];
    const excluded = new Set(pool.slice(0, 150).map((c) => c.conversationId));
    const picked = selectSample(doubled, { kind: 'low-score', below: 101, limit: 1000 }, { seed: 3, excluded });
    const ids = picked.map((item) => item.candidate.conversationId);
    expect(ids).toHaveLength(50);
    expect(new Set(ids).size).toBe(50);
    expect(ids.some((id) => excluded.has(id))).toBe(false);
  });

  it('tops a queue up: what it holds counts towards each group, so only missing groups and new arrivals are drawn', () => {
    const rule = { kind: 'random', perVendorWeek: 2 } as const;
    const first = selectSample(pool, rule, { seed: 5, excluded: new Set() });
    // Two vendors × two weeks, two each.
    expect(first).toHaveLength(8);
    const held = new Set(first.map((item) => item.candidate.conversationId));
    // Nothing new: a refill adds nothing (it used to draw the period again).
    expect(selectSample(pool, rule, { seed: 5, excluded: held })).toEqual([]);
    // One group held only half (one of its two was removed from the queue): one is drawn for it.
    const [dropped] = first;
    const partly = new Set([...held].filter((id) => id !== dropped?.candidate.conversationId));
    const refill = selectSample(pool, rule, { seed: 5, excluded: partly });
    expect(refill).toHaveLength(1);
    expect(refill[0]?.candidate.conversationId).toBe(dropped?.candidate.conversationId);
    // A new week arrives: exactly its two per vendor, never one already held.
    const later = candidates(6, (i) => ({ conversationId: `n-${i}`, vendorId: i % 2 ? 'v1' : 'v2', day: '2026-03-17' }));
    const arrivals = selectSample([...pool, ...later], rule, { seed: 5, excluded: held });
    expect(arrivals.map((item) => item.candidate.conversationId).every((id) => id.startsWith('n-'))).toBe(true);
    expect(arrivals).toHaveLength(4);
    // The same queue state and seed give the same top-up, and it equals what a fresh draw of the period adds.
    expect(selectSample([...later, ...pool].reverse(), rule, { seed: 5, excluded: held })).toEqual(arrivals);
    const fresh = selectSample([...pool, ...later], rule, { seed: 5, excluded: new Set() }).map((item) => item.candidate.conversationId);
    expect(new Set(fresh)).toEqual(new Set([...held, ...arrivals.map((item) => item.candidate.conversationId)]));
  });

  it('counts what a queue holds towards the limit of the other rules', () => {
    const rule = { kind: 'low-score', below: 101, limit: 10 } as const;
    const first = selectSample(pool, rule, { seed: 9, excluded: new Set() });
    const held = new Set(first.slice(0, 7).map((item) => item.candidate.conversationId));
    const refill = selectSample(pool, rule, { seed: 9, excluded: held });
    expect(refill.map((item) => item.candidate.conversationId)).toEqual(first.slice(7).map((item) => item.candidate.conversationId));
    expect(selectSample(pool, rule, { seed: 9, excluded: new Set([...held, ...refill.map((item) => item.candidate.conversationId)]) })).toEqual([]);
  });

  it('keeps only low CSAT or low automatic scores under their rules', () => {
    const scored = candidates(40, (i) => ({ csat: i, overall: 100 - i }));
    const lowCsat = selectSample(scored, { kind: 'low-csat', below: 10, limit: 100 }, { seed: 1, excluded: new Set() });
    expect(lowCsat.map((item) => item.candidate.csat).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
    const lowScore = selectSample(scored, { kind: 'low-score', below: 65, limit: 3 }, { seed: 1, excluded: new Set() });
    expect(lowScore).toHaveLength(3);
    expect(lowScore.every((item) => (item.candidate.overall ?? 100) < 65)).toBe(true);
  });
});

describe('adaptive', () => {
  it('gives each language draws in proportion to its need', () => {
    const pool = [
      ...candidates(50, (i) => ({ conversationId: `en-${i}`, language: 'en' })),
      ...candidates(50, (i) => ({ conversationId: `sl-${i}`, language: 'sl' })),
    ];
    const picked = adaptive(
      pool,
      20,
      new Map([
        ['en', 1],
        ['sl', 3],
      ]),
    );
    const sl = picked.filter((item) => item.candidate.language === 'sl').length;
    expect([picked.length, sl]).toEqual([20, 15]);
  });

  it('passes the draws of an exhausted language to the others', () => {
    const pool = [
      ...candidates(2, (i) => ({ conversationId: `sl-${i}`, language: 'sl' })),
      ...candidates(30, (i) => ({ conversationId: `en-${i}`, language: 'en' })),
    ];
    const picked = adaptive(pool, 10, new Map([['sl', 10]]));
    expect(picked.filter((item) => item.candidate.language === 'sl')).toHaveLength(2);
    expect(picked).toHaveLength(10);
  });
});

describe('assignBalanced', () => {
  it('spreads items so that counts differ by at most one, counting what reviewers already hold', () => {
    expect(assignBalanced(5, ['a', 'b', 'c'])).toEqual(['a', 'b', 'c', 'a', 'b']);
    expect(assignBalanced(4, ['a', 'b', 'c'], new Map([['a', 2]]))).toEqual(['b', 'c', 'b', 'c']);
  });
});
