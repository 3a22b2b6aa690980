import type { ConversationDetailDto } from '@rapport/contracts';
import { conversationLevelEvidence, firedRules, scoreItems, signalItems } from './conversation-summary';

const DETAIL: ConversationDetailDto = {
  id: 'c1',
  source: 'demo',
  externalId: 'T-1',
  vendor: { id: 'v1', slug: 'lisboa-contact', name: 'Lisboa Contact' },
  channel: 'chat',
  queue: null,
  site: null,
  language: 'de',
  createdAt: '2025-04-03T10:00:00.000Z',
  scoreStatus: 'scored',
  scores: { overall: 61.25, courtesy: 40, comprehension: 80, responsiveness: null },
  firstResponseSeconds: 200,
  csat: 25,
  csatSatisfied: false,
  closedAt: null,
  tags: [],
  scorerVersion: '1.0.0',
  signals: { withinSla: false, afterHours: true, weekend: false, languageMismatch: null, clarificationRequest: true, asksOtherAgent: false, openingInData: true, hourOfWeek: 33 },
  messages: [
    { position: 0, role: 'customer', at: '2025-04-03T10:00:00.000Z', text: 'Hallo', language: 'de', internal: false, agent: null },
    { position: 1, role: 'agent', at: '2025-04-03T10:03:20.000Z', text: 'Was?', language: 'de', internal: false, agent: null },
  ],
  surveys: [],
  evidence: [
    { messageIndex: 1, start: 0, end: 4, rule: 'courtesy.curt-reply', explanation: 'Short reply.' },
    { messageIndex: 1, start: 0, end: 3, rule: 'comprehension.clarification', explanation: 'Asked what was meant.' },
    { messageIndex: 1, start: 3, end: 4, rule: 'courtesy.curt-reply', explanation: 'Another.' },
    { messageIndex: -1, start: 0, end: 0, rule: 'language.unsupported', explanation: 'No resources.' },
  ],
};

describe('conversation summary', () => {
  it('reads scores, response time and CSAT in words', () => {
    expect(scoreItems(DETAIL)).toEqual([
      { label: 'Overall', value: '61.3' },
      { label: 'Responsiveness', value: '—' },
      { label: 'Courtesy', value: '40.0' },
      { label: 'Comprehension', value: '80.0' },
      { label: 'First response', value: '3 min 20 s' },
      { label: 'CSAT', value: '25.0 (not satisfied)' },
      { label: 'Status', value: 'Scored' },
    ]);
  });

  it('says when there is no reply, no survey, or the language has no resources', () => {
    const items = scoreItems({ ...DETAIL, firstResponseSeconds: null, csat: null, csatSatisfied: null, scoreStatus: 'unsupported' });
    expect(items.slice(4).map((item) => item.value)).toEqual(['No agent reply', 'No survey', 'Language without scoring resources: only responsiveness is scored']);
  });

  it('reads the signals, and has none before scoring', () => {
    expect(signalItems(DETAIL).map((item) => item.value)).toEqual(['No', 'Yes', 'No', 'Not applicable', 'Yes', 'No']);
    expect(signalItems({ ...DETAIL, signals: null })).toEqual([]);
  });

  it('says when the opening is not in the data, and that its first response is therefore not measured', () => {
    const missing = { ...DETAIL, firstResponseSeconds: null, signals: {
        withinSla: null, afterHours: true, weekend: false, languageMismatch: null, clarificationRequest: true, asksOtherAgent: false, openingInData: false, hourOfWeek: 33,
      },
    };
    expect(signalItems(missing)[0]).toEqual({ label: 'Opening in the data', value: 'no — the first customer message is not in the data, so no first response is measured' });
    expect(scoreItems(missing)[4]).toEqual({ label: 'First response', value: 'Not measured: the opening is not in the data' });
  });

  it('counts rules that fired, most frequent first', () => {
    expect(firedRules(DETAIL.evidence)).toEqual([
      { rule: 'courtesy.curt-reply', count: 2, explanation: 'Short reply.' },
      { rule: 'comprehension.clarification', count: 1, explanation: 'Asked what was meant.' },
      { rule: 'language.unsupported', count: 1, explanation: 'No resources.' },
    ]);
  });

  it('keeps apart evidence that names no message', () => {
    expect(conversationLevelEvidence(DETAIL).map((item) => item.rule)).toEqual(['language.unsupported']);
  });
});
