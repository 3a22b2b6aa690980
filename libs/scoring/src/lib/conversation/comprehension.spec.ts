import { scoreConversation } from './score-conversation';
import { DEFAULT_SCORING_CONTEXT } from '../context';
import {
  contextWith,
  conversation,
  MONDAY_10_UTC,
} from './conversation.test-helpers';

const score = (c: Parameters<typeof scoreConversation>[0]) =>
  scoreConversation(c, DEFAULT_SCORING_CONTEXT);

describe('customer-side signals', () => {
  it('clarification request and asking for a manager: 100 − 12 − 20 = 68', () => {
    const result = score(
      conversation([
        [
          'customer',
          0,
          'Hello, my internet connection keeps dropping every evening.',
        ],
        [
          'agent',
          30,
          'Hello, please power cycle the ONT and verify the PON light status.',
        ],
        ['customer', 60, 'What do you mean?'],
        ['customer', 70, 'I want to speak to a manager.'],
      ]),
    );
    expect(result.comprehension).toMatchObject({
      score: 68,
      clarificationRequests: 1,
      asksForOtherAgent: true,
    });
    expect(
      result.evidence
        .filter((e) => e.rule.startsWith('comprehension.'))
        .map((e) => [e.rule, e.messageIndex]),
    ).toEqual([
      ['comprehension.clarification-request', 2],
      ['comprehension.asks-for-other-agent', 3],
    ]);
  });

  it('a question asked again after an off-topic reply: repeated, not addressed, ignored (100 − 10 − 8 = 82)', () => {
    const result = score(
      conversation([
        ['customer', 0, 'When will my refund arrive in my bank account?'],
        ['agent', 30, 'Our offices are open Monday to Friday.'],
        ['customer', 60, 'When will the refund arrive in my account?'],
      ]),
    );
    expect(result.comprehension).toMatchObject({
      score: 82,
      repeatedQuestions: 1,
      unaddressedAnswers: 1,
    });
    expect(result.courtesy.ignoredQuestions).toBe(1);
  });

  it('notices a customer switching language', () => {
    const result = score(
      conversation([
        ['customer', 0, 'Olá, o meu pedido ainda não chegou, podem verificar?'],
        ['agent', 30, 'Olá! Vou verificar o seu pedido agora mesmo.'],
        ['customer', 60, 'Sorry, can we continue in English please?'],
      ]),
    );
    expect(result.comprehension.customerLanguageSwitches).toBe(1);
  });
});

describe('agent-side signals', () => {
  it('flags replies in another language than the customer’s', () => {
    const result = score(
      conversation([
        [
          'customer',
          0,
          'Hola, mi pedido todavía no ha llegado, ¿pueden ayudarme?',
        ],
        [
          'agent',
          30,
          'Hello, thank you for contacting us, I will check your order right away.',
        ],
      ]),
    );
    expect(result.language).toBe('es');
    expect(result.comprehension).toMatchObject({
      languageMismatch: 1,
      score: 85,
    });
  });

  it('counts machine-translation and template artefacts', () => {
    const result = score(
      conversation([
        ['customer', 0, 'How much will I get back?'],
        [
          'agent',
          30,
          'Dear {{customer_name}}, your refund of XNUMX euros will arrive in XNUMX days.',
        ],
      ]),
    );
    expect(result.comprehension.machineTranslationArtefacts).toBe(3);
    expect(result.comprehension.score).toBe(85);
  });

  it('judges very long-winded agent text hard to read', () => {
    const text =
      'Notwithstanding the aforementioned circumstances, administrative reconciliation procedures necessitate comprehensive verification of transactional documentation, consequently postponing reimbursement considerably beyond conventional expectations and anticipated processing timelines';
    const result = score(
      conversation([
        ['customer', 0, 'Where is my refund?'],
        ['agent', 30, text],
      ]),
    );
    expect(result.comprehension.hardToRead).toBe(true);
    expect(result.comprehension.agentReadabilityLix).toBeGreaterThan(55);
  });
});

describe('recontact within 72 hours', () => {
  const rows = conversation([
    ['customer', 0, 'Hi again, the problem is back.'],
    ['agent', 30, 'Hello, sorry to hear that, let me check.'],
  ]);

  it.each([
    [24, true],
    [71, true],
    [100, false],
  ])('previous contact %i h earlier → %s', (hours, recontact) => {
    const result = scoreConversation(
      rows,
      contextWith({ previousContactAt: MONDAY_10_UTC - hours * 3_600_000 }),
    );
    expect(result.comprehension.recontactWithin72h).toBe(recontact);
  });
});
