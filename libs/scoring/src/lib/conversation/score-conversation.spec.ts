import { NativeConversation } from '@rapport/contracts';
import { DEFAULT_SCORING_CONTEXT } from '../context';
import { needsRescore, RULE_BASED_SCORER } from '../scorer';
import { SCORER_VERSION } from '../version';
import { contextWith, conversation } from './conversation.test-helpers';
import { scoreConversation } from './score-conversation';
import { toScorableConversation } from './to-scorable';

const spanish = conversation(
  [
    [
      'customer',
      0,
      'Hola, no entiendo la factura de este mes, ¿por qué es tan alta?',
    ],
    [
      'agent',
      50,
      'Hola Ana, gracias por escribirnos. Disculpe la confusión: se cobró el cambio de plan. ¿Puedo ayudarle en algo más?',
    ],
    ['agent', 55, 'nota interna: cliente idiota'],
    ['customer', 80, '¡Gracias!'],
  ],
  { closedAfterSeconds: 120 },
);
const withInternalNote = {
  ...spanish,
  messages: spanish.messages.map((m, i) =>
    i === 2 ? { ...m, internal: true } : m,
  ),
};

describe('scoreConversation', () => {
  const result = scoreConversation(withInternalNote, DEFAULT_SCORING_CONTEXT);

  it('is deterministic', () => {
    expect(
      scoreConversation(withInternalNote, DEFAULT_SCORING_CONTEXT),
    ).toEqual(result);
  });

  it('carries the scorer version and the detected language', () => {
    expect(result).toMatchObject({
      id: 'conv-1',
      scorer: 'rule-based',
      scorerVersion: SCORER_VERSION,
      language: 'es',
      detectedLanguage: 'es',
      languageStatus: 'supported',
    });
  });

  it('skips internal notes entirely', () => {
    expect(result.messages.map((m) => m.index)).toEqual([0, 1, 3]);
    expect(result.evidence.some((e) => e.messageIndex === 2)).toBe(false);
  });

  it('sorts evidence by message, then offset, with offsets into the original text', () => {
    const positions = result.evidence.map((e) => [e.messageIndex, e.start]);
    expect(positions).toEqual(
      [...positions].sort(
        (a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0),
      ),
    );
    const thanks = result.evidence.find((e) => e.rule === 'courtesy.thanks');
    expect(
      thanks &&
        withInternalNote.messages[thanks.messageIndex]?.text.slice(
          thanks.start,
          thanks.end,
        ),
    ).toBe('gracias');
  });

  it('reports per-message results for both sides', () => {
    expect(
      result.messages.map((m) => [m.role, m.lang, m.clarificationRequest]),
    ).toEqual([
      // "no entiendo la factura…" opens the conversation: confusion about the bill, not about what an agent said.
      ['customer', 'es', false],
      ['agent', 'es', false],
      ['customer', 'es', false],
    ]);
  });

  it.each([
    [{ responsiveness: 1, courtesy: 0, comprehension: 0 }, 'responsiveness'],
    [{ responsiveness: 0, courtesy: 1, comprehension: 0 }, 'courtesy'],
    [{ responsiveness: 0, courtesy: 0, comprehension: 1 }, 'comprehension'],
  ] as const)('overall follows the weights %j', (weights, only) => {
    const weighted = scoreConversation(
      withInternalNote,
      contextWith({ weights }),
    );
    expect(weighted.overall).toBe(weighted[only].score);
  });

  it('prefers a declared language tag over detection', () => {
    expect(
      scoreConversation(
        { ...withInternalNote, language: 'pt-BR' },
        DEFAULT_SCORING_CONTEXT,
      ).language,
    ).toBe('pt');
  });
});

describe('languages without resources', () => {
  const italian = conversation([
    [
      'customer',
      0,
      'Buongiorno, il mio ordine non è ancora arrivato, potete controllare?',
    ],
    [
      'agent',
      40,
      'Buongiorno, controllo subito il suo ordine. Grazie per la pazienza.',
    ],
  ]);
  const result = scoreConversation(italian, DEFAULT_SCORING_CONTEXT);

  it('are marked unsupported with no courtesy, comprehension or overall score', () => {
    expect(result).toMatchObject({
      language: 'it',
      languageStatus: 'unsupported',
      overall: null,
    });
    expect(result.courtesy.score).toBeNull();
    expect(result.comprehension.score).toBeNull();
    expect(result.evidence.map((e) => e.rule)).toContain(
      'language.unsupported',
    );
  });

  it('still measure responsiveness, which does not depend on language', () => {
    expect(result.responsiveness.firstResponseSeconds).toBe(40);
    expect(result.responsiveness.score).not.toBeNull();
  });
});

describe('toScorableConversation', () => {
  const native: NativeConversation = {
    source: 'api',
    externalId: 'T-1',
    vendor: 'acme',
    channel: 'email',
    language: 'de',
    createdAt: '2024-06-03T10:00:00Z',
    closedAt: '2024-06-03T12:00:00.500Z',
    messages: [
      {
        role: 'customer',
        at: '2024-06-03T10:00:00+02:00',
        text: 'Hallo',
        internal: false,
      },
    ],
  };

  it('turns ISO timestamps into epoch milliseconds', () => {
    expect(toScorableConversation(native)).toEqual({
      id: 'T-1',
      channel: 'email',
      language: 'de',
      createdAt: Date.UTC(2024, 5, 3, 10),
      closedAt: Date.UTC(2024, 5, 3, 12, 0, 0, 500),
      messages: [
        {
          role: 'customer',
          at: Date.UTC(2024, 5, 3, 8),
          text: 'Hallo',
          agentId: undefined,
          internal: false,
        },
      ],
    });
  });

  it('names the field of an unreadable timestamp', () => {
    expect(() =>
      toScorableConversation({
        ...native,
        messages: [{ role: 'agent', at: 'yesterday', text: 'x' }],
      }),
    ).toThrow('Invalid timestamp in messages[0].at: "yesterday"');
  });
});

describe('needsRescore', () => {
  it.each([
    [{ scorer: 'rule-based', scorerVersion: SCORER_VERSION }, false],
    [{ scorerVersion: SCORER_VERSION }, false],
    [{ scorer: 'rule-based', scorerVersion: '0.9.0' }, true],
    [{ scorer: 'model-x', scorerVersion: SCORER_VERSION }, true],
  ])('%j → %s', (stored, expected) => {
    expect(needsRescore(stored, RULE_BASED_SCORER)).toBe(expected);
  });
});
