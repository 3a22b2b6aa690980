import { foldText } from './normalize';
import { ownText } from './own-text';
import { tokenize } from './tokenize';

describe('foldText', () => {
  it.each([
    ['Ça coûte ÉNORMÉMENT', 'ca coute enormement'],
    ['Straße', 'strasse'],
    ['Förlåt', 'forlat'],
    ['Opravičujemo', 'opravicujemo'],
    ['don’t', "don't"],
    ['¿Qué?', ' que?'],
    ['e\u0301te\u0301', 'ete'],
  ])('folds %s to %s', (input, expected) => {
    expect(foldText(input).folded).toBe(expected);
  });

  it('maps every folded character back to its original offset', () => {
    const text = 'Große 👍 Straße';
    const { folded, originalIndex } = foldText(text);
    const start = folded.indexOf('strasse');
    expect(
      text.slice(originalIndex[start], originalIndex[start + 'strasse'.length]),
    ).toBe('Straße');
  });
});

describe('tokenize', () => {
  const words = (text: string): string[] =>
    tokenize(foldText(text), text).words;

  it.each([
    [
      "l'application n'est pas prête",
      ['l', 'application', 'n', 'est', 'pas', 'prete'],
    ],
    ['pouvez-vous', ['pouvez', 'vous']],
    ['ThanksBye', ['thanks', 'bye']],
    ['hola,gracias!!adios', ['hola', 'gracias', 'adios']],
    ['order #12345 🙂 ok', ['order', '12345', 'ok']],
  ])('splits %s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('marks sentence starts, capitals and all-caps words', () => {
    const text = 'Hello Anna. WHERE is it';
    const t = tokenize(foldText(text), text);
    expect(t.sentenceInitial).toEqual([true, false, true, false, false]);
    expect(t.capitalized).toEqual([true, true, true, false, false]);
    expect(t.upper).toEqual([false, false, true, false, false]);
  });
});

describe('ownText', () => {
  it('drops the quoted thread after an "On … wrote:" line, keeping offsets', () => {
    const text =
      'Thanks, that works.\n\nOn Mon, 3 Jun 2024 at 10:00, Support <help@example.com> wrote:\n> You idiot';
    const own = ownText(text);
    expect(own).toBe('Thanks, that works.\n\n');
    expect(text.startsWith(own)).toBe(true);
  });

  it.each([
    ['Gracias.\nEl lun, 3 jun 2024, Soporte escribió:\n> algo', 'Gracias.\n'],
    ['Danke!\n\nAm 03.06.2024 um 10:00 schrieb Support:\n> alt', 'Danke!\n\n'],
    ["Merci\n-----Message d'origine-----\nDe: x", 'Merci\n'],
    ['Tack\n\nSkickat från min iPhone', 'Tack\n\n'],
    ['Best regards\nAna\n-- \nAna Silva | ACME', 'Best regards\nAna\n'],
  ])('cuts %j', (text, expected) => {
    expect(ownText(text)).toBe(expected);
  });

  it('blanks quoted lines in place so later offsets still match', () => {
    const text = 'See below\n> old stuff\nNew line here, long enough';
    const own = ownText(text);
    expect(own.length).toBe(text.length);
    expect(own).not.toContain('old stuff');
    expect(own.indexOf('New line')).toBe(text.indexOf('New line'));
  });
});
