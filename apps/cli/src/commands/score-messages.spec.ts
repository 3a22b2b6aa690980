import { scoreMessageLine } from './score-messages';

const run = (input: unknown): Record<string, unknown> =>
  JSON.parse(
    scoreMessageLine(typeof input === 'string' ? input : JSON.stringify(input)),
  );

describe('score-messages line contract', () => {
  it('scores a message with the detected language and evidence', () => {
    const out = run({
      id: 'a',
      text: 'Muchas gracias, ¡que tenga un buen día!',
    });
    expect(out).toMatchObject({
      id: 'a',
      lang: 'es',
      formality: 'formal',
      clarificationRequest: false,
    });
    // A calibrated probability: a polite message stays at the support base rate (2 %), never exactly 0.
    expect(out['rudeness']).toBeLessThan(0.05);
    expect(Object.keys(out)).toEqual([
      'id',
      'lang',
      'languageStatus',
      'courtesy',
      'rudeness',
      'formality',
      'clarificationRequest',
      'evidence',
    ]);
    expect(out['evidence']).toEqual(
      expect.arrayContaining([
        {
          messageIndex: 0,
          start: 0,
          end: 14,
          rule: 'courtesy.thanks',
          explanation: 'Thanks the other person: “Muchas gracias”',
          points: expect.any(Number),
        },
      ]),
    );
  });

  it('uses the given language, reduced to its ISO 639-1 base', () => {
    expect(run({ id: 'b', text: 'ok', lang: 'pt-BR' })).toMatchObject({
      id: 'b',
      lang: 'pt',
      languageStatus: 'supported',
    });
  });

  it('reports "und" for text whose language cannot be told', () => {
    expect(run({ id: 'c', text: '👍' })).toMatchObject({
      id: 'c',
      lang: 'und',
      languageStatus: 'undetermined',
    });
  });

  it('gives no courtesy score in a language without resources', () => {
    expect(
      run({
        id: 'd',
        text: 'Buongiorno, il mio ordine non è ancora arrivato, potete aiutarmi?',
      }),
    ).toMatchObject({
      id: 'd',
      lang: 'it',
      languageStatus: 'unsupported',
      courtesy: null,
      rudeness: null,
    });
  });

  it.each([
    ['not json', null, /JSON/],
    [JSON.stringify([1, 2]), null, /expected a JSON object/],
    [JSON.stringify({ id: 'e' }), 'e', /"text" must be a string/],
    [JSON.stringify({ id: 7, text: 'hi' }), 7, /"id" must be a string/],
    [
      JSON.stringify({ id: 'f', text: 'hi', lang: 5 }),
      'f',
      /"lang" must be a string/,
    ],
  ])('answers a bad line %s with {id, error}', (line, id, message) => {
    const out = run(line);
    expect(out['id']).toBe(id);
    expect(String(out['error'])).toMatch(message);
  });
});
