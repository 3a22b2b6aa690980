import { passesLuhn, redactPii } from './redact-pii';

describe('redactPii', () => {
  it.each([
    ['write to john.doe+test@example.co.uk please', 'write to [email] please', { email: 1, phone: 0, card: 0 }],
    ['ÁLVARO@correo.es y bob@mail.io', '[email] y [email]', { email: 2, phone: 0, card: 0 }],
    ['Call +44 20 7946 0958 please', 'Call [phone] please', { email: 0, phone: 1, card: 0 }],
    ['my number: +1 (202) 555-0143.', 'my number: [phone].', { email: 0, phone: 1, card: 0 }],
    ['phone number: +386 1 234 56 78', 'phone number: [phone]', { email: 0, phone: 1, card: 0 }],
    ['0049 30 12345678 is the office', '[phone] is the office', { email: 0, phone: 1, card: 0 }],
    ['reach me at 555-123-4567', 'reach me at [phone]', { email: 0, phone: 1, card: 0 }],
    ['(555) 123-4567 after 5pm', '[phone] after 5pm', { email: 0, phone: 1, card: 0 }],
    ['appelez le 01 23 45 67 89', 'appelez le [phone]', { email: 0, phone: 1, card: 0 }],
    ['call me on 07700900123', 'call me on [phone]', { email: 0, phone: 1, card: 0 }],
    ['555.123.4567', '[phone]', { email: 0, phone: 1, card: 0 }],
    ['card 4111 1111 1111 1111 exp 12/27', 'card [card] exp 12/27', { email: 0, phone: 0, card: 1 }],
    ['card number: 4111-1111-1111-1111', 'card number: [card]', { email: 0, phone: 0, card: 1 }],
    ['5500005555555559', '[card]', { email: 0, phone: 0, card: 1 }],
    ['اتصل بي على +966 50 123 4567 شكرا', 'اتصل بي على [phone] شكرا', { email: 0, phone: 1, card: 0 }],
    ['כתבו ל-dana@example.co.il 🙏', 'כתבו ל-[email] 🙏', { email: 1, phone: 0, card: 0 }],
  ])('redacts %j', (text, expected, counts) => {
    expect(redactPii(text)).toEqual({ text: expected, redactions: counts });
  });

  it.each([
    ['the meeting is on 2024-03-01 10:30'],
    ['delivered 01.02.2024, sorry'],
    ['since 12/03/2024'],
    ['Order #123456789 is late'],
    ['order number 123 456 789'],
    ['ticket 4521 8876 12'],
    ['ORD-2024-000123'],
    ['tracking 1Z999AA10123456784'],
    ['server 192.168.100.200 is down'],
    ['build 10.0.19045.3693'],
    ['it costs $1 250 000'],
    ['4111111111111112 is not a valid card'],
    ['1234 5678 9012 3456'],
    ['@sprintcare please help'],
    ['user@localhost'],
    ['call 555-1234'],
    ['I waited 45 minutes 😡'],
    ['ref: 2023-000-1234'],
  ])('leaves %j alone', (text) => {
    expect(redactPii(text)).toEqual({ text, redactions: { email: 0, phone: 0, card: 0 } });
  });
});

describe('passesLuhn', () => {
  it.each([
    ['4111111111111111', true],
    ['4012888888881881', true],
    ['378282246310005', true],
    ['4111111111111112', false],
    ['411111111111', false],
    ['41111111111111111111', false],
  ])('%s → %s', (digits, valid) => {
    expect(passesLuhn(digits)).toBe(valid);
  });
});

describe('redactPii on hostile text', () => {
  const MB = 1024 * 1024;

  // These shapes used to take time quadratic in their length (minutes for 1 MB): the full, correct answer is asserted.
  it.each([
    ['letters after an at sign', `@ ${'a'.repeat(MB)}`],
    ['a dotted domain without a top-level domain', `maria@example${'.1'.repeat(MB / 2)}`],
    ['dots between letters', `${'a.'.repeat(MB / 2)}@`],
  ])('leaves 1 MB of %s as it is', (_shape, text) => {
    expect(redactPii(text)).toEqual({ text, redactions: { email: 0, phone: 0, card: 0 } });
  });

  it('still redacts an address in a megabyte of text', () => {
    const text = `${'a'.repeat(MB)} write to ${'b'.repeat(64)}@example.com`;
    expect(redactPii(text)).toEqual({
      text: `${'a'.repeat(MB)} write to [email]`,
      redactions: { email: 1, phone: 0, card: 0 },
    });
  });

  it('redacts the last 64 characters of a local part longer than e-mail allows', () => {
    expect(redactPii(`${'x'.repeat(70)}@example.com`).text).toBe('xxxxxx[email]');
  });
});
