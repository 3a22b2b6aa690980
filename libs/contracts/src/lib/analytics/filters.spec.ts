import { conversationListQuerySchema } from './conversations';
import { agentRankingQuerySchema, analyticsFilterSchema, comparisonQuerySchema, firstDayOf, isDayString, lastDayOf, scorecardQuerySchema } from './filters';

const messages = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('analytics filters', () => {
  it('reads multi-selects comma-separated or repeated, trimmed and without duplicates', () => {
    const parsed = analyticsFilterSchema.parse({ vendors: ['a,b', 'c', ' b '], channels: 'chat, email', languages: 'de' });
    expect(parsed).toEqual({ vendors: ['a', 'b', 'c'], channels: ['chat', 'email'], languages: ['de'] });
  });

  it('names the offending value of an unknown channel', () => {
    const result = analyticsFilterSchema.safeParse({ channels: 'chat,fax' });
    expect(messages(result)).toEqual(["channels.1: unknown channel 'fax'; expected one of chat, email, social, voice-transcript, phone-notes"]);
  });

  it.each([
    [{ month: '2024-13' }, 'month: must be a month YYYY-MM'],
    [{ from: '2024-02-30' }, 'from: must be a month (YYYY-MM) or a day (YYYY-MM-DD)'],
    [{ month: '2024-05', from: '2024-05' }, 'month: give either month or from/to, not both'],
    [{ from: '2024-05', to: '2024-04-30' }, 'to: must not be before from (2024-05)'],
    [{ from: '2020-01', to: '2023-01' }, 'to: the period may cover at most 36 months'],
    [{ minSample: '5' }, 'minSample: Too small: expected number to be >=10'],
  ])('refuses %j', (query, message) => {
    expect(messages(analyticsFilterSchema.safeParse(query))).toEqual([message]);
  });

  it('refuses parameters it does not know, so a misspelt filter is never ignored', () => {
    expect(messages(analyticsFilterSchema.safeParse({ vendor: 'a' }))[0]).toMatch(/vendor/);
  });

  it('takes months only in scorecards, at most twelve of them', () => {
    expect(messages(scorecardQuerySchema.safeParse({ from: '2024-01-05', to: '2024-02' }))).toEqual(['from: scorecards are monthly: use a month YYYY-MM']);
    expect(messages(scorecardQuerySchema.safeParse({ from: '2023-01', to: '2024-01' }))).toEqual(['to: the period may cover at most 12 months']);
    expect(scorecardQuerySchema.parse({ from: '2023-02', to: '2024-01', minSample: '50' })).toEqual({ from: '2023-02', to: '2024-01', minSample: 50 });
  });

  it('compares two to eight vendors', () => {
    expect(messages(comparisonQuerySchema.safeParse({}))).toEqual(['vendors: compare 2 to 8 vendors']);
    expect(messages(comparisonQuerySchema.safeParse({ vendors: 'a,a' }))).toEqual(['vendors: compare 2 to 8 vendors']);
    expect(messages(comparisonQuerySchema.safeParse({ vendors: 'a,b,c,d,e,f,g,h,i' }))).toEqual(['vendors: compare 2 to 8 vendors']);
    expect(comparisonQuerySchema.parse({ vendors: 'a,b' }).vendors).toEqual(['a', 'b']);
  });

  it('ranks agents of one vendor, by default on the overall score, paginated', () => {
    expect(agentRankingQuerySchema.parse({ vendor: 'alpen' })).toEqual({ vendor: 'alpen', metric: 'overall', page: 1, pageSize: 50, sort: 'rank' });
    expect(messages(agentRankingQuerySchema.safeParse({ vendor: 'alpen', pageSize: '500' }))).toEqual(['pageSize: Too big: expected number to be <=200']);
  });

  it('lists conversations with the same selection plus cell narrowing', () => {
    expect(conversationListQuerySchema.parse({ month: '2024-05', vendors: 'a', signals: 'language-mismatch', hourOfWeek: '130', overallMax: '60' })).toEqual({
      month: '2024-05',
      vendors: ['a'],
      signals: ['language-mismatch'],
      hourOfWeek: 130,
      overallMax: 60,
      csat: 'any',
      page: 1,
      pageSize: 50,
      sort: '-createdAt',
    });
    expect(messages(conversationListQuerySchema.safeParse({ overallMin: '80', overallMax: '60' }))).toEqual(['overallMax: must not be below overallMin']);
  });
});

describe('period bounds', () => {
  it.each([
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['2024-12', '2024-12-01', '2024-12-31'],
    ['2024-06-15', '2024-06-15', '2024-06-15'],
  ])('%s runs from %s to %s', (bound, first, last) => {
    expect(firstDayOf(bound)).toBe(first);
    expect(lastDayOf(bound)).toBe(last);
  });

  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-04-31', false],
    ['2024-4-01', false],
  ])('%s is a day: %s', (value, expected) => {
    expect(isDayString(value)).toBe(expected);
  });
});
