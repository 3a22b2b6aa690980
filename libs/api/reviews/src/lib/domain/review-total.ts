import type { Rating, RubricCriterion, RubricScale } from '@rapport/contracts';

/** The values each scale accepts, lowest first. `0-100` takes any whole number in between. */
const SCALE_RANGE: Record<RubricScale, { min: number; max: number }> = {
  'yes-no': { min: 0, max: 1 },
  '1-3': { min: 1, max: 3 },
  '1-5': { min: 1, max: 5 },
  '0-100': { min: 0, max: 100 },
};

export function isValidRating(scale: RubricScale, value: number): boolean {
  const { min, max } = SCALE_RANGE[scale];
  return Number.isInteger(value) && value >= min && value <= max;
}

/** A rating on the common 0–100 scale: the scale's lowest value is 0 and its highest 100. */
export function normaliseRating(scale: RubricScale, value: number): number {
  const { min, max } = SCALE_RANGE[scale];
  return ((value - min) / (max - min)) * 100;
}

/** A critical criterion fails below the middle of its scale: "no", 1 of 1–3, 1–2 of 1–5, under 50 of 0–100. */
export function failsCritically(criterion: RubricCriterion, value: number | null): boolean {
  return criterion.critical && value !== null && normaliseRating(criterion.scale, value) < 50;
}

/**
 * What is wrong with ratings against a rubric: unknown criteria, values off the scale, N/A where not allowed
 * and, when `complete`, criteria left unrated (a submitted review rates every criterion or marks it N/A).
 */
export function ratingProblems(
  criteria: readonly RubricCriterion[],
  ratings: readonly Rating[],
  complete: boolean,
): string[] {
  const byKey = new Map(criteria.map((criterion) => [criterion.key, criterion]));
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const rating of ratings) {
    const criterion = byKey.get(rating.criterion);
    if (!criterion) {
      problems.push(`${rating.criterion}: not a criterion of this rubric`);
    } else if (seen.has(rating.criterion)) {
      problems.push(`${rating.criterion}: rated twice`);
    } else if (rating.value === null && !criterion.allowNa) {
      problems.push(`${rating.criterion}: N/A is not allowed`);
    } else if (rating.value !== null && !isValidRating(criterion.scale, rating.value)) {
      problems.push(`${rating.criterion}: ${rating.value} is not on the ${criterion.scale} scale`);
    }
    seen.add(rating.criterion);
  }
  if (complete) {
    problems.push(
      ...criteria.filter((criterion) => !seen.has(criterion.key)).map((criterion) => `${criterion.key}: not rated`),
    );
  }
  return problems;
}

export interface ReviewScore {
  /** Weighted mean of the rated criteria on 0–100; 0 after a critical failure; null when nothing is rated. */
  total: number | null;
  criticalFailed: boolean;
  /** The same weighted mean within each rubric group. */
  groups: Record<string, number | null>;
}

/** The review's total from its rubric: N/A and unrated criteria leave the weights of the rest to share the total. */
export function scoreReview(criteria: readonly RubricCriterion[], ratings: readonly Rating[]): ReviewScore {
  const values = new Map(ratings.map((rating) => [rating.criterion, rating.value]));
  const overall = { weight: 0, sum: 0 };
  const groups = new Map<string, { weight: number; sum: number }>();
  let criticalFailed = false;
  for (const criterion of criteria) {
    const group = groups.get(criterion.group) ?? { weight: 0, sum: 0 };
    groups.set(criterion.group, group);
    const value = values.get(criterion.key);
    if (value === undefined || value === null) {
      continue;
    }
    const normalised = normaliseRating(criterion.scale, value);
    criticalFailed ||= failsCritically(criterion, value);
    for (const sum of [overall, group]) {
      sum.weight += criterion.weight;
      sum.sum += criterion.weight * normalised;
    }
  }
  const mean = (sum: { weight: number; sum: number }) => (sum.weight > 0 ? sum.sum / sum.weight : null);
  const total = mean(overall);
  return {
    total: criticalFailed ? 0 : total,
    criticalFailed,
    groups: Object.fromEntries([...groups].map(([name, sum]) => [name, mean(sum)])),
  };
}
