import { PASSWORD_MAX_LENGTH, passwordPolicyProblem } from './auth';

describe('passwordPolicyProblem', () => {
  const email = 'ana.lima@client.example';

  it.each([
    ['eleven char', 'at least 12 characters'],
    ['x'.repeat(PASSWORD_MAX_LENGTH - 4) + 'abcde', 'at most 256 characters'],
    ['abababababababab', 'at least 5 different characters'],
    ['my ana.lima password', 'e-mail'],
    ['ANA.LIMA@CLIENT.EXAMPLE!', 'e-mail'],
  ])('refuses %j (%s)', (password, reason) => {
    expect(passwordPolicyProblem(password, email)).toContain(reason);
  });

  it.each(['correct horse battery', 'Zürich-2026-été', '🙂🙃😉😊😇🙂🙃😉😊😇🙂🙃'])('accepts %j', (password) => {
    expect(passwordPolicyProblem(password, email)).toBeNull();
  });

  it('counts characters as people do, not UTF-16 units', () => {
    expect(passwordPolicyProblem('🙂🙃😉😊😇🙂', email)).toContain('at least 12 characters');
  });
});
