/**
 * Small typed arrays carved out of shared 64 KiB buffers. A typed array of more than 64 bytes gets a buffer of its
 * own outside the JavaScript heap, and in Node 20 creating one costs about a microsecond of CPU (and more of garbage
 * collection), as much as scoring several words: scoring one message made four of them. A view into a shared buffer
 * costs a few tens of nanoseconds. Each region is handed out once, so it starts zeroed like a new array; a buffer
 * is freed when no view of it is left.
 */
const SLAB_BYTES = 1 << 16;
/** Larger arrays get a buffer of their own: they are rare (long texts) and would waste the rest of a slab. */
const MAX_SLAB_REQUEST = SLAB_BYTES >> 3;

let slab = new ArrayBuffer(SLAB_BYTES);
let used = 0;

/** Byte offset of a fresh zeroed region of `bytes` bytes (a multiple of 8) in `slab`, or -1 when too large. */
function carve(bytes: number): number {
  if (bytes > MAX_SLAB_REQUEST) {
    return -1;
  }
  if (used + bytes > SLAB_BYTES) {
    slab = new ArrayBuffer(SLAB_BYTES);
    used = 0;
  }
  const at = used;
  used += (bytes + 7) & ~7;
  return at;
}

/** A zero-filled Int32Array of `length` elements. */
export function newInt32Array(length: number): Int32Array {
  const at = carve(length * 4);
  return at < 0 ? new Int32Array(length) : new Int32Array(slab, at, length);
}

/** A zero-filled Float64Array of `length` elements. */
export function newFloat64Array(length: number): Float64Array {
  const at = carve(length * 8);
  return at < 0 ? new Float64Array(length) : new Float64Array(slab, at, length);
}

/** A copy of `source[0, length)` in a fresh array. */
export function copyInt32Array(source: Int32Array, length: number): Int32Array {
  const out = newInt32Array(length);
  out.set(source.subarray(0, length));
  return out;
}

/** A scratch Int32Array of at least `length` elements, reused between calls (contents undefined). */
export class Int32Scratch {
  private array: Int32Array;

  constructor(initial: number) {
    this.array = new Int32Array(initial);
  }

  get(length: number): Int32Array {
    if (this.array.length < length) {
      let size = this.array.length * 2;
      while (size < length) {
        size *= 2;
      }
      this.array = new Int32Array(size);
    }
    return this.array;
  }
}
