import { OKABE_ITO, seriesStyle, withAlpha } from './chart-palette';

describe('seriesStyle', () => {
  it.each([
    [0, '#0072B2', 'circle', []],
    [1, '#E69F00', 'rect', []],
    [2, '#009E73', 'triangle', []],
    [7, '#000000', 'cross', []],
    [8, '#0072B2', 'circle', [6, 4]],
    [17, '#E69F00', 'rect', [2, 3]],
    [24, '#0072B2', 'circle', []],
  ])('series %i is %s with %s points and dash %j', (index, color, pointStyle, dash) => {
    expect(seriesStyle(index)).toEqual({ color, pointStyle, dash });
  });

  it('gives the first eight series eight different Okabe–Ito colours', () => {
    const colours = Array.from({ length: 8 }, (_, index) => seriesStyle(index).color);
    expect(new Set(colours).size).toBe(8);
    expect([...colours].sort()).toEqual(Object.values(OKABE_ITO).sort());
  });

  it('keeps series apart by point style and dash when colours repeat', () => {
    const styles = Array.from({ length: 24 }, (_, index) => JSON.stringify(seriesStyle(index)));
    expect(new Set(styles).size).toBe(24);
  });

  it('hands out a fresh dash array each time, so callers cannot alter the palette', () => {
    seriesStyle(8).dash.push(99);
    expect(seriesStyle(8).dash).toEqual([6, 4]);
  });

  it.each([-1, 1.5, Number.NaN])('rejects index %p', (index) => {
    expect(() => seriesStyle(index)).toThrow(RangeError);
  });
});

describe('withAlpha', () => {
  it.each([
    ['#0072B2', 0.5, 'rgba(0, 114, 178, 0.5)'],
    ['#e69f00', 0.2, 'rgba(230, 159, 0, 0.2)'],
    ['#000000', 1, 'rgba(0, 0, 0, 1)'],
  ])('%s at %p is %s', (colour, alpha, expected) => {
    expect(withAlpha(colour, alpha)).toBe(expected);
  });

  it.each(['0072B2', '#07B', 'blue'])('rejects %p', (colour) => {
    expect(() => withAlpha(colour, 0.5)).toThrow(RangeError);
  });
});
