import { coderDeviations, mostDisagreedUnits } from './coder-deviations';

const _ = null;

// Three coders, three units. Consensus = mean of the other coders on the unit:
// coder 0: unit 0 → 1 − (2 + 3)/2 = −1.5; unit 1 → 2 − 2 = 0; unit 2 not rated. Mean −0.75, absolute 0.75, 2 units.
// coder 1: unit 0 → 2 − (1 + 3)/2 = 0; unit 1 → 2 − 2 = 0; unit 2 → 3 − 3 = 0. Mean 0 over 3 units.
// coder 2: unit 0 → 3 − (1 + 2)/2 = 1.5; unit 1 not rated; unit 2 → 3 − 3 = 0. Mean 0.75 over 2 units.
const DATA = [
  [1, 2, _],
  [2, 2, 3],
  [3, _, 3],
];

describe('coderDeviations', () => {
  it('compares each coder with the mean of the others', () => {
    expect(coderDeviations(DATA)).toEqual([
      { coder: 0, meanDeviation: -0.75, meanAbsoluteDeviation: 0.75, units: 2 },
      { coder: 1, meanDeviation: 0, meanAbsoluteDeviation: 0, units: 3 },
      { coder: 2, meanDeviation: 0.75, meanAbsoluteDeviation: 0.75, units: 2 },
    ]);
  });

  it('leaves out units no other coder rated', () => {
    expect(
      coderDeviations([
        [5, 1],
        [_, 2],
      ]),
    ).toEqual([
      { coder: 0, meanDeviation: -1, meanAbsoluteDeviation: 1, units: 1 },
      { coder: 1, meanDeviation: 1, meanAbsoluteDeviation: 1, units: 1 },
    ]);
    expect(coderDeviations([[5, _]])).toEqual([
      { coder: 0, meanDeviation: null, meanAbsoluteDeviation: null, units: 0 },
    ]);
  });
});

describe('mostDisagreedUnits', () => {
  it('lists the widest ranges first, units with a single value left out', () => {
    const data = [
      [1, 5, 2, 4],
      [1, 1, 4, _],
      [2, _, 3, _],
    ];
    // Ranges: unit 0 → 1, unit 1 → 4, unit 2 → 2, unit 3 has one value.
    expect(mostDisagreedUnits(data, 10)).toEqual([
      { unit: 1, spread: 4, values: 2 },
      { unit: 2, spread: 2, values: 3 },
      { unit: 0, spread: 1, values: 3 },
    ]);
    expect(mostDisagreedUnits(data, 1)).toEqual([{ unit: 1, spread: 4, values: 2 }]);
    expect(mostDisagreedUnits(DATA, 2)).toEqual([
      { unit: 0, spread: 2, values: 3 },
      { unit: 1, spread: 0, values: 2 },
    ]);
  });

  it('rejects a limit that is not a non-negative whole number', () => {
    expect(() => mostDisagreedUnits(DATA, -1)).toThrow(RangeError);
    expect(() => mostDisagreedUnits(DATA, 1.5)).toThrow(RangeError);
  });
});
