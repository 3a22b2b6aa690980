import { meanSummaryOf } from '../summaries/mean-summary';
import { empiricalBayesShrinkage } from './empirical-bayes';

const ANY_N = { minSample: 0 };

describe('empiricalBayesShrinkage', () => {
  // Three agents, four conversations each, means 80, 70, 60, within-agent sum of squares 8 each.
  // σ² = 24/9 = 2.666667, sampling variance v = σ²/4 = 0.666667, μ = 70.
  // w = 1/v = 1.5: Q = 1.5·(100 + 0 + 100) = 300; Σw = 4.5, Σw² = 6.75, Σw − Σw²/Σw = 3;
  // τ² = (300 − 2)/3 = 99.333333; B = 0.666667/100 = 0.006666667; θ(a) = 70 + 0.993333·10 = 79.933333.
  // Var(μ̂) = Σ16(v + τ²)/12² = 33.333333; posterior variance 0.993333·0.666667 + B²·33.333333 = 0.663704,
  // half width 1.959964·0.814680 = 1.596744.
  const agents = [
    { id: 'a', summary: meanSummaryOf([78, 82, 80, 80]) },
    { id: 'b', summary: meanSummaryOf([68, 72, 70, 70]) },
    { id: 'c', summary: meanSummaryOf([58, 62, 60, 60]) },
  ];

  it('matches the hand computation', () => {
    const result = empiricalBayesShrinkage(agents, ANY_N);
    expect(result.vendorMean).toBeCloseTo(70, 12);
    expect(result.withinVariance).toBeCloseTo(2.666667, 6);
    expect(result.betweenVariance).toBeCloseTo(99.333333, 6);
    const [a, b, c] = result.agents;
    expect(a.shrinkageFactor).toBeCloseTo(0.006666667, 9);
    expect(a.estimate).toBeCloseTo(79.933333, 6);
    expect(a.lower).toBeCloseTo(79.933333 - 1.596744, 5);
    expect(a.upper).toBeCloseTo(79.933333 + 1.596744, 5);
    expect(b.estimate).toBeCloseTo(70, 12);
    expect(c.estimate).toBeCloseTo(60.066667, 6);
    expect(a.rawMean).toBe(80);
    expect(a.method).toBe('empirical-bayes-normal-moments');
  });

  // Means 71, 70, 69 with σ² = 2.666667: Q = 1.5·(1 + 1) = 3 > k − 1 = 2, τ² = 1/3; B = 0.666667/1 = 0.666667.
  it('shrinks hard when agents barely differ', () => {
    const close = [
      { id: 'a', summary: meanSummaryOf([69, 73, 71, 71]) },
      { id: 'b', summary: meanSummaryOf([68, 72, 70, 70]) },
      { id: 'c', summary: meanSummaryOf([67, 71, 69, 69]) },
    ];
    const result = empiricalBayesShrinkage(close, ANY_N);
    expect(result.betweenVariance).toBeCloseTo(1 / 3, 9);
    expect(result.agents[0].shrinkageFactor).toBeCloseTo(2 / 3, 9);
    expect(result.agents[0].estimate).toBeCloseTo(70 + 1 / 3, 9);
  });

  it('pulls everyone to the vendor mean when agents do not differ more than chance', () => {
    const same = [
      { id: 'a', summary: meanSummaryOf([60, 80]) },
      { id: 'b', summary: meanSummaryOf([70, 70, 70, 70]) },
      { id: 'c', summary: meanSummaryOf([71, 69]) },
    ];
    const result = empiricalBayesShrinkage(same, ANY_N);
    expect(result.betweenVariance).toBe(0);
    for (const agent of result.agents) {
      expect(agent.shrinkageFactor).toBe(1);
      expect(agent.estimate).toBeCloseTo(70, 12);
    }
  });

  it('shrinks agents with fewer conversations more', () => {
    const result = empiricalBayesShrinkage(
      [
        { id: 'few', summary: meanSummaryOf([90, 94, 86]) },
        { id: 'many', summary: meanSummaryOf([88, 92, 90, 86, 94, 90, 89, 91, 90, 90]) },
        { id: 'x', summary: meanSummaryOf([60, 64, 56, 60, 62, 58]) },
      ],
      ANY_N,
    );
    const [few, many] = result.agents;
    expect(few.shrinkageFactor).toBeGreaterThan(many.shrinkageFactor ?? Infinity);
  });

  it('uses small agents for the vendor estimates but reports them as insufficient', () => {
    const result = empiricalBayesShrinkage([...agents, { id: 'new', summary: meanSummaryOf([100, 100]) }], { minSample: 3 });
    expect(result.agents.map((agent) => agent.status)).toEqual(['ok', 'ok', 'ok', 'insufficient']);
    expect(result.agents[3]).toMatchObject({ id: 'new', estimate: null, rawMean: 100, shrinkageFactor: null, n: 2 });
    // (320 + 280 + 240 + 200) / 14 conversations
    expect(result.vendorMean).toBeCloseTo(1040 / 14, 12);
  });

  it.each([
    ['no agents', []],
    ['a single agent', [{ id: 'solo', summary: meanSummaryOf([70, 80, 90]) }]],
    ['only single-conversation agents', [{ id: 'a', summary: meanSummaryOf([70]) }, { id: 'b', summary: meanSummaryOf([80]) }]],
  ])('cannot estimate the spread between agents with %s', (_, input) => {
    const result = empiricalBayesShrinkage(input, ANY_N);
    expect(result.betweenVariance).toBeNull();
    // One answer per agent given, each insufficient (none for no agents).
    expect(result.agents.map((agent) => [agent.id, agent.status])).toEqual(input.map((agent) => [agent.id, 'insufficient']));
  });
});
