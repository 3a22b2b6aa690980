import { DEFAULT_SCORING_CONTEXT } from '@rapport/scoring';
import { scoreConversationLine } from './score-conversations';

const native = {
  source: 'zendesk',
  externalId: 'Z-1',
  vendor: 'acme',
  channel: 'chat',
  createdAt: '2024-06-03T10:00:00Z',
  messages: [
    {
      role: 'customer',
      at: '2024-06-03T10:00:00Z',
      text: 'Hallo, wo bleibt meine Bestellung?',
    },
    {
      role: 'agent',
      at: '2024-06-03T10:00:30Z',
      text: 'Guten Tag, vielen Dank für Ihre Geduld. Ich prüfe das sofort für Sie.',
    },
  ],
};

describe('score-conversations line contract', () => {
  it('writes the conversation score under the external id', () => {
    const out = JSON.parse(
      scoreConversationLine(JSON.stringify(native), DEFAULT_SCORING_CONTEXT),
    );
    expect(out).toMatchObject({
      id: 'Z-1',
      language: 'de',
      languageStatus: 'supported',
      responsiveness: { firstResponseSeconds: 30 },
    });
    expect(typeof out.overall).toBe('number');
    expect(typeof out.courtesy.score).toBe('number');
    expect(typeof out.comprehension.score).toBe('number');
    expect(Array.isArray(out.evidence)).toBe(true);
  });

  it.each([
    ['{', null, /JSON/],
    [
      JSON.stringify({ ...native, channel: 'fax' }),
      'Z-1',
      /invalid conversation: channel/,
    ],
    [
      JSON.stringify({ ...native, messages: [] }),
      'Z-1',
      /invalid conversation: messages/,
    ],
    [
      JSON.stringify({ ...native, createdAt: 'soon' }),
      'Z-1',
      /Invalid timestamp in createdAt/,
    ],
  ])('answers a bad line with {id, error}: %s', (line, id, message) => {
    const out = JSON.parse(
      scoreConversationLine(line, DEFAULT_SCORING_CONTEXT),
    );
    expect(out.id).toBe(id);
    expect(out.error).toMatch(message);
  });
});
