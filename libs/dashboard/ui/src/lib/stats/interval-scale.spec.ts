import { intervalGeometry, intervalScale, referencePosition } from './interval-scale';

describe('intervalScale', () => {
  it('covers every interval with 8% padding on each side', () => {
    expect(intervalScale([
      { lower: 60, upper: 70 },
      { lower: 75, upper: 85 },
    ])).toEqual({ min: 58, max: 87 });
  });

  it('never reaches past what the unit allows', () => {
    expect(intervalScale([{ lower: 0.9, upper: 1 }], { unit: 'proportion' })).toEqual({ min: 0.892, max: 1 });
    expect(intervalScale([{ lower: 2, upper: 50 }], { unit: 'score' })).toEqual({ min: 0, max: 53.84 });
  });

  it('keeps an included reference on the axis, so zero is visible for differences', () => {
    const scale = intervalScale([{ lower: 2, upper: 4 }], { include: [0] });
    expect(scale?.min).toBeCloseTo(-0.32);
    expect(scale?.max).toBeCloseTo(4.32);
  });

  it('gives a single value some width', () => {
    expect(intervalScale([{ lower: 50, upper: 50 }])).toEqual({ min: 46, max: 54 });
  });

  it('is null without any finite value', () => {
    expect(intervalScale([])).toBeNull();
    expect(intervalScale([{ lower: Number.NaN, upper: Number.NaN }])).toBeNull();
  });
});

describe('intervalGeometry', () => {
  const scale = { min: 50, max: 100 };

  it('places band and point in percent of the axis', () => {
    expect(intervalGeometry(scale, 60, 70, 80)).toEqual({ start: 20, end: 60, point: 40 });
  });

  it('pins values off the axis to its ends', () => {
    expect(intervalGeometry(scale, 40, 55, 120)).toEqual({ start: 0, end: 100, point: 10 });
  });

  it('rejects an empty axis', () => {
    expect(() => intervalGeometry({ min: 1, max: 1 }, 1, 1, 1)).toThrow(RangeError);
  });
});

describe('referencePosition', () => {
  it.each([
    [0, 50],
    [-10, 0],
    [-11, null],
    [11, null],
  ])('places %p at %p', (value, expected) => {
    expect(referencePosition({ min: -10, max: 10 }, value)).toBe(expected);
  });
});
