import type { AgreementDto, Rating, ReviewDto, RubricCriterion, RubricScale } from '@rapport/contracts';

/** A criterion's chosen value in the form: a number, 'na' for N/A, or '' while not rated. */
export type FormValue = number | 'na' | '';

export interface ScaleOption {
  value: number;
  label: string;
}

/** The values a scale offers, highest first; `0-100` is a number field instead (no options). */
export function scaleOptions(scale: RubricScale): ScaleOption[] {
  switch (scale) {
    case 'yes-no':
      return [
        { value: 1, label: 'Yes' },
        { value: 0, label: 'No' },
      ];
    case '1-3':
      return [3, 2, 1].map((value) => ({ value, label: String(value) }));
    case '1-5':
      return [5, 4, 3, 2, 1].map((value) => ({ value, label: String(value) }));
    case '0-100':
      return [];
  }
}

/** The form's starting values: the review's ratings where there are some, nothing rated otherwise. */
export function initialValues(
  criteria: readonly RubricCriterion[],
  review: ReviewDto | null,
): Record<string, FormValue> {
  const ratings = new Map((review?.ratings ?? []).map((rating) => [rating.criterion, rating.value]));
  return Object.fromEntries(
    criteria.map((criterion) => {
      const value = ratings.get(criterion.key);
      return [criterion.key, value === undefined ? '' : value === null ? 'na' : value];
    }),
  );
}

/** The ratings to send: rated criteria and N/A; unrated ones are left out (the API names them on submit). */
export function toRatings(values: Readonly<Record<string, FormValue>>): Rating[] {
  return Object.entries(values).flatMap(([criterion, value]): Rating[] =>
    value === '' ? [] : [{ criterion, value: value === 'na' ? null : value }],
  );
}

export interface AgreementRow {
  language: string;
  n: number;
  /** "not enough reviews" below the minimum, else rho and kappa to two decimals. */
  spearman: string;
  kappa: string;
  bias: string;
  weak: boolean;
}

const two = (value: number | null | undefined) => (value === null || value === undefined ? '—' : value.toFixed(2));

/** One row per language of the overall agreement across vendors, weakest first. */
export function agreementRows(agreement: AgreementDto): AgreementRow[] {
  return agreement.cells
    .filter((cell) => cell.dimension === 'overall' && cell.vendor === null)
    .map((cell) => ({
      language: cell.language,
      n: cell.n,
      spearman: cell.status === 'insufficient' ? 'not enough reviews' : two(cell.spearman?.rho),
      kappa: cell.status === 'insufficient' ? '—' : two(cell.kappa?.kappa),
      bias:
        cell.status === 'insufficient' || cell.bias?.mean == null
          ? '—'
          : `${cell.bias.mean > 0 ? '+' : ''}${cell.bias.mean.toFixed(1)}`,
      weak: cell.weak,
    }))
    .sort((a, b) => Number(b.weak) - Number(a.weak) || a.language.localeCompare(b.language));
}
