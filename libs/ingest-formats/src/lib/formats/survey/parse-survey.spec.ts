import { collect, errors, fixture, oks, parseEveryWay } from '../../../fixtures/feed';
import { parseSurveyCsv } from './parse-survey-csv';
import { parseSurveyJson } from './parse-survey-json';

describe('parseSurveyCsv', () => {
  it('reads answers (several questions per survey) and rejects bad ones by line, whatever the chunking', async () => {
    const runs = await parseEveryWay((source) => parseSurveyCsv(source), fixture('surveys/answers.csv'));
    for (const records of runs) {
      expect(records).toEqual(runs[0]);
    }
    const records = runs[0] ?? [];
    expect(oks(records)).toEqual([
      {
        line: 2,
        value: {
          conversationExternalId: 'c-1',
          questionKey: 'csat',
          score: 5,
          scale: '1-5',
          comment: 'Great, thanks!',
          answeredAt: '2024-03-01T11:00:00.000Z',
          agentId: 'a-7',
        },
      },
      {
        line: 3,
        value: { conversationExternalId: 'c-1', questionKey: 'nps', score: 9, scale: '0-10', answeredAt: '2024-03-01T11:00:00.000Z', agentId: 'a-7' },
      },
      {
        line: 4,
        value: { conversationExternalId: 'c-2', questionKey: 'csat', score: 1, scale: 'thumbs', comment: '👍 شكرا', answeredAt: '2024-03-01T11:00:00.000Z' },
      },
      {
        line: 5,
        value: {
          conversationExternalId: 'c-3',
          questionKey: 'csat',
          score: 6,
          scale: '1-7',
          comment: 'טוב מאוד\nתודה',
          answeredAt: '2024-03-04T08:00:00.000Z',
          agentId: 'a-3',
        },
      },
      {
        line: 14,
        value: { conversationExternalId: 'c-9', questionKey: 'csat', score: 0, scale: '0-10', comment: 'call me 555-123-4567', answeredAt: '2024-03-01T12:00:00.000Z' },
      },
    ]);
    expect(errors(records)).toEqual([
      { line: 7, field: 'score', reason: 'score 6 is outside the 1-5 scale (whole numbers 1–5)' },
      { line: 8, field: 'scale', reason: 'unknown scale "1-6" (expected one of 1-5, 1-7, 1-10, 0-10, thumbs)' },
      { line: 9, field: 'answered_at', reason: 'cannot read timestamp "whenever"' },
      {
        line: 10,
        field: 'conversation_id',
        reason: 'duplicate answer to question "csat" for conversation "c-1" (first on line 2)',
      },
      { line: 11, field: 'conversation_id', reason: 'conversation_id is required' },
      { line: 12, field: 'score', reason: 'score 4.5 is not a whole number' },
      { line: 13, field: 'score', reason: 'score "sideways" is not a number nor up/down' },
    ]);
  });

  it('uses a default scale and source, a column mapping, and redacts comments', async () => {
    const csv = 'Case,Rating,Feedback,When\nT-1,4,"reach me at ana@example.com",2024-03-01T11:00:00Z\n';
    const records = await collect(
      parseSurveyCsv([csv], {
        defaultScale: '1-5',
        source: 'qualtrics',
        redactPii: true,
        columnMapping: { conversation_id: 'Case', score: 'Rating', comment: 'Feedback', answered_at: 'When' },
      }),
    );
    expect(records).toEqual([
      {
        kind: 'ok',
        line: 2,
        redactions: 1,
        value: {
          source: 'qualtrics',
          conversationExternalId: 'T-1',
          questionKey: 'csat',
          score: 4,
          scale: '1-5',
          comment: 'reach me at [email]',
          answeredAt: '2024-03-01T11:00:00.000Z',
        },
      },
    ]);
  });
});

describe('parseSurveyJson', () => {
  it('reads an array of answers and rejects bad ones with item and line', async () => {
    const runs = await parseEveryWay((source) => parseSurveyJson(source), fixture('surveys/answers.json'));
    for (const records of runs) {
      expect(records).toEqual(runs[0]);
    }
    const records = runs[0] ?? [];
    expect(records.filter((r) => r.kind === 'ok')).toEqual([
      {
        kind: 'ok',
        line: 2,
        item: 1,
        value: { conversationExternalId: 'c-1', questionKey: 'csat', score: 4, scale: '1-5', answeredAt: '2024-03-01T11:00:00.000Z', agentId: 'a-7' },
      },
      {
        kind: 'ok',
        line: 10,
        item: 2,
        value: { conversationExternalId: 'c-1', questionKey: 'effort', score: 7, scale: '1-7', comment: '😀 easy', answeredAt: '2024-03-01T11:00:00.000Z' },
      },
      {
        kind: 'ok',
        line: 18,
        item: 3,
        value: { conversationExternalId: 'c-2', questionKey: 'csat', score: 0, scale: 'thumbs', answeredAt: '2024-03-04T07:00:00.000Z' },
      },
    ]);
    expect(records.filter((r) => r.kind === 'error')).toEqual([
      { kind: 'error', item: 4, error: { line: 24, field: 'score', reason: 'score 11 is outside the 0-10 scale (whole numbers 0–10)' } },
      {
        kind: 'error',
        item: 5,
        error: { line: 30, field: 'scale', reason: 'unknown scale "stars" (expected one of 1-5, 1-7, 1-10, 0-10, thumbs)' },
      },
      {
        kind: 'error',
        item: 6,
        error: {
          line: 36,
          field: 'conversationExternalId',
          reason: 'duplicate answer to question "csat" for conversation "c-1" (first on line 2)',
        },
      },
      { kind: 'error', item: 7, error: { line: 43, field: 'conversationExternalId', reason: 'conversationExternalId is required' } },
      { kind: 'error', item: 8, error: { line: 48, reason: 'each survey answer must be a JSON object' } },
    ]);
  });

  it('reads JSON Lines answers', async () => {
    const jsonl =
      '{"conversationExternalId":"a","score":"up","scale":"thumbs","answeredAt":"2024-03-01T11:00:00Z"}\n' +
      '{"conversationExternalId":"b","score":3,"scale":"1-5","questionKey":"csat","answeredAt":"2024-03-01 11:00:00"}\n';
    const records = await collect(parseSurveyJson([jsonl]));
    expect(oks(records).map((r) => [r.line, r.value.conversationExternalId, r.value.score])).toEqual([
      [1, 'a', 1],
      [2, 'b', 3],
    ]);
  });
});
