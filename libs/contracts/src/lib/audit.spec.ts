import { auditQuerySchema } from './audit';

describe('audit query', () => {
  const nextYear = new Date().getUTCFullYear() + 1;

  it.each([
    [{ from: '0001-01-01T00:00:00Z' }, 'from'],
    [{ to: '9999-12-31T23:59:59Z' }, 'to'],
    [{ to: `${nextYear + 1}-01-01T00:00:00Z` }, 'to'],
  ])('refuses times outside the period range: %j', (query, field) => {
    const result = auditQuerySchema.safeParse(query);
    expect(
      result.error?.issues.map((issue) => ({
        field: issue.path.join('.'),
        message: issue.message,
        params: (issue as { params?: unknown }).params,
      })),
    ).toEqual([
      {
        field,
        message: `must be a month from 2000-01 to ${nextYear}-12`,
        params: { code: 'period_out_of_range' },
      },
    ]);
  });

  it('refuses a malformed time with the format error alone', () => {
    const result = auditQuerySchema.safeParse({ from: 'yesterday' });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['from']);
    expect(result.error?.issues[0]?.code).toBe('invalid_format');
  });

  it('takes times inside the range', () => {
    expect(
      auditQuerySchema.parse({
        from: '2000-01-01T00:00:00Z',
        to: `${nextYear}-12-31T23:59:59Z`,
      }),
    ).toEqual({
      from: '2000-01-01T00:00:00Z',
      to: `${nextYear}-12-31T23:59:59Z`,
      limit: 100,
    });
  });
});
