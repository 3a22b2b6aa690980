import { isLanguageCode, oneOf, parseListParam, parseMonthParam } from './filter-params';

describe('filter parameters', () => {
  it('reads a list once per value, trimmed, keeping only accepted values', () => {
    expect(parseListParam(' chat,fax,, chat ,email', oneOf(['chat', 'email']))).toEqual(['chat', 'email']);
    expect(parseListParam('b,a,b')).toEqual(['b', 'a']);
    expect(parseListParam(null)).toEqual([]);
  });

  it('reads a month, or nothing when it is not one', () => {
    expect(parseMonthParam('2025-05')).toBe('2025-05');
    expect(parseMonthParam('2025-13')).toBeNull();
    expect(parseMonthParam(undefined)).toBeNull();
  });

  it('accepts two- or three-letter lower-case language codes', () => {
    expect(['de', 'fil', 'FR', 'deu1', ''].map(isLanguageCode)).toEqual([true, true, false, false, false]);
  });
});
