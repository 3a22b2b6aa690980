import { analyseMessage } from './analyze-message';
import { scoreMessage } from './score-message';

const categories = (text: string, options = {}) =>
  analyseMessage(text, options).hits.map(
    (h) => `${h.category}:${text.slice(h.start, h.end)}`,
  );

describe('analyseMessage language choice', () => {
  it('reads a mixed-language message with its own and the conversation’s lexicon', () => {
    expect(
      categories('¡Muchas gracias! Have a nice day', { fallbackLang: 'es' }),
    ).toEqual(
      expect.arrayContaining([
        'thanks:Muchas gracias',
        'closing:Have a nice day',
      ]),
    );
  });

  it('reads a message too short to identify in the conversation’s language', () => {
    expect(analyseMessage('ok 👍', { fallbackLang: 'de' })).toMatchObject({
      lang: 'de',
      status: 'supported',
    });
  });

  it('keeps a clearly unsupported message unsupported, even inside a supported conversation', () => {
    const a = analyseMessage(
      'Buongiorno, vorrei sapere quando arriva il mio ordine, grazie mille',
      { fallbackLang: 'es' },
    );
    expect(a).toMatchObject({ lang: 'it', status: 'unsupported', hits: [] });
  });

  it('accepts any tag for a declared language', () => {
    expect(analyseMessage('Obrigado!', { lang: 'pt-BR' })).toMatchObject({
      lang: 'pt',
      status: 'supported',
    });
  });
});

describe('analyseMessage on email replies', () => {
  const reply =
    'Thank you, that solved it.\n\nOn Tue, 4 Jun 2024 at 09:12, ACME Support <help@acme.test> wrote:\n> Read the manual, idiot.';

  it('scores only what the author wrote, not the quoted thread', () => {
    const score = scoreMessage(reply);
    expect(score.evidence.map((e) => e.rule)).toEqual(['courtesy.thanks']);
    expect(score.rudeness).toBe(0);
  });
});

describe('analyseMessage surface signals', () => {
  it('finds questions without a question mark from the opening question word', () => {
    expect(analyseMessage('where is my parcel please').question).toEqual({
      start: 0,
      end: 25,
    });
    expect(analyseMessage('my parcel is late').question).toBeNull();
  });

  it('keeps evidence offsets in the original text through accents and ß', () => {
    const text = 'Grüße und vielen Dank, Straße 5';
    const hit = analyseMessage(text, { lang: 'de' }).hits.find(
      (h) => h.category === 'thanks',
    );
    expect(hit && text.slice(hit.start, hit.end)).toBe('vielen Dank');
  });
});
