import { nativeSurveySchema, readScore } from './native-survey';

describe('readScore', () => {
  it.each([
    [5, '1-5', 5],
    ['1', '1-5', 1],
    [' 7 ', '1-7', 7],
    ['10', '1-10', 10],
    [0, '0-10', 0],
    ['4.0', '1-5', 4],
    [1, 'thumbs', 1],
    ['0', 'thumbs', 0],
    ['Up', 'thumbs', 1],
    ['down', 'thumbs', 0],
    ['👍', 'thumbs', 1],
    [true, 'thumbs', 1],
  ] as const)('reads %j on %s as %s', (raw, scale, expected) => {
    expect(readScore(raw, scale)).toEqual({ score: expected });
  });

  it.each([
    [0, '1-5', 'score 0 is outside the 1-5 scale (whole numbers 1–5)'],
    [8, '1-7', 'score 8 is outside the 1-7 scale (whole numbers 1–7)'],
    [11, '0-10', 'score 11 is outside the 0-10 scale (whole numbers 0–10)'],
    [2, 'thumbs', 'score 2 is outside the thumbs scale (whole numbers 0–1)'],
    ['up', '1-5', 'score "up" is not a number'],
    ['meh', 'thumbs', 'score "meh" is not a number nor up/down'],
    [3.5, '1-5', 'score 3.5 is not a whole number'],
    ['', '1-5', 'score is required'],
    [null, '1-5', 'score is required'],
  ] as const)('refuses %j on %s', (raw, scale, reason) => {
    expect(readScore(raw, scale)).toEqual({ error: reason });
  });
});

describe('nativeSurveySchema', () => {
  const answer = { conversationExternalId: 'c-1', score: 4, scale: '1-5', answeredAt: '2024-03-01T11:00:00.000Z' };

  it('defaults the question to csat', () => {
    expect(nativeSurveySchema.parse(answer)).toEqual({ ...answer, questionKey: 'csat' });
  });

  it('refuses a score outside its scale', () => {
    const result = nativeSurveySchema.safeParse({ ...answer, score: 6 });
    expect(result.success ? [] : result.error.issues.map((i) => [i.path, i.message])).toEqual([
      [['score'], 'score 6 is outside the 1-5 scale (whole numbers 1–5)'],
    ]);
  });
});
