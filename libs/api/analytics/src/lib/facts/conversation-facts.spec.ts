import { buildConversationFacts, csatAnswerOf, FactsSource, primaryAgentOf } from './conversation-facts';

const scoredDetails = {
  responsiveness: { score: 80, withinSla: false, afterHours: true, weekend: true },
  comprehension: { score: 70, clarificationRequests: 2, asksForOtherAgent: true, languageMismatch: 1 },
  evidence: [
    { messageIndex: 1, start: 0, end: 4, rule: 'courtesy.curt-reply', explanation: '' },
    { messageIndex: 2, start: 0, end: 9, rule: 'comprehension.clarification-request', explanation: '' },
    { messageIndex: 4, start: 0, end: 9, rule: 'comprehension.clarification-request', explanation: '' },
  ],
};

function source(overrides: Partial<FactsSource> = {}): FactsSource {
  return {
    id: 'c1',
    vendorId: 'v1',
    channel: 'chat',
    queue: 'billing',
    site: null,
    language: 'de',
    // Saturday 2026-03-07 23:30 UTC is Sunday 07:30 in Manila (UTC+8).
    createdAt: '2026-03-07T23:30:00.000Z',
    scoreStatus: 'scored',
    responsiveness: 80,
    courtesy: 60,
    comprehension: 70,
    overall: 70.5,
    firstResponseSeconds: 60,
    timeZone: 'Asia/Manila',
    details: scoredDetails,
    ...overrides,
  };
}

describe('buildConversationFacts', () => {
  it('keeps the case-mix keys, scores and signals of a scored conversation', () => {
    const { facts, rules } = buildConversationFacts(source(), [{ questionKey: 'csat', score: 4, scale: '1-5', answeredAt: '2026-03-08T00:00:00Z', agentId: 'a2' }], [
      { agentId: 'a1', messages: 2, firstPosition: 1 },
    ]);
    expect(facts).toEqual({
      conversation_id: 'c1',
      vendor_id: 'v1',
      day: '2026-03-07', // UTC day, whatever the vendor's time zone
      language: 'de',
      channel: 'chat',
      queue: 'billing',
      site: '',
      hour_of_week: 6 * 24 + 7, // Sunday 07:00 local
      hour_band: 'weekend',
      agent_id: 'a1',
      score_status: 'scored',
      responsiveness: 80,
      courtesy: 60,
      comprehension: 70,
      overall: 70.5,
      first_response_seconds: 60,
      frt_bucket: 24, // 4·log2(60) = 23.6 → bucket 1 + 23
      within_sla: 0,
      after_hours: 1,
      weekend: 1,
      sla_after_hours: 0,
      sla_weekend: 0,
      language_mismatch: 1,
      clarification: 1,
      asks_other_agent: 1,
      csat: 75, // (4 − 1)/4 · 100
      csat_satisfied: 1,
      csat_agent_id: 'a2', // the survey's credited agent, not the primary agent a1
      recontact: null, // no customer id
      effort: null,
      resolved: null,
      nps: null,
    });
    expect(rules).toEqual([
      { conversation_id: 'c1', rule: 'comprehension.clarification-request', hits: 2 },
      { conversation_id: 'c1', rule: 'courtesy.curt-reply', hits: 1 },
    ]);
  });

  it('leaves lexicon signals unknown in a language without scoring resources, but still counts language mismatch', () => {
    const details = { ...scoredDetails, comprehension: { score: null, clarificationRequests: 0, asksForOtherAgent: false, languageMismatch: 0 } };
    const { facts } = buildConversationFacts(source({ scoreStatus: 'unsupported', language: 'ja', details, comprehension: null }), [], []);
    expect(facts).toMatchObject({ language: 'ja', language_mismatch: 0, clarification: null, asks_other_agent: null, csat: null, csat_satisfied: null, agent_id: null });
  });

  it('knows nothing about a conversation whose scoring failed or is pending', () => {
    for (const scoreStatus of ['failed', 'pending']) {
      const { facts, rules } = buildConversationFacts(
        source({ scoreStatus, details: scoreStatus === 'failed' ? { error: 'boom' } : null, responsiveness: null, courtesy: null, comprehension: null, overall: null, firstResponseSeconds: null, language: null }),
        [],
        [],
      );
      expect(facts).toMatchObject({
        language: 'und',
        frt_bucket: null,
        within_sla: null,
        after_hours: 0,
        weekend: 0,
        sla_after_hours: null,
        language_mismatch: null,
        clarification: null,
        asks_other_agent: null,
      });
      expect(rules).toEqual([]);
    }
  });
});

