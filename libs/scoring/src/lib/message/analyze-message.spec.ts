import { analyseMessage } from './analyze-message';
import { RUDE_MESSAGE_PROBABILITY } from '../model/rule-weights';
import { scoreMessage } from './score-message';

const categories = (text: string, options = {}) =>
  analyseMessage(text, options).hits.map((h) => `${h.category}:${text.slice(h.start, h.end)}`);

describe('analyseMessage language choice', () => {
  it('reads a mixed-language message with its own and the conversation’s lexicon', () => {
    expect(categories('¡Muchas gracias! Have a nice day', { fallbackLang: 'es' })).toEqual(
      expect.arrayContaining(['thanks:Muchas gracias', 'closing:Have a nice day']),
    );
  });

  it('reads a message too short to identify in the conversation’s language', () => {
    expect(analyseMessage('ok 👍', { fallbackLang: 'de' })).toMatchObject({
      lang: 'de',
      status: 'supported',
    });
  });

  it('keeps a clearly unsupported message unsupported, even inside a supported conversation', () => {
    const a = analyseMessage('Buongiorno, vorrei sapere quando arriva il mio ordine, grazie mille', {
      fallbackLang: 'es',
    });
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
    const quoted = scoreMessage('Read the manual, idiot.', { lang: 'en' });
    // Only the phrase hits carry spans; the learned model's whole-message style item has none.
    expect(score.evidence.filter((e) => e.end > e.start).map((e) => e.rule)).toEqual(['courtesy.thanks']);
    expect(quoted.rudeness).toBeGreaterThanOrEqual(RUDE_MESSAGE_PROBABILITY);
    expect(score.rudeness).toBeLessThan(RUDE_MESSAGE_PROBABILITY);
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
    const hit = analyseMessage(text, { lang: 'de' }).hits.find((h) => h.category === 'thanks');
    expect(hit && text.slice(hit.start, hit.end)).toBe('vielen Dank');
  });
});
