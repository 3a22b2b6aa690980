import { LANGUAGE_RESOURCES } from '../../languages/registry';
import { CompiledLexicon, compileLexicon } from '../lexicon/compile';
import { WordIndex } from '../lexicon/word-index';

/** Every registered language's lexicon, compiled once at module load. */
export const LEXICONS: ReadonlyMap<string, CompiledLexicon> = new Map(
  LANGUAGE_RESOURCES.map((r) => [r.code, compileLexicon(r)]),
);

/** Every registered lexicon's words in one map: a message's words are looked up once for all its lexicons. */
export const WORD_INDEX: WordIndex = new WordIndex([...LEXICONS.values()]);

/** Codes of the languages that have scoring resources, in registration order. */
export const SCORED_LANGUAGES: readonly string[] = LANGUAGE_RESOURCES.map((r) => r.code);

export function hasResources(lang: string): boolean {
  return LEXICONS.has(lang);
}

/** "pt-BR", "PT", "por" and "pt_br" all mean Portuguese to the scorer. */
export function normaliseLanguageCode(code: string | undefined): string | undefined {
  if (code === undefined || code.trim() === '') {
    return undefined;
  }
  const base = code.trim().toLowerCase().split(/[-_]/)[0] as string;
  return ISO_639_3_TO_1[base] ?? base;
}

const ISO_639_3_TO_1: Readonly<Record<string, string>> = {
  eng: 'en',
  spa: 'es',
  por: 'pt',
  fra: 'fr',
  fre: 'fr',
  deu: 'de',
  ger: 'de',
  swe: 'sv',
  slv: 'sl',
  ita: 'it',
  nld: 'nl',
  dut: 'nl',
};
