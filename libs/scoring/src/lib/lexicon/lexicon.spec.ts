import {
  LanguageResources,
  PHRASE_CATEGORIES,
  PhraseCategory,
} from '../../languages/language-resources';
import { foldText } from '../text/normalize';
import { tokenize } from '../text/tokenize';
import { compileLexicon, writtenVariants } from './compile';
import { LANGUAGE_RESOURCES } from '../../languages/registry';
import { expandPhrase } from './expand';
import { matchLexicon, withinOneEdit } from './match';

function resources(
  phrases: Partial<Record<PhraseCategory, string[]>>,
): LanguageResources {
  const all = Object.fromEntries(
    PHRASE_CATEGORIES.map((c) => [c, phrases[c] ?? []]),
  ) as Record<PhraseCategory, string[]>;
  return {
    code: 'xx',
    name: 'Test',
    phrases: all,
    foreignLetters: '',
    stopwords: ['the'],
    questionWords: [],
    clarificationBlockers: [],
    negations: [],
    secondPerson: [],
    firstPerson: [],
    hardToReadLix: 55,
  };
}

function matched(
  text: string,
  lexiconPhrases: Partial<Record<PhraseCategory, string[]>>,
): string[] {
  const lexicon = compileLexicon(resources(lexiconPhrases));
  const folded = foldText(text);
  const tokens = tokenize(folded, text);
  return matchLexicon(tokens, lexicon).map(
    (m) =>
      `${m.entry.category}:${tokens.words.slice(m.first, m.last).join(' ')}${m.approximate ? '~' : ''}`,
  );
}

describe('expandPhrase', () => {
  it.each([
    ['have a (nice|good) day', ['have a nice day', 'have a good day']],
    ['i [really] understand', ['i really understand', 'i understand']],
    ['[a|the] manager', ['a manager', 'the manager', 'manager']],
    ['plain', ['plain']],
  ])('%s', (pattern, expected) => {
    expect(expandPhrase(pattern)).toEqual(expected);
  });
});

describe('writtenVariants', () => {
  it('splits plain lowercase phrases at their spaces exactly as the tokeniser would', () => {
    const plain = LANGUAGE_RESOURCES.flatMap((r) =>
      PHRASE_CATEGORIES.flatMap((c) => r.phrases[c].flatMap(expandPhrase)),
    ).filter((p) => /^[a-z ]+$/.test(p));
    expect(plain.length).toBeGreaterThan(1000);
    for (const phrase of plain) {
      const words = tokenize(foldText(phrase), phrase).words;
      const glued = words.join('');
      expect(writtenVariants(phrase)).toEqual(words.length > 1 && glued.length >= 6 ? [words, [glued]] : [words]);
    }
  });

  it('keeps the written, merged and glued spellings of other phrases', () => {
    expect(writtenVariants("don't worry")).toEqual([['don', 't', 'worry'], ['dont', 'worry'], ['dontworry']]);
    expect(writtenVariants('Danke schön')).toEqual([['danke', 'schon'], ['dankeschon']]);
    expect(writtenVariants('thank *')).toEqual([['thank', '*']]);
  });
});

describe('withinOneEdit', () => {
  it.each([
    ['thanks', 'thnaks', true],
    ['thanks', 'thank', true],
    ['thanks', 'thankss', true],
    ['thanks', 'thinks', true],
    ['thanks', 'thinker', false],
    ['gracias', 'garcais', false],
  ])('%s vs %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
  });
});

describe('matchLexicon', () => {
  it('prefers the longest reading and drops hits inside it', () => {
    expect(
      matched('ich verstehe nicht', {
        empathy: ['ich verstehe'],
        clarification: ['ich verstehe nicht'],
      }),
    ).toEqual(['clarification:ich verstehe nicht']);
  });

  it('matches wildcards, accents and case insensitively', () => {
    expect(
      matched('Tenga un BUEN día', { closing: ['tenga un * dia'] }),
    ).toEqual(['closing:tenga un buen dia']);
  });

  it('accepts apostrophe-less and glued spellings of a phrase', () => {
    expect(
      matched('i dont understand', { clarification: ["i don't understand"] }),
    ).toEqual(['clarification:i dont understand']);
    expect(matched('thankyou', { thanks: ['thank you'] })).toEqual([
      'thanks:thankyou',
    ]);
  });

  it('tolerates one typo in long words but not in short ones or real words', () => {
    expect(matched('thnaks', { thanks: ['thanks'] })).toEqual([
      'thanks:thnaks~',
    ]);
    expect(matched('hwlp', { please: ['help'] })).toEqual([]);
    expect(matched('the', { thanks: ['thee'] })).toEqual([]);
  });

  it('finds a lexicon word glued to another word', () => {
    expect(matched('pleasehelp', { please: ['please'] })).toEqual([
      'please:pleasehelp~',
    ]);
  });
});
