import { languageName } from './language-name';

describe('languageName', () => {
  it.each([
    ['de', 'German'],
    ['pt', 'Portuguese'],
    ['sl', 'Slovenian'],
    ['qqq', 'qqq'],
    ['not a tag', 'not a tag'],
  ])('names %p as %p', (code, name) => {
    expect(languageName(code)).toBe(name);
  });
});
