/**
 * Bump on any change that can move a score (lexicons, weights, formulas): stored scores with another version are
 * recomputed. Major: meaning of a field changes; minor: scores move; patch: evidence wording only.
 */
export const SCORER_VERSION = '2.3.0';
export const SCORER_NAME = 'rule-based';
