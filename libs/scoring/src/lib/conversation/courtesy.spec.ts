import { scoreConversation } from './score-conversation';
import { DEFAULT_SCORING_CONTEXT } from '../context';
import { contextWith, conversation } from './conversation.test-helpers';

const germanInformal = conversation([
  [
    'customer',
    0,
    'Hallo, wo ist meine Bestellung? Ich warte seit zwei Wochen.',
  ],
  [
    'agent',
    40,
    'Hallo! Danke für deine Nachricht. Kannst du mir deine Bestellnummer schicken?',
  ],
  ['customer', 70, '12345'],
  ['agent', 100, 'Deine Bestellung kommt morgen. Schönen Tag noch!'],
]);

describe('register against the market expectation', () => {
  it('flags informal German agents where customers expect Sie (the default)', () => {
    const result = scoreConversation(germanInformal, DEFAULT_SCORING_CONTEXT);
    expect(result.courtesy).toMatchObject({
      agentFormality: 'informal',
      expectedFormality: 'formal',
      registerMismatch: true,
    });
    expect(
      result.evidence
        .filter((e) => e.rule === 'courtesy.register-mismatch')
        .map((e) =>
          germanInformal.messages[e.messageIndex]?.text.slice(e.start, e.end),
        ),
    ).toEqual(['deine', 'du', 'deine']);
  });

  it('accepts the same conversation for a client that wants du', () => {
    const result = scoreConversation(
      germanInformal,
      contextWith({ expectedFormality: { de: 'informal' } }),
    );
    expect(result.courtesy.registerMismatch).toBe(false);
    expect(result.courtesy.score).toBeGreaterThan(
      scoreConversation(germanInformal, DEFAULT_SCORING_CONTEXT).courtesy
        .score ?? 100,
    );
  });
});

describe('greeting, closing, rudeness and curt replies', () => {
  it('notes a missing greeting and closing', () => {
    const result = scoreConversation(
      conversation([
        ['customer', 0, 'Where is my parcel?'],
        ['agent', 30, 'It ships tomorrow.'],
      ]),
      DEFAULT_SCORING_CONTEXT,
    );
    expect(result.courtesy).toMatchObject({
      greeted: false,
      closedPolitely: false,
      agentMessages: 1,
    });
    expect(result.evidence.map((e) => e.rule)).toEqual(
      expect.arrayContaining([
        'courtesy.missing-greeting',
        'courtesy.missing-closing',
      ]),
    );
  });

  it('one rude agent message pulls the conversation well below its polite twin', () => {
    const rows = (middle: string) =>
      conversation([
        ['customer', 0, 'Hi, my refund has not arrived.'],
        [
          'agent',
          30,
          'Hello, thank you for reaching out, I am sorry to hear that.',
        ],
        ['customer', 60, 'It has been three weeks.'],
        ['agent', 90, middle],
        ['agent', 120, 'Have a nice day!'],
      ]);
    const polite = scoreConversation(
      rows('I understand, let me check the status for you.'),
      DEFAULT_SCORING_CONTEXT,
    );
    const rude = scoreConversation(
      rows('As I already said, it is not my problem.'),
      DEFAULT_SCORING_CONTEXT,
    );
    expect(rude.courtesy.rudeMessages).toBe(1);
    expect(polite.courtesy.rudeMessages).toBe(0);
    expect(
      (polite.courtesy.score ?? 0) - (rude.courtesy.score ?? 0),
    ).toBeGreaterThan(30);
  });

  it('counts a one-word reply to a long customer message as curt', () => {
    const long =
      'I have been trying to log in to my account for three days now and every time I enter my password the page reloads and asks me again, I also reset it twice already';
    const result = scoreConversation(
      conversation([
        ['customer', 0, long],
        ['agent', 30, 'ok'],
      ]),
      DEFAULT_SCORING_CONTEXT,
    );
    expect(result.courtesy.curtReplies).toBe(1);
    expect(
      result.evidence.some(
        (e) => e.rule === 'courtesy.curt-reply' && e.messageIndex === 1,
      ),
    ).toBe(true);
  });

  it('does not blame the agent for the customer’s profanity, but counts it', () => {
    const result = scoreConversation(
      conversation([
        ['customer', 0, 'This is fucking ridiculous'],
        [
          'agent',
          30,
          'Hello, I am sorry about this, let me check it for you. Have a nice day!',
        ],
      ]),
      DEFAULT_SCORING_CONTEXT,
    );
    expect(result.courtesy).toMatchObject({
      rudeMessages: 0,
      customerRudeMessages: 1,
    });
    expect(result.evidence.some((e) => e.rule === 'courtesy.profanity')).toBe(
      false,
    );
  });
});
