import { createHash } from 'node:crypto';
import { emailKey, randomSecret, sameDigest, sha256, temporaryPassword } from './secrets';

describe('secrets', () => {
  it('makes 256-bit URL-safe secrets that do not repeat', () => {
    const secrets = new Set(Array.from({ length: 100 }, () => randomSecret()));
    expect(secrets.size).toBe(100);
    for (const secret of secrets) {
      expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    }
    expect(temporaryPassword()).toMatch(/^[A-Za-z0-9_-]{24}$/);
  });

  it('hashes with SHA-256 and compares digests exactly', () => {
    expect(sha256('rk_example')).toBe(createHash('sha256').update('rk_example').digest('hex'));
    expect(sameDigest(sha256('a'), sha256('a'))).toBe(true);
    expect(sameDigest(sha256('a'), sha256('b'))).toBe(false);
    expect(sameDigest(sha256('a'), sha256('a').slice(0, 62))).toBe(false);
    expect(sameDigest('', '')).toBe(false);
  });

  it('counts failed sign-ins under the normalised email', () => {
    expect(emailKey('  Ana@Example.COM ')).toBe(sha256('ana@example.com'));
  });
});
