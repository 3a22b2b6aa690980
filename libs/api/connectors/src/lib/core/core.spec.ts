import { pauseBeforeNextMs, retryAfterMs } from './rate-limited-fetch';
import { SecretBox } from './secret-box';

describe('retryAfterMs', () => {
  const now = Date.parse('2026-12-07T12:00:00Z');
  it.each([
    ['1', 1_000],
    ['0', 0],
    ['2.5', 2_500],
    ['Mon, 07 Dec 2026 12:00:30 GMT', 30_000],
    ['Mon, 07 Dec 2026 11:59:00 GMT', 0],
    [null, 60_000],
    ['soon', 60_000],
  ])('reads %p as %p ms', (header, expected) => {
    expect(retryAfterMs(header, now)).toBe(expected);
  });
});

describe('pauseBeforeNextMs', () => {
  it('waits for the window to reset only when no calls remain', () => {
    expect(pauseBeforeNextMs(new Headers({ 'x-rate-limit-remaining': '0', 'ratelimit-reset': '3' }))).toBe(3_000);
    expect(pauseBeforeNextMs(new Headers({ 'ratelimit-remaining': '5', 'ratelimit-reset': '3' }))).toBe(0);
    expect(pauseBeforeNextMs(new Headers({}))).toBe(0);
  });
});

describe('SecretBox', () => {
  const box = new SecretBox('11'.repeat(32));
  it('seals a token so that only the same key opens it, never twice the same text', () => {
    const sealed = box.seal('zendesk-token-123');
    expect(sealed).not.toContain('zendesk-token-123');
    expect(box.seal('zendesk-token-123')).not.toBe(sealed);
    expect(box.open(sealed)).toBe('zendesk-token-123');
    expect(() => new SecretBox('22'.repeat(32)).open(sealed)).toThrow();
  });

  it('refuses a tampered value and a key of the wrong size', () => {
    const [version, iv, tag, text] = box.seal('abc').split(':');
    const flipped = Buffer.from(text as string, 'base64');
    flipped[0] = (flipped[0] as number) ^ 1;
    expect(() => box.open([version, iv, tag, flipped.toString('base64')].join(':'))).toThrow();
    expect(() => new SecretBox('11'.repeat(16))).toThrow('32 bytes');
  });
});
