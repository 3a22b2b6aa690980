/** The least need a language whose agreement is known and strong keeps, so it is still sampled now and then. */
export const NEED_FLOOR = 0.05;

/** The overall automatic-vs-human agreement of one language (every vendor together), as the agreement cells hold it. */
export interface LanguageAgreement {
  language: string;
  /** Submitted queue reviews with both an automatic and a human total. */
  n: number;
  rho: number | null;
  kappa: number | null;
}

/**
 * How much each language needs human reviews, for the adaptive rule (the sampler shares draws in proportion):
 * - 1 while a language has fewer than `minReviews` reviews, or its agreement cannot be computed: least known;
 * - otherwise 1 − the weaker of Spearman's rho and the weighted kappa, within [NEED_FLOOR, 1]: a language whose
 *   automatic scores humans barely confirm (rho 0.2) needs 0.8, a well confirmed one (rho 0.9) 0.1.
 * Languages absent here (never reviewed) count as 1 in the sampler. Pure: the same agreement gives the same need.
 */
export function languageNeedOf(agreement: readonly LanguageAgreement[], minReviews: number): Map<string, number> {
  const need = new Map<string, number>();
  for (const { language, n, rho, kappa } of agreement) {
    const known = [rho, kappa].filter((value): value is number => value !== null && Number.isFinite(value));
    if (n < minReviews || known.length === 0) {
      need.set(language, 1);
    } else {
      need.set(language, Math.min(1, Math.max(NEED_FLOOR, 1 - Math.min(...known))));
    }
  }
  return need;
}
