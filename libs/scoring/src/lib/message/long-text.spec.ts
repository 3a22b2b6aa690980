import { MAX_TEXT_WORK_CHARS } from '@rapport/contracts';
import { scoreConversation } from '../conversation/score-conversation';
import { conversation } from '../conversation/conversation.test-helpers';
import { DEFAULT_SCORING_CONTEXT } from '../context';
import { MAX_SCORED_CHARS } from '../text/scored-prefix';
import { analyseMessage } from './analyze-message';
import { scoreMessage } from './score-message';

const MB = 1024 * 1024;
const POLITE = 'Hello Maria, thank you for your patience. I am sorry the parcel is late, it will arrive tomorrow. ';

function fill(size: number, unit: string, head = ''): string {
  return (head + unit.repeat(Math.ceil(size / unit.length))).slice(0, size);
}

describe('long messages', () => {
  it('documents the bound: 64 Ki UTF-16 units', () => {
    expect(MAX_SCORED_CHARS).toBe(65_536);
  });

  it('reads as far as PII redaction does (the limit is written out in both libraries)', () => {
    expect(MAX_SCORED_CHARS).toBe(MAX_TEXT_WORK_CHARS);
  });

  it('scores a 1 MB message on its first 65,536 characters and says so in the evidence', () => {
    const text = fill(MB, POLITE);
    const score = scoreMessage(text);
    const note = score.evidence.filter((e) => e.rule === 'text.scored-prefix');
    expect(note).toEqual([
      {
        messageIndex: 0,
        start: 65_536,
        end: 65_536,
        rule: 'text.scored-prefix',
        explanation: 'Very long message: only its beginning was scored: the first 65536 of 1048576 characters',
      },
    ]);
    const hits = score.evidence.filter((e) => e.rule !== 'text.scored-prefix');
    expect(hits.length).toBeGreaterThan(0);
    expect(Math.max(...hits.map((e) => e.end))).toBeLessThanOrEqual(65_536);
    expect(score).toMatchObject({ lang: 'en', languageStatus: 'supported' });
  });

  it('adds no note to a message at the bound', () => {
    const score = scoreMessage(fill(MAX_SCORED_CHARS, POLITE));
    expect(score.evidence.some((e) => e.rule === 'text.scored-prefix')).toBe(false);
  });

  it('never splits a surrogate pair at the bound', () => {
    const text = `${'a'.repeat(MAX_SCORED_CHARS - 1)}😀${'b'.repeat(10)}`;
    expect(analyseMessage(text).scoredChars).toBe(MAX_SCORED_CHARS - 1);
  });

  it('notes the prefix of an unsupported language too', () => {
    const italian = 'Buongiorno, vorrei sapere quando arriva il mio ordine, grazie mille. ';
    const score = scoreMessage(fill(200_000, italian));
    expect(score.languageStatus).toBe('unsupported');
    expect(score.evidence.map((e) => e.rule)).toEqual(['language.unsupported', 'text.scored-prefix']);
  });

  // Each shape used to cost time quadratic in its length (seconds to minutes for 1 MB): the scorer must return
  // complete results for all of them. Correct answers, not timings, are asserted here; bench/scoring.bench.ts times them.
  it.each([
    ['one long word', fill(MB, 'a'), 0],
    ['repeated greetings', fill(MB, 'Hello '), 0],
    ['open template brackets', fill(MB, '[NAME'), 0],
    ['unpunctuated polite words', fill(MB, 'order thanks please arrive delivery hello '), 0],
    ['exclamation runs glued to letters', fill(MB, `${'!'.repeat(999)}a`), 0],
    ['apostrophes', fill(MB, "'"), 0],
    ['German formal address', fill(MB, 'Sie Ihnen ', 'Guten Tag, können '), 0],
  ])('scores 1 MB of %s on the bounded prefix', (_shape, text) => {
    const score = scoreMessage(text);
    expect(score.evidence.filter((e) => e.rule === 'text.scored-prefix')).toHaveLength(1);
    expect(score.evidence.every((e) => e.end <= MAX_SCORED_CHARS)).toBe(true);
  });

  it('finds a template placeholder but does not read past a short one', () => {
    const found = analyseMessage('Dear [NAME OF CUSTOMER], your XNUMX parcels are ready').artefacts;
    expect(found).toEqual([
      { start: 5, end: 23 },
      { start: 30, end: 35 },
    ]);
    expect(analyseMessage(`Dear [NAME ${'x'.repeat(100)}]`).artefacts).toEqual([]);
  });

  it('keeps the prefix note of a long message in a conversation, whoever wrote it', () => {
    const long = fill(300_000, POLITE);
    const score = scoreConversation(
      conversation([
        ['customer', 0, long],
        ['agent', 60, 'Hello, thank you for writing. I am checking it now.'],
        ['agent', 120, long],
      ]),
      DEFAULT_SCORING_CONTEXT,
    );
    expect(score.evidence.filter((e) => e.rule === 'text.scored-prefix').map((e) => e.messageIndex)).toEqual([0, 2]);
  });
});
