import { moveInWeek } from './coverage-heatmap';

describe('moveInWeek', () => {
  it.each([
    [9, 'ArrowRight', 10],
    [9, 'ArrowLeft', 8],
    [0, 'ArrowLeft', 0],
    [23, 'ArrowRight', 23],
    [9, 'ArrowDown', 33],
    [9, 'ArrowUp', 9],
    [160, 'ArrowDown', 160],
    [33, 'Home', 24],
    [33, 'End', 47],
    [33, 'Enter', 33],
  ])('from hour %p, %s goes to %p', (from, key, expected) => {
    expect(moveInWeek(from, key)).toBe(expected);
  });
});
