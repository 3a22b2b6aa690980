import type { ConversationEvidenceDto, ConversationMessageDto } from '@rapport/contracts';
import { evidenceDirection, evidenceEffectText, evidenceTone, formatElapsed, languageLabel, toTranscriptView, explanationDetail } from './transcript-model';

const message = (position: number, overrides: Partial<ConversationMessageDto> = {}): ConversationMessageDto => ({
  position,
  role: 'customer',
  at: '2025-03-02T10:00:00.000Z',
  text: 'Hello',
  language: 'en',
  internal: false,
  agent: null,
  ...overrides,
});

const evidence = (messageIndex: number, start: number, end: number, rule = 'courtesy.curt-reply'): ConversationEvidenceDto => ({
  messageIndex,
  start,
  end,
  rule,
  explanation: `explains ${rule}`,
});

describe('toTranscriptView', () => {
  const messages = [
    message(0, { text: 'Wo ist meine Bestellung?', language: 'de' }),
    message(1, {
      role: 'agent',
      at: '2025-03-02T10:03:05.000Z',
      text: 'Was? Warte.',
      language: 'de',
      agent: { id: 'a1', externalId: 'ag-7', displayName: 'Jonas' },
    }),
    message(2, { role: 'agent', at: '2025-03-02T10:04:00.000Z', text: 'Note', internal: true, agent: { id: 'a1', externalId: 'ag-7', displayName: null } }),
  ];

  it('names authors by role, with the agent name or id when there is one', () => {
    expect(toTranscriptView(messages, []).map((view) => view.author)).toEqual(['Customer', 'Agent · Jonas', 'Agent · ag-7']);
  });

  it('counts seconds since the first message', () => {
    expect(toTranscriptView(messages, []).map((view) => view.elapsedSeconds)).toEqual([0, 185, 240]);
  });

  it('gives each message only its own evidence, numbered by position in the text', () => {
    const view = toTranscriptView(messages, [evidence(1, 5, 10, 'courtesy.curt-reply'), evidence(1, 0, 4, 'comprehension.clarification'), evidence(0, 0, 2, 'x.y')]);
    expect(view[1]?.evidence.map((item) => [item.number, item.rule, item.quote, item.id])).toEqual([
      [1, 'comprehension.clarification', 'Was?', 'evidence-1-1'],
      [2, 'courtesy.curt-reply', 'Warte', 'evidence-1-2'],
    ]);
    expect(view[1]?.segments.map((segment) => [segment.text, segment.evidence.map((item) => item.number)])).toEqual([
      ['Was?', [1]],
      [' ', []],
      ['Warte', [2]],
      ['.', []],
    ]);
    expect(view[0]?.evidence.map((item) => item.rule)).toEqual(['x.y']);
    expect(view[2]?.evidence).toEqual([]);
  });

  it('does not quote what the explanation already quotes', () => {
    const [first] = toTranscriptView([message(0, { text: 'Nicht unser Problem.' })], [{ messageIndex: 0, start: 0, end: 19, rule: 'courtesy.dismissive', explanation: 'Dismissive phrase: “Nicht unser Problem”' }]);
    expect(first?.evidence.map((item) => item.quote)).toEqual(['']);
    expect(first?.segments.map((segment) => segment.evidence.length)).toEqual([1, 0]);
  });

  it('leaves the quote empty for evidence outside the text, and highlights nothing of it', () => {
    const [first] = toTranscriptView([message(0, { text: 'Hi' })], [evidence(0, 5, 9)]);
    expect(first?.evidence.map((item) => item.quote)).toEqual(['']);
    expect(first?.segments.map((segment) => segment.evidence.length)).toEqual([0]);
  });

  it('keeps the internal flag and the detected language, null when undetected', () => {
    const view = toTranscriptView([message(0, { language: null }), message(1, { internal: true })], []);
    expect(view.map((item) => [item.language, item.internal])).toEqual([
      [null, false],
      ['en', true],
    ]);
  });
});

describe('evidenceTone', () => {
  it.each([
    ['courtesy.curt-reply', 'courtesy'],
    ['comprehension.language-mismatch', 'comprehension'],
    ['responsiveness.slow-first-response', 'responsiveness'],
    ['review.note', 'other'],
    ['nodot', 'other'],
  ])('%s → %s', (rule, tone) => {
    expect(evidenceTone(rule)).toBe(tone);
  });
});

describe('formatElapsed', () => {
  it.each([
    [0, '+0 s'],
    [45, '+45 s'],
    [60, '+1 min'],
    [185, '+3 min 5 s'],
    [7_200, '+2 h'],
    [7_440, '+2 h 4 min'],
    [86_400 * 3 + 3_600, '+3 d 1 h'],
    [-5, '+0 s'],
  ])('%d s → %s', (seconds, text) => {
    expect(formatElapsed(seconds)).toBe(text);
  });
});

describe('languageLabel', () => {
  it.each([
    ['de', 'German (de)'],
    ['pt', 'Portuguese (pt)'],
    ['qqq', 'qqq'],
  ])('%s → %s', (code, label) => {
    expect(languageLabel(code)).toBe(label);
  });
});

describe('evidence direction', () => {
  it.each([
    [2.5, undefined, 'raised', 'Raised the score by 2.5 points'],
    [-1, 'raises', 'lowered', 'Lowered the score by 1 point'],
    [0, 'lowers', 'neutral', 'Moved the score by less than 0.1 points'],
    [undefined, 'lowers', 'lowered', 'Lowered the score'],
    [undefined, 'raises', 'raised', 'Raised the score'],
    [undefined, 'context', 'neutral', 'Context: moves no score by itself'],
    [undefined, undefined, 'neutral', 'Context: moves no score by itself'],
  ] as const)('points %s with a rule that %s: %s', (points, effect, direction, text) => {
    expect(evidenceDirection(points, effect)).toBe(direction);
    expect(evidenceEffectText(direction, points)).toBe(text);
  });
});

describe('explanationDetail', () => {
  it.each([
    ['Dismissive phrase', 'Dismissive phrase: “No es nuestro problema”', '“No es nuestro problema”'],
    ['First response slower than the channel target', 'First response slower than the channel target: 11m 35s (target 1m, wall clock)', '11m 35s (target 1m, wall clock)'],
    ['Agent never greets the customer', 'Agent never greets the customer', ''],
    ['Agent never greets the customer', 'agent never greets the customer ', ''],
    ['Polite request', 'Asked with “bitte”', 'Asked with “bitte”'],
  ])('after the name %p, %p adds %p', (name, explanation, expected) => {
    expect(explanationDetail(name, explanation)).toBe(expected);
  });
});
