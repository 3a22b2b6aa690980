import { CLARIFICATION, PARALLEL } from './cross-language-parity.fixtures';
import { scoreMessage } from './score-message';

/**
 * Equally polite (or rude) messages, written as a native speaker would in each language, must score alike:
 * a systematic gap here would show up as a false "language gap" between vendors.
 */
const COURTESY_TOLERANCE = 5;
const RUDENESS_TOLERANCE = 0.1;

describe.each(Object.entries(PARALLEL))('%s', (_tier, texts) => {
  const scores = Object.entries(texts).map(([lang, text]) => ({
    lang,
    score: scoreMessage(text),
  }));

  it.each(scores.map((s) => [s.lang, s] as const))(
    '%s is detected and scored in its own language',
    (lang, s) => {
      expect(s.score.lang).toBe(lang);
      expect(s.score.courtesy).not.toBeNull();
    },
  );

  it(`courtesy is within ${COURTESY_TOLERANCE} points across languages`, () => {
    const values = scores.map((s) => s.score.courtesy ?? NaN);
    expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(
      COURTESY_TOLERANCE,
    );
  });

  it(`rudeness is within ${RUDENESS_TOLERANCE} across languages`, () => {
    const values = scores.map((s) => s.score.rudeness ?? NaN);
    expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(
      RUDENESS_TOLERANCE,
    );
  });
});

describe('a clarification request is recognised in every language', () => {
  it.each(Object.entries(CLARIFICATION))('%s', (lang, text) => {
    const score = scoreMessage(text);
    expect(score.lang).toBe(lang);
    expect(score.clarificationRequest).toBe(true);
  });
});

describe('tiers stay ordered in every language', () => {
  it.each(Object.keys(CLARIFICATION))(
    '%s: polite > neutral > dismissive > insulting',
    (lang) => {
      const courtesy = (tier: string): number =>
        scoreMessage(PARALLEL[tier]?.[lang] ?? '').courtesy ?? NaN;
      expect(courtesy('very polite request')).toBeGreaterThan(
        courtesy('neutral information'),
      );
      expect(courtesy('neutral information')).toBeGreaterThan(
        courtesy('blaming and dismissive'),
      );
      expect(courtesy('blaming and dismissive')).toBeGreaterThan(
        courtesy('profane insult'),
      );
    },
  );
});
