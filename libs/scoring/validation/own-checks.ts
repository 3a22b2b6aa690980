import { detectLanguage, scoreMessage, SCORED_LANGUAGES } from '../src/index';
import { DE_PROBES } from '../src/languages/de/de.probes.fixtures';
import { EN_PROBES } from '../src/languages/en/en.probes.fixtures';
import { ES_PROBES } from '../src/languages/es/es.probes.fixtures';
import { FR_PROBES } from '../src/languages/fr/fr.probes.fixtures';
import { pairwiseAuc, Probes } from '../src/languages/probes.test-helpers';
import { PT_PROBES } from '../src/languages/pt/pt.probes.fixtures';
import { SL_PROBES } from '../src/languages/sl/sl.probes.fixtures';
import { SV_PROBES } from '../src/languages/sv/sv.probes.fixtures';
import {
  CONTEXT_EXCERPT_SET,
  LabelledText,
  NOISY_CHAT_SET,
  SUPPORTED_CHAT_SET,
  UNSUPPORTED_SET,
} from '../src/lib/language/language-id.fixtures';
import { PARALLEL } from '../src/lib/message/cross-language-parity.fixtures';
import { CLARIFICATION_HOLDOUT } from './clarification-holdout.data';
import { CLARIFICATION_VALIDATION } from './clarification-validation.data';
import { CLARIFICATION_SET, ClarificationLabels } from './clarification-set.data';
import { binaryReport } from './metrics';

const PROBES: Record<string, Probes> = {
  en: EN_PROBES,
  es: ES_PROBES,
  pt: PT_PROBES,
  fr: FR_PROBES,
  de: DE_PROBES,
  sv: SV_PROBES,
  sl: SL_PROBES,
};

const f3 = (x: number): string => x.toFixed(3);
const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;

