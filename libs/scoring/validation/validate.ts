/**
 * Validation of the rule-based scorer against public human-labelled data and the product's own hand-labelled
 * multilingual checks. Prints a JSON report; figures are copied into libs/scoring/VALIDATION.md.
 * Run: npm run validate:scoring   (needs ../shared/dev-data beside the repository)
 */
import { detectLanguage, scoreMessage, SCORED_LANGUAGES } from '../src/index';
import {
  CONTEXT_EXCERPT_SET,
  LabelledText,
  NOISY_CHAT_SET,
  SUPPORTED_CHAT_SET,
  UNSUPPORTED_SET,
} from '../src/lib/language/language-id.fixtures';
import { binaryReport, rocAuc, round3, spearman } from './metrics';
import { devDataDir, readGermEval, readTydip } from './public-data';
import { SUPPORT_CHECKS, SupportLabel } from './support-checks.data';

const RUDE = 0.2;

function tydip(dir: string) {
  const rows = readTydip(dir);
  const courtesy = rows.map(
    (r) => scoreMessage(r.sentence, { lang: 'en' }).courtesy ?? 60,
  );
  const human = rows.map((r) => r.score);
  // Extremes, as in the Stanford Politeness Corpus tradition: top vs bottom quartile of the human score.
  const sorted = [...human].sort((a, b) => a - b);
  const q1 = sorted[Math.floor(sorted.length / 4)] as number;
  const q3 = sorted[Math.floor((3 * sorted.length) / 4)] as number;
  const extremes = rows
    .map((_, i) => i)
    .filter((i) => (human[i] as number) <= q1 || (human[i] as number) >= q3);
  const signed = rows
    .map((_, i) => i)
    .filter((i) => (human[i] as number) !== 0);
  return {
    source:
      'TyDiP English politeness (Srinivasan & Choi 2022), train split, CC BY 4.0',
    rows: rows.length,
    spearmanCourtesyVsHuman: round3(spearman(courtesy, human)),
    aucPoliteVsImpolite: round3(
      rocAuc(
        signed.map((i) => courtesy[i] as number),
        signed.map((i) => (human[i] as number) > 0),
      ),
    ),
    aucTopVsBottomQuartile: round3(
      rocAuc(
        extremes.map((i) => courtesy[i] as number),
        extremes.map((i) => (human[i] as number) >= q3),
      ),
    ),
    meanCourtesyTopQuartile: round3(
      mean(
        extremes
          .filter((i) => (human[i] as number) >= q3)
          .map((i) => courtesy[i] as number),
      ),
    ),
    meanCourtesyBottomQuartile: round3(
      mean(
        extremes
          .filter((i) => (human[i] as number) <= q1)
          .map((i) => courtesy[i] as number),
      ),
    ),
  };
}

function germEval(dir: string) {
  const rows = readGermEval(dir);
  const scores = rows.map((r) => scoreMessage(r.text, { lang: 'de' }));
  const rudeness = scores.map((s) => s.rudeness ?? 0);
  const actual = rows.map((r) => r.offensive);
  const report = binaryReport(
    rudeness.map((r) => r >= RUDE),
    actual,
  );
  const byFine = (label: string) => {
    const idx = rows
      .map((r, i) => (r.fine === label ? i : -1))
      .filter((i) => i >= 0);
    return {
      rows: idx.length,
      flagged: round3(
        idx.filter((i) => (rudeness[i] as number) >= RUDE).length / idx.length,
      ),
    };
  };
  const detectedGerman =
    rows.filter((r) => detectLanguage(r.text).lang === 'de').length /
    rows.length;
  return {
    source:
      'GermEval 2018 offensive language, German tweets, train split, CC BY 4.0',
    rows: rows.length,
    offensive: actual.filter(Boolean).length,
    threshold: RUDE,
    offensiveClass: {
      precision: round3(report.precision),
      recall: round3(report.recall),
      f1: round3(report.f1),
    },
    accuracy: round3(report.accuracy),
    aucRudeness: round3(rocAuc(rudeness, actual)),
    flaggedShareByFineLabel: {
      PROFANITY: byFine('PROFANITY'),
      INSULT: byFine('INSULT'),
      ABUSE: byFine('ABUSE'),
      OTHER: byFine('OTHER'),
    },
    languageIdentifiedAsGerman: round3(detectedGerman),
  };
}

function supportChecks() {
  const perLanguage: Record<string, unknown> = {};
  for (const [lang, groups] of Object.entries(SUPPORT_CHECKS)) {
    const items = (
      Object.entries(groups) as [SupportLabel, string[]][]
    ).flatMap(([label, texts]) =>
      texts.map((text) => ({ label, score: scoreMessage(text) })),
    );
    const of = (label: SupportLabel) => items.filter((i) => i.label === label);
    const clar = binaryReport(
      items.map((i) => i.score.clarificationRequest === true),
      items.map((i) => i.label === 'clarification'),
    );
    const rude = binaryReport(
      items.map((i) => (i.score.rudeness ?? 0) >= RUDE),
      items.map((i) => i.label === 'rude'),
    );
    const meanCourtesy = (label: SupportLabel) =>
      round3(mean(of(label).map((i) => i.score.courtesy ?? NaN)));
    perLanguage[lang] = {
      messages: items.length,
      detectedCorrectly: round3(
        items.filter((i) => i.score.lang === lang).length / items.length,
      ),
      clarification: {
        precision: round3(clar.precision),
        recall: round3(clar.recall),
      },
      rude: { precision: round3(rude.precision), recall: round3(rude.recall) },
      meanCourtesy: {
        polite: meanCourtesy('polite'),
        neutral: meanCourtesy('neutral'),
        rude: meanCourtesy('rude'),
      },
    };
  }
  return {
    source:
      'hand-labelled support messages written for this product (validation/support-checks.data.ts)',
    perLanguage,
  };
}

function languageId() {
  const perLanguage = (set: readonly LabelledText[]) =>
    Object.fromEntries(
      SCORED_LANGUAGES.map((lang) => {
        const items = set.filter((x) => x.lang === lang);
        return [
          lang,
          items.length
            ? round3(
                items.filter((x) => detectLanguage(x.text).lang === lang)
                  .length / items.length,
              )
            : null,
        ];
      }),
    );
  return {
    source:
      'hand-labelled short support messages and excerpts of the product context article (src/lib/language/language-id.fixtures.ts)',
    chat: perLanguage(SUPPORTED_CHAT_SET),
    noisyChat: perLanguage(NOISY_CHAT_SET),
    contextExcerpts: perLanguage(CONTEXT_EXCERPT_SET),
    unsupportedRejected: round3(
      UNSUPPORTED_SET.filter(
        (x) => !SCORED_LANGUAGES.includes(detectLanguage(x.text).lang),
      ).length / UNSUPPORTED_SET.length,
    ),
  };
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

try {
  const dir = devDataDir();
  const report = {
    tydipEnglishPoliteness: tydip(dir),
    germEvalGermanOffense: germEval(dir),
    supportChecks: supportChecks(),
    languageIdentification: languageId(),
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} catch (error) {
  process.stderr.write(
    `validate:scoring failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
}
