import { PasswordHasher } from './password-hasher';

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  it('hashes with argon2id and a per-hash salt, and verifies only the right password', async () => {
    const first = await hasher.hash('correct horse battery staple');
    const second = await hasher.hash('correct horse battery staple');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(first).not.toBe(second);
    expect(await hasher.verify(first, 'correct horse battery staple')).toBe(true);
    expect(await hasher.verify(first, 'Correct horse battery staple')).toBe(false);
  });

  it('treats a malformed stored hash as a wrong password', async () => {
    expect(await hasher.verify('not-a-hash', 'anything')).toBe(false);
  });

  it('spends a verification even when there is no account, and always fails', async () => {
    expect(await hasher.verifyNothing('rapport-timing-equaliser')).toBe(false);
  });
});