export function probesSection(): string {
  const rows = Object.entries(PROBES).map(([lang, p]) => {
    const rude = p.rude.map((t) => scoreMessage(t, { lang }));
    const polite = p.polite.map((t) => scoreMessage(t, { lang }));
    const rudeAuc = pairwiseAuc(
      rude.map((s) => s.rudeness ?? 0),
      polite.map((s) => s.rudeness ?? 0),
    );
    const courtesyAuc = pairwiseAuc(
      polite.map((s) => s.courtesy ?? 0),
      rude.map((s) => s.courtesy ?? 0),
    );
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    return `| ${lang} | ${p.rude.length} / ${p.polite.length} | ${f3(rudeAuc)} | ${f3(courtesyAuc)} | ${mean(polite.map((s) => s.courtesy ?? 0)).toFixed(1)} / ${mean(rude.map((s) => s.courtesy ?? 0)).toFixed(1)} |`;
  });
  return [
    '## Hand-written probes per language',
    '',
    'Realistic support-agent messages written for this product in each language (clean and noisy: typos, missing',
    'accents, glued words, emoji, chat spelling), enforced by `src/lib/message/probes.spec.ts` (AUC ≥ 0.95 each).',
    'Caveat: they were written before the lexicon additions of scorer 2.0.0 and then used to find missing general',
    'phrases (dismissive and blaming phrases, polite formulas), so they are development checks, not held-out data.',
    '',
    '| lang | rude / polite probes | rudeness AUC (rude vs polite) | courtesy AUC (polite vs rude) | mean courtesy polite / rude |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** Precision when clarification requests are only `base` of the messages (same recall and false-positive rate). */
function precisionAt(recall: number, falsePositiveRate: number, base: number): number {
  const tp = recall * base;
  const fp = falsePositiveRate * (1 - base);
  return tp + fp === 0 ? 0 : tp / (tp + fp);
}

export function clarificationFigures(set: ClarificationLabels, lang: string) {
  const predicted = [...set.yes, ...set.no].map((t) => scoreMessage(t, { lang }).clarificationRequest === true);
  const actual = [...set.yes.map(() => true), ...set.no.map(() => false)];
  const report = binaryReport(predicted, actual);
  const falsePositives = predicted.filter((p, i) => p && !actual[i]).length;
  const fpr = falsePositives / set.no.length;
  const p35 = precisionAt(report.recall, fpr, 0.035);
  const f1At35 = p35 + report.recall === 0 ? 0 : (2 * p35 * report.recall) / (p35 + report.recall);
  return { n: actual.length, ...report, falsePositiveRate: fpr, precisionAt35: p35, f1At35 };
}

function clarificationRows(sets: Readonly<Record<string, ClarificationLabels>>): string[] {
  return Object.entries(sets).map(([lang, set]) => {
    const r = clarificationFigures(set, lang);
    return `| ${lang} | ${r.n} | ${f3(r.precision)} | ${f3(r.recall)} | ${f3(r.f1)} | ${f3(r.falsePositiveRate)} | ${f3(r.precisionAt35)} | ${f3(r.f1At35)} |`;
  });
}

const CLARIFICATION_HEADER = [
  '| lang | messages | precision | recall | F1 | false-positive rate | precision at 3.5 % | F1 at 3.5 % |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
];

export function clarificationSection(): string {
  return [
    '## Clarification requests (own labelled sets)',
    '',
    '`validation/clarification-set.data.ts` (development set): 12 clarification requests and 36 other customer',
    'messages per language in six languages, many of them hard negatives (confusion about the situation, complaints',
    'that "make no sense", "pardon the late reply"). It was written first and measured on scorer 1.0.0, then used to',
    'design the precision rules and lexicon additions of 2.0.0, so its 2.0.0 figures are optimistic.',
    '`validation/clarification-holdout.data.ts` (en es de: 10 + 30 each) was written after the 2.0.0 rules were',
    'settled and measured once (en F1 at 3.5 % 0.275, es 0.300, de 0.476); its false positives (complaints that',
    '"make no sense", "explain the difference between the plans", "repeat the delivery") then shaped the second round',
    'of precision rules (a complaint phrase counts only in a message with a question mark; a phrase followed by an',
    'article takes a new object unless a word naming what the agent said follows), so it is development data now.',
    '`validation/clarification-validation.data.ts` (validation set, en es de: 10 + 30 each) was written and committed',
    'before that second round and never used to change a rule. The sets are 25 % positive; the last two columns',
    're-weight precision and F1 to a 3.5 % base rate (the natural rate in conversation) from recall and false-positive',
    'rate. With 30 negatives per language one false positive moves the false-positive rate by 0.033 and F1 at 3.5 %',
    'by about 0.15: read the pooled line and its 95 % Wilson intervals, not single cells.',
    '',
    'Scorer 1.0.0 on the development set (measured before the change):',
    '',
    ...CLARIFICATION_HEADER,
    ...CLARIFICATION_BEFORE,
    '',
    'This scorer on the development set:',
    '',
    ...CLARIFICATION_HEADER,
    ...clarificationRows(CLARIFICATION_SET),
    '',
    'This scorer on the former held-out set (development data since the second round):',
    '',
    ...CLARIFICATION_HEADER,
    ...clarificationRows(CLARIFICATION_HOLDOUT),
    '',
    'The first-round rules on the validation set (measured before the second round):',
    '',
    ...CLARIFICATION_HEADER,
    ...CLARIFICATION_VALIDATION_BEFORE,
    '',
    'This scorer on the validation set:',
    '',
    ...CLARIFICATION_HEADER,
    ...clarificationRows(CLARIFICATION_VALIDATION),
    pooledRow(CLARIFICATION_VALIDATION),
  ].join('\n');
}

/** 95 % Wilson score interval of a proportion. */
function wilson(successes: number, n: number): [number, number] {
  const z = 1.96;
  const p = successes / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** All languages of a set together: recall and false-positive rate with Wilson intervals. */
function pooledRow(sets: Readonly<Record<string, ClarificationLabels>>): string {
  let tp = 0;
  let positives = 0;
  let fp = 0;
  let negatives = 0;
  Object.entries(sets).forEach(([lang, set]) => {
    tp += set.yes.filter((t) => scoreMessage(t, { lang }).clarificationRequest === true).length;
    fp += set.no.filter((t) => scoreMessage(t, { lang }).clarificationRequest === true).length;
    positives += set.yes.length;
    negatives += set.no.length;
  });
  const recall = tp / positives;
  const fpr = fp / negatives;
  const [rLow, rHigh] = wilson(tp, positives);
  const [fLow, fHigh] = wilson(fp, negatives);
  const p35 = precisionAt(recall, fpr, 0.035);
  const f1 = p35 + recall === 0 ? 0 : (2 * p35 * recall) / (p35 + recall);
  return (
    `| pooled | ${positives + negatives} | ${f3(tp / (tp + fp))} | ${f3(recall)} [${f3(rLow)}–${f3(rHigh)}] | — | ` +
    `${f3(fpr)} [${f3(fLow)}–${f3(fHigh)}] | ${f3(p35)} | ${f3(f1)} |`
  );
}

/** The first-round (2.0.0) rules on the validation set, measured before the second round changed them. */
const CLARIFICATION_VALIDATION_BEFORE = [
  '| en | 40 | 0.800 | 0.800 | 0.800 | 0.067 | 0.303 | 0.440 |',
  '| es | 40 | 0.800 | 0.800 | 0.800 | 0.067 | 0.303 | 0.440 |',
  '| de | 40 | 0.889 | 0.800 | 0.842 | 0.033 | 0.465 | 0.588 |',
];

/** Scorer 1.0.0 on the development set, measured before the 2.0.0 rules (the old rules are gone from the code). */
const CLARIFICATION_BEFORE = [
  '| en | 48 | 0.500 | 0.667 | 0.571 | 0.222 | 0.098 | 0.171 |',
  '| es | 48 | 0.500 | 0.500 | 0.500 | 0.167 | 0.098 | 0.164 |',
  '| pt | 48 | 0.615 | 0.667 | 0.640 | 0.139 | 0.148 | 0.243 |',
  '| fr | 48 | 0.538 | 0.583 | 0.560 | 0.167 | 0.113 | 0.189 |',
  '| de | 48 | 0.545 | 0.500 | 0.522 | 0.139 | 0.115 | 0.188 |',
  '| sv | 48 | 0.545 | 0.500 | 0.522 | 0.139 | 0.115 | 0.188 |',
];

export function paritySection(): string {
  const langs = SCORED_LANGUAGES;
  const rows = Object.entries(PARALLEL).map(([tier, texts]) => {
    const cells = langs.map((l) => {
      const s = scoreMessage(texts[l] ?? '');
      return `${(s.courtesy ?? NaN).toFixed(0)} / ${(s.rudeness ?? NaN).toFixed(2)}`;
    });
    return `| ${tier} | ${cells.join(' | ')} |`;
  });
  return [
    '## Cross-language parity (equally polite texts)',
    '',
    'Parallel messages written natively in each language (`src/lib/message/cross-language-parity.fixtures.ts`),',
    'enforced by tests with a tolerance of 5 courtesy points and 0.1 rudeness. Cells: courtesy / rudeness.',
    '',
    `| tier | ${langs.join(' | ')} |`,
    `| --- | ${langs.map(() => '---').join(' | ')} |`,
    ...rows,
  ].join('\n');
}

export function languageIdSection(comparison: string): string {
  const perLanguage = (set: readonly LabelledText[]) =>
    SCORED_LANGUAGES.map((lang) => {
      const items = set.filter((x) => x.lang === lang);
      return items.length ? pct(items.filter((x) => detectLanguage(x.text).lang === lang).length / items.length) : '—';
    });
  const rejected =
    UNSUPPORTED_SET.filter((x) => !SCORED_LANGUAGES.includes(detectLanguage(x.text).lang)).length /
    UNSUPPORTED_SET.length;
  return [
    '## Language identification',
    '',
    `| set | ${SCORED_LANGUAGES.join(' | ')} |`,
    `| --- | ${SCORED_LANGUAGES.map(() => '---').join(' | ')} |`,
    `| clean chat | ${perLanguage(SUPPORTED_CHAT_SET).join(' | ')} |`,
    `| no accents, lowercase, emoji | ${perLanguage(NOISY_CHAT_SET).join(' | ')} |`,
    `| machine-translated excerpts | ${perLanguage(CONTEXT_EXCERPT_SET).join(' | ')} |`,
    '',
    `Texts in 17 languages without resources rejected as unsupported: **${pct(rejected)}**.`,
    '',
    comparison.trim(),
  ].join('\n');
}
