import { PhraseCategory } from '../src/languages/language-resources';
import { analyseMessage } from '../src/lib/message/analyze-message';
import { messageFeatures } from '../src/lib/model/features';
import { HeadName } from '../src/lib/model/model-file';
import { readCocoa, readGermEval, readToldBr, readTydip } from '../validation/public-data';
import { Example } from './logistic';

/** A training example with what cross-validation and the report need. */
export interface LabelledExample extends Example {
  readonly lang: string;
  /** Cross-validation unit: rows of one CoCoA-MT pair share it, so a pair is never split across folds. */
  readonly unit: string;
  /** Continuous human rating where the data has one (TyDiP politeness). */
  readonly rating?: number;
  /** The three-pattern keyword baseline's score of the text. */
  readonly keyword: number;
}

export interface Dataset {
  readonly name: string;
  readonly head: HeadName;
  readonly lang: string;
  readonly labels: string;
  readonly examples: LabelledExample[];
}

/** Three lexicon categories per head: the keyword baseline every figure is compared with. */
const KEYWORDS: Readonly<Record<HeadName, readonly PhraseCategory[]>> = {
  politeness: ['please', 'thanks', 'apology'],
  rudeness: ['profanity', 'insult', 'blame'],
  formality: ['formal'],
};

function example(
  text: string,
  lang: string,
  head: HeadName,
  y: boolean,
  group: number,
  unit: string,
  rating?: number,
): LabelledExample {
  const a = analyseMessage(text, { lang });
  const f = messageFeatures(a, true);
  const keyword =
    head === 'formality'
      ? a.formal.length - a.hits.filter((h) => h.category === 'informal').length
      : a.hits.filter((h) => KEYWORDS[head].includes(h.category)).length;
  return {
    shared: f.shared,
    hashed: f.hashed,
    hashedValue: f.hashedValue,
    y: y ? 1 : 0,
    group,
    lang,
    unit,
    rating,
    keyword,
  };
}

/** Every labelled data set, read from dev-data; `subset` keeps the first rows of each (for the fast test). */
export function loadDatasets(dir: string, subset?: number): Dataset[] {
  const take = <T>(rows: T[]): T[] => (subset === undefined ? rows : rows.slice(0, subset));
  const datasets: Dataset[] = [];
  const tydip = take(readTydip(dir));
  datasets.push({
    name: 'TyDiP',
    head: 'politeness',
    lang: 'en',
    labels: 'TyDiP English requests, politeness score > 0 (CC BY 4.0)',
    examples: tydip.map((r, i) => example(r.sentence, 'en', 'politeness', r.score > 0, 0, `t${i}`, r.score)),
  });
  const germEval = take(readGermEval(dir));
  datasets.push({
    name: 'GermEval 2018',
    head: 'rudeness',
    lang: 'de',
    labels: 'GermEval 2018 German tweets, OFFENSE (CC BY 4.0)',
    examples: germEval.map((r, i) => example(r.text, 'de', 'rudeness', r.offensive, 0, `g${i}`)),
  });
  const told = take(readToldBr(dir));
  datasets.push({
    name: 'ToLD-Br',
    head: 'rudeness',
    lang: 'pt',
    labels: 'ToLD-Br Brazilian Portuguese tweets, toxic = any category flagged (CC BY-SA 4.0)',
    examples: told.map((r, i) => example(r.text, 'pt', 'rudeness', r.maxFlags >= 1, 1, `b${i}`)),
  });
  const cocoa = readCocoa(dir);
  (['de', 'es', 'fr', 'pt'] as const).forEach((lang, group) => {
    const rows = take(cocoa.filter((r) => r.lang === lang));
    datasets.push({
      name: `CoCoA-MT ${lang}`,
      head: 'formality',
      lang,
      labels: `CoCoA-MT ${lang} formal/informal translation pairs (CDLA-Sharing-1.0)`,
      examples: rows.map((r) => example(r.text, lang, 'formality', r.formal, group, r.pair)),
    });
  });
  return datasets;
}
