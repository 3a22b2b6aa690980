import { formatBytes, renderProgress } from './progress-bar';

describe('renderProgress', () => {
  it.each([
    [0, 100, '[------------------------]   0%'],
    [50, 100, '[############------------]  50%'],
    [100, 100, '[########################] 100%'],
    [150, 100, '[########################] 100%'],
    [5, 0, '[------------------------]   0%'],
  ])('draws %d of %d', (done, total, bar) => {
    expect(renderProgress({ label: 'import', done, total, detail: 'x' })).toBe(`import ${bar}  x`);
  });
});

describe('formatBytes', () => {
  it.each([
    [512, '0.5 KB'],
    [5 * 1024 * 1024, '5.0 MB'],
    [3 * 1024 ** 3, '3.00 GB'],
  ])('%d bytes is %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
