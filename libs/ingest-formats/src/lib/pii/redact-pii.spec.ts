import { passesLuhn, redactPii, redactPiiBounded } from './redact-pii';

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

describe('redactPiiBounded: redaction reads a bounded prefix of a long message', () => {
  const LIMIT = 65_536; // MAX_TEXT_WORK_CHARS, the scorer's prefix: written out so the test does not take it from the code
  const FOUR_MB = 4 * 1024 * 1024;
  const note = (omitted: number) =>
    `\n\n[${omitted} more characters not stored: PII redaction reads the first ${LIMIT} characters of a message]`;
  const normal =
    'Thanks Maria, the parcel left on Monday. Call me on +44 20 7946 0958 or write to maria@example.com.\n';
  const repeat = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

  it('redacts a text up to the limit whole, with nothing left out', () => {
    const text = repeat(normal, LIMIT);
    const redacted = redactPiiBounded(text);
    expect(redacted.readChars).toBe(LIMIT);
    expect(redacted.omittedChars).toBe(0);
    expect(redacted).toMatchObject(redactPii(text));
  });

  // A 4 MB message of any shape costs what its first 64 Ki characters cost: the work done is the prefix read.
  it.each([
    ['normal support text', repeat(normal, FOUR_MB)],
    ['letters after one at sign', `@ ${'a'.repeat(FOUR_MB)}`],
    ['digits separated by spaces', repeat('1 ', FOUR_MB)],
    ['at signs', repeat('a@', FOUR_MB)],
    ['digit groups glued to letters', repeat('12-34 5a', FOUR_MB)],
  ])('reads at most the limit of 4 MB of %s and says how much it left out', (_shape, text) => {
    const redacted = redactPiiBounded(text);
    expect(redacted.readChars).toBeLessThanOrEqual(LIMIT);
    expect(redacted.readChars).toBeGreaterThan(LIMIT - 1024);
    expect(redacted.omittedChars).toBe(text.length - redacted.readChars);
    expect(redacted.text.endsWith(note(redacted.omittedChars))).toBe(true);
    expect(redacted.text.slice(0, -note(redacted.omittedChars).length)).toBe(
      redactPii(text.slice(0, redacted.readChars)).text,
    );
  });

  it('stores no unread text: PII beyond the prefix never reaches the result', () => {
    const text = `${repeat('hello there ', LIMIT)} write to hidden@example.com or call +44 20 7946 0958`;
    const redacted = redactPiiBounded(text);
    expect(redacted.text).not.toContain('hidden');
    expect(redacted.text).not.toContain('7946');
  });

  it('never cuts an address or a number in two: the prefix ends at the white space before it', () => {
    const head = repeat('a', LIMIT - 10);
    const text = `${head} maria.lopez@example.com +44 20 7946 0958 ${repeat('b ', 100)}`;
    const redacted = redactPiiBounded(text);
    expect(redacted.readChars).toBe(head.length);
    expect(redacted.text).toBe(`${head}${note(text.length - head.length)}`);
  });

  it('without white space near the limit, cuts at the limit without splitting a surrogate pair', () => {
    const text = `a${repeat('😀', FOUR_MB)}`;
    const redacted = redactPiiBounded(text);
    expect(redacted.readChars).toBe(LIMIT - 1);
    expect(redacted.text.slice(0, redacted.readChars)).toBe(text.slice(0, LIMIT - 1));
  });
});
