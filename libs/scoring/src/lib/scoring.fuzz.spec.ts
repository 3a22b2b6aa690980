import fc from 'fast-check';
import { DEFAULT_SCORING_CONTEXT } from './context';
import { scoreConversation } from './conversation/score-conversation';
import { scoreMessage } from './message/score-message';
import { ScorableConversation } from './types';

/**
 * The scorer on hostile text (random unicode, control characters, NULs, lone surrogates, 1 MB messages) never throws
 * and keeps its invariants: scores in 0–100 or null, evidence inside the message it names. Seeded so a failure
 * reproduces; few runs so the suite stays fast.
 */
const SEED = 20261207;
const MB = 1024 * 1024;

const CONTROL = fc.constantFrom(
  '\u0000',
  '\u0007',
  '\b',
  '\t',
  '\n',
  '\r',
  '\u001b',
  '\u007f',
  '\u2028',
  '\ufeff',
  '\u200b',
);
const SURROGATE = fc.constantFrom('\ud800', '\udbff', '\udc00', '\udfff');
const WORDS = fc.constantFrom(
  'thanks ',
  'Hello ',
  'Sie ',
  'por favor ',
  '?',
  '!!!',
  '[NAME',
  '{{',
  '> ',
  '-- \n',
  'XNUMX',
  "'",
);
const text = fc.oneof(
  fc.string({
    unit: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 1 }), CONTROL, SURROGATE, WORDS),
    maxLength: 300,
  }),
  fc
    .constantFrom('a', ' ', '!', '😀', '\ud800', 'Hello ', '[NAME', "'", '\n', 'Sie ')
    .map((unit) => unit.repeat(MB / unit.length)),
);

function scoreInRange(value: number | null): boolean {
  return value === null || (Number.isFinite(value) && value >= 0 && value <= 100);
}

describe('scorer on hostile input', () => {
  it('scores any single message', () => {
    fc.assert(
      fc.property(text, fc.option(fc.constantFrom('en', 'de', 'xx', 'sl', ''), { nil: undefined }), (value, lang) => {
        const score = scoreMessage(value, { lang });
        expect(scoreInRange(score.courtesy)).toBe(true);
        expect(score.evidence.filter((e) => e.start < 0 || e.end < e.start || e.end > value.length)).toEqual([]);
      }),
      { seed: SEED, numRuns: 40 },
    );
  }, 120_000);

  it('scores any conversation', () => {
    const message = fc.record({
      role: fc.constantFrom('customer' as const, 'agent' as const, 'bot' as const, 'system' as const),
      at: fc.integer({ min: 0, max: 4_000_000_000_000 }),
      text,
      internal: fc.option(fc.boolean(), { nil: undefined }),
    });
    const conversation = fc.record({
      id: fc.string(),
      channel: fc.constantFrom(
        'chat' as const,
        'email' as const,
        'social' as const,
        'voice-transcript' as const,
        'phone-notes' as const,
      ),
      createdAt: fc.integer({ min: 0, max: 4_000_000_000_000 }),
      language: fc.option(fc.constantFrom('en', 'es', 'xx', '\u0000'), { nil: undefined }),
      messages: fc.array(message, { maxLength: 4 }),
    });
    fc.assert(
      fc.property(conversation, (value) => {
        const score = scoreConversation(value as ScorableConversation, DEFAULT_SCORING_CONTEXT);
        for (const part of [
          score.overall,
          score.courtesy.score,
          score.comprehension.score,
          score.responsiveness.score,
        ]) {
          expect(scoreInRange(part)).toBe(true);
        }
        const outside = score.evidence.filter((e) => {
          const length = value.messages[e.messageIndex]?.text.length ?? 0;
          return e.start < 0 || e.end < e.start || e.end > Math.max(length, 0);
        });
        expect(outside).toEqual([]);
      }),
      { seed: SEED, numRuns: 25 },
    );
  }, 120_000);
});