describe('several survey questions', () => {
  const answers = [
    { questionKey: 'csat', score: 2, scale: '1-5', answeredAt: '2026-03-08T00:00:00Z' },
    { questionKey: 'effort', score: 7, scale: '1-7', answeredAt: '2026-03-08T00:00:01Z' },
    { questionKey: 'Resolution', score: 0, scale: 'thumbs', answeredAt: '2026-03-08T00:00:02Z' },
    { questionKey: 'nps', score: 6, scale: '0-10', answeredAt: '2026-03-08T00:00:03Z' },
  ];

  it('keeps each question as its own figure on its own scale', () => {
    const { facts } = buildConversationFacts(source(), answers, []);
    expect(facts).toMatchObject({ csat: 25, csat_satisfied: 0, effort: 100, resolved: 0, nps: -100 });
  });

  it.each([
    [10, 100],
    [9, 100],
    [8, 0],
    [7, 0],
    [6, -100],
    [0, -100],
  ])('counts recommend answer %s as %s (promoter +100, passive 0, detractor −100)', (score, value) => {
    const { facts } = buildConversationFacts(source(), [{ questionKey: 'recommend', score, scale: '0-10', answeredAt: '2026-03-08T00:00:00Z' }], []);
    expect(facts.nps).toBe(value);
    expect(facts.csat).toBeNull(); // a recommend answer is not CSAT
  });

  it('never takes an effort, resolution or recommend answer as CSAT, and leaves NPS out on a scale other than 0–10', () => {
    const { facts } = buildConversationFacts(
      source(),
      [
        { questionKey: 'effort', score: 1, scale: '1-5', answeredAt: '2026-03-08T00:00:00Z' },
        { questionKey: 'nps', score: 5, scale: '1-5', answeredAt: '2026-03-08T00:00:01Z' },
      ],
      [],
    );
    expect(facts).toMatchObject({ csat: null, csat_satisfied: null, effort: 0, nps: null });
  });

  it('reads the 72-hour recontact flag only for conversations with a customer id', () => {
    const details = { ...scoredDetails, comprehension: { ...scoredDetails.comprehension, recontactWithin72h: true } };
    expect(buildConversationFacts(source({ details, customerKnown: true }), [], []).facts.recontact).toBe(1);
    expect(buildConversationFacts(source({ details, customerKnown: false }), [], []).facts.recontact).toBeNull();
    const first = { ...scoredDetails, comprehension: { ...scoredDetails.comprehension, recontactWithin72h: false } };
    expect(buildConversationFacts(source({ details: first, customerKnown: true }), [], []).facts.recontact).toBe(0);
  });
});

describe('csatAnswerOf', () => {
  it('prefers the satisfaction question over other questions, whatever their order', () => {
    expect(
      csatAnswerOf([
        { questionKey: 'effort', score: 1, scale: '1-7', answeredAt: '2026-03-01T10:00:00Z', agentId: 'a1' },
        { questionKey: 'satisfaction_rating', score: 1, scale: 'thumbs', answeredAt: '2026-03-01T10:05:00Z', agentId: 'a2' },
      ]),
    ).toEqual({ csat: 100, satisfied: true, agentId: 'a2' });
  });

  it('takes the earliest answer when no satisfaction question was asked, and skips answers off the scale', () => {
    expect(
      csatAnswerOf([
        { questionKey: 'b', score: 11, scale: '0-10', answeredAt: '2026-03-01T09:00:00Z' },
        { questionKey: 'c', score: 7, scale: '0-10', answeredAt: '2026-03-01T11:00:00Z' },
        { questionKey: 'a', score: 9, scale: '0-10', answeredAt: '2026-03-01T10:00:00Z' },
      ]),
    ).toEqual({ csat: 90, satisfied: true, agentId: null });
    expect(csatAnswerOf([{ questionKey: 'csat', score: 3, scale: 'stars', answeredAt: '2026-03-01T09:00:00Z' }])).toBeNull();
  });

  it.each([
    ['1-5', 3, 50, false],
    ['1-7', 6, (5 / 6) * 100, true],
    ['0-10', 7, 70, false],
  ])('maps %s answer %s to %s (satisfied %s)', (scale, score, csat, satisfied) => {
    const answer = csatAnswerOf([{ questionKey: 'csat', score, scale, answeredAt: '2026-03-01T09:00:00Z' }]);
    expect(answer?.csat).toBeCloseTo(csat, 10);
    expect(answer?.satisfied).toBe(satisfied);
  });
});

describe('after-hours and weekend coverage', () => {
  // An email written on Saturday and answered on Monday morning: 50 hours on the wall clock, 1 hour of business time.
  const mondayAnswer = {
    responsiveness: { score: 95, withinSla: true, afterHours: true, weekend: true, firstResponseSeconds: 180_000, openingInData: true },
  };

  it('counts the first answer on the wall clock: a business-time target met on Monday is not weekend coverage', () => {
    const { facts } = buildConversationFacts(source({ channel: 'email', details: mondayAnswer, firstResponseTargetSeconds: 28_800 }), [], []);
    expect(facts.within_sla).toBe(1);
    expect(facts.sla_after_hours).toBe(0);
    expect(facts.sla_weekend).toBe(0);
  });

  it('counts an answer within the target while the desk is closed as covered', () => {
    const details = { responsiveness: { ...mondayAnswer.responsiveness, firstResponseSeconds: 600 } };
    const { facts } = buildConversationFacts(source({ channel: 'email', details, firstResponseTargetSeconds: 28_800 }), [], []);
    expect([facts.sla_after_hours, facts.sla_weekend]).toEqual([1, 1]);
  });

  it('leaves out a thread whose opening is not in the data, like the SLA figures', () => {
    const details = { responsiveness: { withinSla: null, afterHours: true, weekend: true, firstResponseSeconds: null, openingInData: false } };
    const { facts } = buildConversationFacts(source({ details, firstResponseTargetSeconds: 60 }), [], []);
    expect([facts.sla_after_hours, facts.sla_weekend]).toEqual([null, null]);
  });
});

describe('primaryAgentOf', () => {
  it('credits the agent with most replies, the first to reply on a tie', () => {
    expect(primaryAgentOf([{ agentId: 'a', messages: 1, firstPosition: 1 }, { agentId: 'b', messages: 3, firstPosition: 5 }])).toBe('b');
    expect(primaryAgentOf([{ agentId: 'a', messages: 2, firstPosition: 3 }, { agentId: 'b', messages: 2, firstPosition: 1 }])).toBe('b');
    expect(primaryAgentOf([])).toBeNull();
  });
});
