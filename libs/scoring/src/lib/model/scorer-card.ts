import REPORT_JSON from './training-report.json';
import { SCORED_LANGUAGES } from '../language/lexicons';
import { MODEL } from './model';
import { HeadName } from './model-file';

/** A figure with its 95 % bootstrap interval. */
export interface CardInterval {
  readonly value: number;
  readonly low: number;
  readonly high: number;
}

export interface CardFigure {
  /** What is measured, e.g. "ROC AUC, polite vs impolite requests". */
  readonly metric: string;
  readonly model: CardInterval;
  /** Three-pattern keyword baseline on the same data. */
  readonly keyword: CardInterval;
  /** Rule-based scorer 1.0.0 weights on the same data. */
  readonly rules: CardInterval;
}

/** Cross-validated figures of one dimension in one language, and what data they come from. */
export interface CardEntry {
  readonly lang: string;
  readonly dimension: 'courtesy' | 'rudeness' | 'formality';
  /** 'validated' when labelled data in this language measured it; otherwise the figures list is empty. */
  readonly status: 'validated' | 'not-validated';
  readonly source: string | null;
  readonly rows: number | null;
  readonly figures: readonly CardFigure[];
  /** Expected calibration error of the cross-validated probabilities, or null. */
  readonly calibrationError: number | null;
  /** Which labels trained this dimension for this language. */
  readonly trainedOn: string;
}

export interface ScorerCard {
  readonly scorerVersion: string;
  readonly method: string;
  readonly entries: readonly CardEntry[];
  readonly dataCredits: typeof MODEL.data;
}

interface ReportFigure {
  readonly dataset: string;
  readonly head: HeadName;
  readonly lang: string;
  readonly labels: string;
  readonly rows: number;
  readonly ece: number;
  readonly auc: Triple;
  readonly spearman?: Triple;
  readonly pairAccuracy?: Triple;
}
interface Triple {
  readonly model: CardInterval;
  readonly keyword: CardInterval;
  readonly rules: CardInterval;
}

const REPORT = REPORT_JSON as unknown as { readonly figures: readonly ReportFigure[] };

const DIMENSION: Readonly<Record<HeadName, CardEntry['dimension']>> = {
  politeness: 'courtesy',
  rudeness: 'rudeness',
  formality: 'formality',
};

const METRIC: Readonly<Record<HeadName, string>> = {
  politeness: 'ROC AUC, polite vs impolite',
  rudeness: 'ROC AUC, offensive/toxic vs not',
  formality: 'ROC AUC, formal vs informal rendering',
};

function figuresOf(f: ReportFigure): CardFigure[] {
  const out: CardFigure[] = [{ metric: METRIC[f.head], ...f.auc }];
  if (f.spearman) {
    out.push({ metric: 'Spearman ρ with the human politeness rating', ...f.spearman });
  }
  if (f.pairAccuracy) {
    out.push({ metric: 'Pair accuracy (formal rendering above informal)', ...f.pairAccuracy });
  }
  return out;
}

/** The scorer card: per language and dimension, the cross-validated figures and their data (or their absence). */
export function scorerCard(): ScorerCard {
  const entries: CardEntry[] = [];
  for (const lang of SCORED_LANGUAGES) {
    for (const head of ['politeness', 'rudeness', 'formality'] as const) {
      const trainedOn = MODEL.heads[head].trainedOn[lang] ?? 'shared weights only';
      const own = REPORT.figures.filter((f) => f.head === head && f.lang === lang);
      if (own.length === 0) {
        entries.push({
          lang,
          dimension: DIMENSION[head],
          status: 'not-validated',
          source: null,
          rows: null,
          figures: [],
          calibrationError: null,
          trainedOn,
        });
        continue;
      }
      for (const f of own) {
        entries.push({
          lang,
          dimension: DIMENSION[head],
          status: 'validated',
          source: f.labels,
          rows: f.rows,
          figures: figuresOf(f),
          calibrationError: f.ece,
          trainedOn,
        });
      }
    }
  }
  return {
    scorerVersion: MODEL.version,
    method:
      'Regularised logistic regression on lexicon strategy features (weights shared by all languages, pulled ' +
      'towards the rule-based weights) and language-salted word n-grams where labels exist; 5-fold ' +
      'cross-validation with a fixed seed; 95 % bootstrap intervals.',
    entries,
    dataCredits: MODEL.data,
  };
}
