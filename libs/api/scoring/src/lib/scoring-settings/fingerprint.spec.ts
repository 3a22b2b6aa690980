import { fingerprint } from './fingerprint';

describe('fingerprint', () => {
  it('is the same whatever the order object keys were written in', () => {
    expect(fingerprint({ de: 'formal', sl: 'formal', hours: { 1: [[480, 1080]] } })).toBe(fingerprint({ hours: { 1: [[480, 1080]] }, sl: 'formal', de: 'formal' }));
  });

  it('tells apart configurations that differ in one value or in array order', () => {
    const weights = { responsiveness: 0.35, courtesy: 0.35, comprehension: 0.3 };
    expect(fingerprint(weights)).not.toBe(fingerprint({ ...weights, comprehension: 0.31 }));
    expect(fingerprint([[480, 720], [780, 1080]])).not.toBe(fingerprint([[780, 1080], [480, 720]]));
  });

  it('ignores absent optional fields, like a JSON round trip does', () => {
    expect(fingerprint({ a: 1, b: undefined })).toBe(fingerprint({ a: 1 }));
  });

  it('is twelve hex digits', () => {
    expect(fingerprint({})).toMatch(/^[0-9a-f]{12}$/);
  });
});
