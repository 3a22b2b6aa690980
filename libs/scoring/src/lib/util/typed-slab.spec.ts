import { copyInt32Array, newFloat64Array, newInt32Array } from './typed-slab';

describe('typed arrays from shared buffers', () => {
  it('hands out zeroed arrays that never overlap, across buffer boundaries and for large requests', () => {
    const arrays: (Int32Array | Float64Array)[] = [];
    // Enough to fill several 64 KiB buffers, with sizes that do not divide them, and some too large for a buffer.
    for (let i = 0; i < 3000; i++) {
      const length = i % 97 === 0 ? 5000 : (i * 37) % 61;
      const array = i % 2 === 0 ? newInt32Array(length) : newFloat64Array(length);
      expect(array.length).toBe(length);
      expect(array.every((v) => v === 0)).toBe(true);
      array.fill(i + 1);
      arrays.push(array);
    }
    arrays.forEach((array, i) => expect(array.every((v) => v === i + 1)).toBe(true));
  });

  it('copies the first elements of an array', () => {
    const source = Int32Array.from([5, -3, 8, 13, 21]);
    expect([...copyInt32Array(source, 3)]).toEqual([5, -3, 8]);
    expect([...copyInt32Array(source, 0)]).toEqual([]);
  });
});
