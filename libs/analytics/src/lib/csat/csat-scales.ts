import type { CsatScale } from '@rapport/contracts';
import { addToMeanSummary, emptyMeanSummary, MeanSummary } from '../summaries/mean-summary';
import { addToProportionSummary, emptyProportionSummary, ProportionSummary } from '../summaries/proportion-summary';

export type { CsatScale };

/** Lowest and highest answer of each survey scale; 'thumbs' is 0 = down, 1 = up. */
export const CSAT_SCALE_RANGE: Readonly<Record<CsatScale, { min: number; max: number }>> = {
  '1-5': { min: 1, max: 5 },
  '1-7': { min: 1, max: 7 },
  '1-10': { min: 1, max: 10 },
  '0-10': { min: 0, max: 10 },
  thumbs: { min: 0, max: 1 },
};

/**
 * Lowest answer counted as satisfied: top-2-box on 5- and 7-point scales, top-3-box on 10- and
 * 11-point scales, thumbs up. On the common 0–100 scale this is exactly "normalised score ≥ 75".
 */
export const CSAT_SATISFIED_FROM: Readonly<Record<CsatScale, number>> = {
  '1-5': 4,
  '1-7': 6,
  '1-10': 8,
  '0-10': 8,
  thumbs: 1,
};

function isValidAnswer(scale: CsatScale, value: number): boolean {
  const { min, max } = CSAT_SCALE_RANGE[scale];
  return Number.isInteger(value) && value >= min && value <= max;
}

/** Linear map of an answer onto 0–100 (lowest answer 0, highest 100); null for an answer off the scale. */
export function normaliseCsat(scale: CsatScale, value: number): number | null {
  if (!isValidAnswer(scale, value)) {
    return null;
  }
  const { min, max } = CSAT_SCALE_RANGE[scale];
  return ((value - min) / (max - min)) * 100;
}

export function isSatisfied(scale: CsatScale, value: number): boolean | null {
  return isValidAnswer(scale, value) ? value >= CSAT_SATISFIED_FROM[scale] : null;
}

export interface CsatSummaries {
  /** Normalised 0–100 scores. */
  score: MeanSummary;
  satisfied: ProportionSummary;
  /** Answers off the scale, left out of both summaries. */
  invalid: number;
}

export function summariseCsat(scale: CsatScale, answers: readonly number[]): CsatSummaries {
  let score = emptyMeanSummary();
  let satisfied = emptyProportionSummary();
  let invalid = 0;
  for (const answer of answers) {
    const normalised = normaliseCsat(scale, answer);
    if (normalised === null) {
      invalid++;
      continue;
    }
    score = addToMeanSummary(score, normalised);
    satisfied = addToProportionSummary(satisfied, answer >= CSAT_SATISFIED_FROM[scale]);
  }
  return { score, satisfied, invalid };
}
