import { conversationListQuerySchema } from './conversations';
import {
  agentRankingQuerySchema,
  analyticsFilterSchema,
  comparisonQuerySchema,
  firstDayOf,
  gapQuerySchema,
  isDayString,
  lastDayOf,
  latestPeriodMonth,
  monthsCovered,
  periodIssues,
  scorecardQuerySchema,
} from './filters';

const messages = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('analytics filters', () => {
  it('reads multi-selects comma-separated or repeated, trimmed and without duplicates', () => {
    const parsed = analyticsFilterSchema.parse({
      vendors: ['a,b', 'c', ' b '],
      channels: 'chat, email',
      languages: 'de',
    });
    expect(parsed).toEqual({
      vendors: ['a', 'b', 'c'],
      channels: ['chat', 'email'],
      languages: ['de'],
    });
  });

  it('names the offending value of an unknown channel', () => {
    const result = analyticsFilterSchema.safeParse({ channels: 'chat,fax' });
    expect(messages(result)).toEqual([
      "channels.1: unknown channel 'fax'; expected one of chat, email, social, voice-transcript, phone-notes",
    ]);
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
    expect(messages(scorecardQuerySchema.safeParse({ from: '2024-01-05', to: '2024-02' }))).toEqual([
      'from: scorecards are monthly: use a month YYYY-MM',
    ]);
    expect(messages(scorecardQuerySchema.safeParse({ from: '2023-01', to: '2024-01' }))).toEqual([
      'to: the period may cover at most 12 months',
    ]);
    expect(
      scorecardQuerySchema.parse({
        from: '2023-02',
        to: '2024-01',
        minSample: '50',
      }),
    ).toEqual({ from: '2023-02', to: '2024-01', minSample: 50 });
  });

  it('compares two to eight vendors', () => {
    expect(messages(comparisonQuerySchema.safeParse({}))).toEqual(['vendors: compare 2 to 8 vendors']);
    expect(messages(comparisonQuerySchema.safeParse({ vendors: 'a,a' }))).toEqual(['vendors: compare 2 to 8 vendors']);
    expect(messages(comparisonQuerySchema.safeParse({ vendors: 'a,b,c,d,e,f,g,h,i' }))).toEqual([
      'vendors: compare 2 to 8 vendors',
    ]);
    expect(comparisonQuerySchema.parse({ vendors: 'a,b' }).vendors).toEqual(['a', 'b']);
  });

  it('ranks agents of one vendor, by default on the overall score, paginated', () => {
    expect(agentRankingQuerySchema.parse({ vendor: 'alpen' })).toEqual({
      vendor: 'alpen',
      metric: 'overall',
      page: 1,
      pageSize: 50,
      sort: 'rank',
    });
    expect(messages(agentRankingQuerySchema.safeParse({ vendor: 'alpen', pageSize: '500' }))).toEqual([
      'pageSize: Too big: expected number to be <=200',
    ]);
  });

  it('lists conversations with the same selection plus cell narrowing', () => {
    expect(
      conversationListQuerySchema.parse({
        month: '2024-05',
        vendors: 'a',
        signals: 'language-mismatch',
        hourOfWeek: '130',
        overallMax: '60',
      }),
    ).toEqual({
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
    expect(
      messages(
        conversationListQuerySchema.safeParse({
          overallMin: '80',
          overallMax: '60',
        }),
      ),
    ).toEqual(['overallMax: must not be below overallMin']);
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

describe('every period is bounded', () => {
  const issues = (result: {
    error?: {
      issues: Array<{
        path: PropertyKey[];
        message: string;
        params?: Record<string, unknown>;
      }>;
    };
  }) =>
    (result.error?.issues ?? []).map((issue) => ({
      field: issue.path.join('.'),
      code: issue.params?.['code'],
      message: issue.message,
    }));
  const nextYear = new Date().getUTCFullYear() + 1;
  const outOfRange = (field: string) => ({
    field,
    code: 'period_out_of_range',
    message: `must be a month from 2000-01 to ${nextYear}-12`,
  });

  it.each([
    ['scorecard', scorecardQuerySchema.safeParse({ from: '0001-01' }), [outOfRange('from')]],
    ['scorecard', scorecardQuerySchema.safeParse({ to: '9999-12' }), [outOfRange('to')]],
    ['scorecard', scorecardQuerySchema.safeParse({ month: '1999-12' }), [outOfRange('month')]],
    ['aggregates', analyticsFilterSchema.safeParse({ from: '1999-12-31' }), [outOfRange('from')]],
    [
      'aggregates',
      analyticsFilterSchema.safeParse({ from: '0001-01', to: '9999-12' }),
      [outOfRange('from'), outOfRange('to')],
    ],
    ['aggregates', analyticsFilterSchema.safeParse({ to: `${nextYear + 1}-01-01` }), [outOfRange('to')]],
    ['comparison', comparisonQuerySchema.safeParse({ vendors: 'a,b', from: '0001-01' }), [outOfRange('from')]],
    ['gaps', gapQuerySchema.safeParse({ month: '0001-01' }), [outOfRange('month')]],
    ['agents', agentRankingQuerySchema.safeParse({ vendor: 'a', from: '0001-01' }), [outOfRange('from')]],
    ['conversation list', conversationListQuerySchema.safeParse({ from: '0001-01-01' }), [outOfRange('from')]],
    [
      'scorecard',
      scorecardQuerySchema.safeParse({ from: '2000-01', to: `${nextYear}-12` }),
      [
        {
          field: 'to',
          code: 'period_too_long',
          message: 'the period may cover at most 12 months',
        },
      ],
    ],
    [
      'aggregates',
      analyticsFilterSchema.safeParse({ from: '2000-01-01', to: '2003-01-01' }),
      [
        {
          field: 'to',
          code: 'period_too_long',
          message: 'the period may cover at most 36 months',
        },
      ],
    ],
  ])('%s: case %# refuses with a machine-readable code', (_name, result, expected) => {
    expect(issues(result)).toEqual(expected);
  });

  it.each([
    [{ month: '2000-01' }],
    [{ from: '2000-01-01', to: '2002-12-31' }],
    [{ month: `${nextYear}-12` }],
    [{ to: `${nextYear}-12-31` }],
  ])('accepts the edges of the range: %j', (query) => {
    expect(analyticsFilterSchema.safeParse(query).success).toBe(true);
  });

  it('measures the range against the time given, not a fixed year', () => {
    const in2030 = new Date('2030-06-15T12:00:00Z');
    expect(latestPeriodMonth(in2030)).toBe('2031-12');
    expect(periodIssues({ month: '2031-12' }, 36, in2030)).toEqual([]);
    expect(periodIssues({ month: '2032-01' }, 36, in2030)).toEqual([
      {
        path: 'month',
        code: 'period_out_of_range',
        message: 'must be a month from 2000-01 to 2031-12',
      },
    ]);
    expect(periodIssues({ from: '2029-01', to: '2029-12' }, 12, in2030)).toEqual([]);
    expect(periodIssues({ from: '2029-01', to: '2030-01' }, 12, in2030)).toEqual([
      {
        path: 'to',
        code: 'period_too_long',
        message: 'the period may cover at most 12 months',
      },
    ]);
  });

  it('counts the months a period covers, days included', () => {
    expect(monthsCovered('2024-01', '2024-01')).toBe(1);
    expect(monthsCovered('2024-01-31', '2024-02-01')).toBe(2);
    expect(monthsCovered('2000-01', '2027-12')).toBe(336);
  });
});
