import { isMonth } from '../stats/month-format';

// Pages keep their filters in the URL; these read them back, dropping what the API would refuse. (No runtime import
// of the contracts here: this library is in the initial bundle, the contracts' schemas are not.)

/** A comma-separated list parameter as distinct, trimmed values accepted by `valid`. */
export function parseListParam(param: string | null | undefined, valid: (value: string) => boolean = () => true): string[] {
  const values = (param ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter((value) => value !== '' && valid(value));
  return [...new Set(values)];
}

/** A 'YYYY-MM' month parameter, or null when absent or malformed. */
export function parseMonthParam(param: string | null | undefined): string | null {
  return param && isMonth(param) ? param : null;
}

/** Accepts the values of a closed list, e.g. `oneOf(CHANNELS)`. */
export function oneOf(allowed: readonly string[]): (value: string) => boolean {
  return (value) => allowed.includes(value);
}

/** A language code as the API takes it: two or three lower-case letters. */
export function isLanguageCode(value: string): boolean {
  return /^[a-z]{2,3}$/.test(value);
}
