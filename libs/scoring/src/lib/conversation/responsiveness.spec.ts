import { scoreConversation } from './score-conversation';
import { DEFAULT_SCORING_CONTEXT } from '../context';
import { contextWith, conversation } from './conversation.test-helpers';

const score = (c: Parameters<typeof scoreConversation>[0]) =>
  scoreConversation(c, DEFAULT_SCORING_CONTEXT);

describe('responsiveness on chat (targets: first reply 60 s, later replies 120 s, wall clock)', () => {
  const result = score(
    conversation(
      [
        ['customer', 0, 'Hi, where is my order?'],
        ['agent', 45, 'Hello! Let me check that for you.'],
        ['customer', 60, 'ok'],
        ['agent', 300, 'It arrives tomorrow. Have a nice day!'],
        ['customer', 320, 'Thanks, bye!'],
      ],
      { closedAfterSeconds: 400 },
    ),
  );

  it('measures first response, gaps, longest wait and resolution', () => {
    expect(result.responsiveness).toMatchObject({
      firstResponseSeconds: 45,
      firstResponseBusinessSeconds: 45,
      meanReplyGapSeconds: 143,
      maxWaitSeconds: 240,
      resolutionSeconds: 400,
      unansweredCustomerMessages: 0,
      withinSla: false,
      afterHours: false,
      weekend: false,
      slaClock: 'wall',
    });
  });

  it('scores 50% first reply + 35% later replies + 15% nothing unanswered: 100, 50, 100 → 82.5', () => {
    expect(result.responsiveness.score).toBe(82.5);
  });

  it('cites the slow reply on the agent message', () => {
    expect(
      result.evidence
        .filter((e) => e.rule === 'responsiveness.slow-reply')
        .map((e) => e.messageIndex),
    ).toEqual([3]);
  });
});

describe('unanswered customers', () => {
  it('scores 0 when nobody ever answered, and counts the wait until closing', () => {
    const result = score(
      conversation(
        [
          ['customer', 0, 'Hello? Anyone there?'],
          ['customer', 600, 'Hello??'],
        ],
        { closedAfterSeconds: 1200 },
      ),
    );
    expect(result.responsiveness).toMatchObject({
      score: 0,
      firstResponseSeconds: null,
      unansweredCustomerMessages: 2,
      maxWaitSeconds: 1200,
      withinSla: false,
    });
    expect(
      result.evidence
        .filter((e) => e.rule === 'responsiveness.unanswered')
        .map((e) => e.messageIndex),
    ).toEqual([0, 1]);
  });

  it('has no score when the customer never wrote', () => {
    const result = score(
      conversation([
        ['agent', 0, 'Hello, your parcel has shipped. Have a nice day!'],
      ]),
    );
    expect(result.responsiveness.score).toBeNull();
    expect(result.responsiveness.withinSla).toBeNull();
  });
});

describe('email in business time (target 8 business hours; default calendar Mon–Fri 09–17 UTC)', () => {
  it('counts only open hours over a weekend', () => {
    const friday16 = Date.parse('2024-06-07T16:00:00Z');
    const mondayTen = (Date.parse('2024-06-10T10:00:00Z') - friday16) / 1000;
    const result = score(
      conversation(
        [
          [
            'customer',
            0,
            'Hello, I was charged twice for my subscription this month.',
          ],
          [
            'agent',
            mondayTen,
            'Hello, thank you for your patience. The second charge has been refunded. Kind regards',
          ],
        ],
        { channel: 'email', start: friday16 },
      ),
    );
    expect(result.responsiveness).toMatchObject({
      firstResponseSeconds: 66 * 3600,
      firstResponseBusinessSeconds: 2 * 3600,
      withinSla: true,
      score: 100,
      slaClock: 'business',
    });
  });

  it('flags customers writing at the weekend and after hours', () => {
    const saturday11 = Date.parse('2024-06-08T11:00:00Z');
    const result = score(
      conversation(
        [
          ['customer', 0, 'Is anyone working today?'],
          ['agent', 90, 'Hello, yes, how can I help?'],
        ],
        { start: saturday11 },
      ),
    );
    expect(result.responsiveness).toMatchObject({
      afterHours: true,
      weekend: true,
      afterHoursCustomerMessages: 1,
      afterHoursAgentReplies: 1,
    });
    expect(result.evidence.map((e) => e.rule)).toEqual(
      expect.arrayContaining([
        'responsiveness.after-hours',
        'responsiveness.weekend',
      ]),
    );
  });

  it('uses the SLA targets given in the context', () => {
    const strict = contextWith({
      sla: {
        ...DEFAULT_SCORING_CONTEXT.sla,
        chat: { firstResponseSeconds: 30, replyGapSeconds: 60, clock: 'wall' },
      },
    });
    const result = scoreConversation(
      conversation([
        ['customer', 0, 'Hello?'],
        ['agent', 60, 'Hi, how can I help?'],
      ]),
      strict,
    );
    expect(result.responsiveness.withinSla).toBe(false);
    expect(result.responsiveness.score).toBe(75);
  });
});

describe('threads whose opening is not in the data', () => {
  it('measures no first response when the agent wrote first, and scores the later replies alone', () => {
    const result = score(
      conversation([
        ['agent', 0, 'Hello, your parcel has shipped.'],
        ['customer', 600, 'It has not arrived, where is it?'],
        ['agent', 660, 'Let me check. It arrives tomorrow.'],
      ]),
    );
    // The gap 600 → 660 s (60 s, within the 120 s later-reply target) is a reply gap, not a first response.
    expect(result.responsiveness).toMatchObject({
      openingInData: false,
      firstResponseSeconds: null,
      firstResponseBusinessSeconds: null,
      withinSla: null,
      meanReplyGapSeconds: 60,
      score: 100,
    });
  });

  it('measures no first response when the conversation is marked as replying to a message outside the data', () => {
    const marked = {
      ...conversation([
        ['customer', 0, 'Still waiting for the refund you promised.'],
        ['agent', 300, 'Sorry, I am checking it now.'],
      ]),
      openingMissing: true,
    };
    // One reply gap of 300 s against the 120 s target: 35% × 40 + 15% × 100, over 50% → (14 + 15) / 0.5 = 58.
    expect(score(marked).responsiveness).toMatchObject({ openingInData: false, firstResponseSeconds: null, withinSla: null, score: 58 });
  });

  it('keeps the first response of a conversation the customer opened', () => {
    const opened = score(
      conversation([
        ['customer', 0, 'Where is my parcel?'],
        ['agent', 30, 'Hello! It arrives tomorrow.'],
      ]),
    );
    expect(opened.responsiveness).toMatchObject({ openingInData: true, firstResponseSeconds: 30, withinSla: true });
  });
});
