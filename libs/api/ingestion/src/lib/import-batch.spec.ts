import type { NativeConversation } from '@rapport/contracts';
import type { NativeSurvey } from '@rapport/ingest-formats';
import { ImportBatch } from './import-batch';

const conversation = (externalId: string, messages = 2): NativeConversation => ({
  source: 'csv',
  externalId,
  vendor: 'acme',
  channel: 'chat',
  createdAt: '2026-03-02T10:00:00.000Z',
  messages: Array.from({ length: messages }, (_, i) => ({
    role: 'customer' as const,
    at: '2026-03-02T10:00:00.000Z',
    text: `m${i}`,
  })),
});
const survey = (conversationExternalId: string, source?: string): NativeSurvey => ({
  ...(source ? { source } : {}),
  conversationExternalId,
  questionKey: 'csat',
  score: 4,
  scale: '1-5',
  answeredAt: '2026-03-02T12:00:00.000Z',
});

describe('ImportBatch', () => {
  it('moves the cursor over stored and rejected records alike and remembers a fatal error', () => {
    const batch = new ImportBatch('csv');
    expect(batch.isEmpty()).toBe(true);
    batch.add({ kind: 'ok', line: 2, value: { conversation: conversation('a') } }, 1);
    batch.add({ kind: 'error', error: { line: 9, field: 'text', reason: 'text is empty' } }, 2);
    batch.add({ kind: 'error', error: { line: 12, reason: 'not UTF-8' }, fatal: true }, 3);
    expect([batch.lastRecord, batch.lastLine, batch.fatal?.line]).toEqual([3, 12, 12]);
    expect(batch.rejected).toEqual([
      { line: 9, item: null, field: 'text', reason: 'text is empty' },
      { line: 12, item: null, field: null, reason: 'not UTF-8' },
    ]);
  });

  it('is full when any limit is reached', () => {
    const limits = { conversations: 2, messages: 5, records: 2 };
    const byConversations = new ImportBatch(undefined);
    byConversations.add({ kind: 'ok', line: 1, value: { conversation: conversation('a', 1) } }, 1);
    expect(byConversations.isFull(limits)).toBe(false);
    byConversations.add({ kind: 'ok', line: 2, value: { conversation: conversation('b', 1) } }, 2);
    expect(byConversations.isFull(limits)).toBe(true);
    const byMessages = new ImportBatch(undefined);
    byMessages.add({ kind: 'ok', line: 1, value: { conversation: conversation('a', 5) } }, 1);
    expect(byMessages.isFull(limits)).toBe(true);
    const byRecords = new ImportBatch(undefined);
    byRecords.add({ kind: 'ok', line: 1, value: { survey: survey('a', 'crm') } }, 1);
    byRecords.add({ kind: 'error', error: { line: 2, reason: 'bad' } }, 2);
    expect(byRecords.isFull(limits)).toBe(true);
  });

  it('gives surveys the import source unless they name one, and rejects them when neither does', () => {
    const withDefault = new ImportBatch('crm');
    withDefault.add({ kind: 'ok', line: 2, value: { survey: survey('a') } }, 1);
    withDefault.add({ kind: 'ok', line: 3, value: { survey: survey('b', 'zendesk') } }, 2);
    expect(withDefault.surveys.map((s) => [s.source, s.line, s.normalized, s.satisfied])).toEqual([
      ['crm', 2, 75, true],
      ['zendesk', 3, 75, true],
    ]);
    const without = new ImportBatch(undefined);
    without.add({ kind: 'ok', line: 4, item: 1, value: { survey: survey('a') } }, 1);
    expect(without.surveys).toEqual([]);
    expect(without.rejected).toEqual([
      { line: 4, item: 1, field: 'source', reason: expect.stringMatching(/source is required/) },
    ]);
  });

  it('counts conversation outcomes for conversation imports, surveys stored along, and every error by line', () => {
    const batch = new ImportBatch('zendesk');
    batch.add({ kind: 'error', error: { line: 30, reason: 'bad ticket' } }, 1);
    batch.add({ kind: 'notice', notice: { line: 12, field: 'timestamp', reason: 'sorted by time' } }, 2);
    const tally = batch.tally(
      'conversations',
      [
        { line: 2, externalId: 'a', status: 'created' },
        { line: 10, externalId: 'b', status: 'unchanged' },
        { line: 20, externalId: 'c', status: 'failed', error: { line: 20, field: 'vendor', reason: 'unknown vendor' } },
      ],
      [
        { line: 2, conversationExternalId: 'a', questionKey: 'csat', status: 'created', linked: true },
        { line: 10, conversationExternalId: 'b', questionKey: 'csat', status: 'unchanged' },
      ],
    );
    expect(tally).toEqual({
      received: 4,
      created: 1,
      updated: 0,
      unchanged: 1,
      failed: 2,
      surveysStored: 1,
      surveysWaiting: 0,
      errors: [
        { line: 20, item: null, field: 'vendor', reason: 'unknown vendor' },
        { line: 30, item: null, field: null, reason: 'bad ticket' },
      ],
      // A notice rejects nothing: it is neither received nor failed, only listed.
      notices: [{ line: 12, item: null, field: 'timestamp', reason: 'sorted by time' }],
    });
    expect(batch.lastRecord).toBe(2);
  });

  it('writes no survey of a record whose conversation was refused for its vendor, and every other one', () => {
    const batch = new ImportBatch('csv');
    for (const [ordinal, id] of ['a', 'b', 'c'].entries()) {
      batch.add(
        { kind: 'ok', line: ordinal + 2, value: { conversation: conversation(id), survey: survey(id) } },
        ordinal + 1,
      );
    }
    // An answer to a conversation of another file: no outcome in this batch speaks for it.
    batch.add({ kind: 'ok', line: 5, value: { survey: survey('elsewhere') } }, 4);
    const surveys = batch.surveysToWrite([
      { line: 2, externalId: 'a', status: 'failed', error: { line: 2, field: 'vendor', reason: 'refused' } },
      { line: 3, externalId: 'b', status: 'failed', error: { line: 3, field: 'channel', reason: 'unknown channel' } },
      { line: 4, externalId: 'c', status: 'created', id: 'c-id' },
    ]);
    expect(surveys.map((s) => s.conversationExternalId)).toEqual(['b', 'c', 'elsewhere']);
  });

  it('counts survey outcomes for survey imports, with the answers still waiting for their conversation', () => {
    const tally = new ImportBatch('crm').tally(
      'surveys',
      [],
      [
        { line: 2, conversationExternalId: 'a', questionKey: 'csat', status: 'created', linked: false },
        { line: 3, conversationExternalId: 'b', questionKey: 'csat', status: 'updated', linked: true },
        {
          line: 4,
          conversationExternalId: 'c',
          questionKey: 'csat',
          status: 'failed',
          error: { line: 4, field: 'source', reason: 'out of scope' },
        },
      ],
    );
    expect(tally).toMatchObject({
      received: 3,
      created: 1,
      updated: 1,
      failed: 1,
      surveysStored: 0,
      surveysWaiting: 1,
    });
    expect(tally.errors).toEqual([{ line: 4, item: null, field: 'source', reason: 'out of scope' }]);
  });
});
