import {
  buildConversation,
  createTestApi,
  getJson,
  loginAs,
  postJson,
  seedVendor,
  TestApi,
} from '@rapport/api-testing';
import { scored } from './analytics-setup';

/**
 * Every endpoint that takes a period bounds it, whatever is given: a far month is a 400 before any work, and a start
 * without an end runs to the latest month with data under the same cap. The latest month with data here is 2026-03.
 */
describe('period bounds on every endpoint that takes months or dates', () => {
  let api: TestApi;
  let admin: Record<string, string>;
  let partner: Record<string, string>;
  const nextYear = new Date().getUTCFullYear() + 1;
  const outOfRange = (field: string) => ({
    statusCode: 400,
    code: 'period_out_of_range',
    message: `${field}: must be a month from 2000-01 to ${nextYear}-12`,
  });

  beforeAll(async () => {
    api = await createTestApi();
    const north = await seedVendor(api, { slug: 'north', name: 'North' });
    await seedVendor(api, { slug: 'south', name: 'South' });
    admin = (await loginAs(api, 'admin')).headers;
    partner = (await loginAs(api, 'partner', north.id)).headers;
    const stored = await postJson(
      api,
      '/api/conversations/batch',
      [buildConversation({ vendor: 'north' }), buildConversation({ vendor: 'south' })],
      admin,
    );
    expect(stored.body.counts).toMatchObject({ failed: 0 });
    await scored(api);
  }, 120_000);
  afterAll(() => api.close());

  const farPeriods: Array<[string, string]> = [
    ['/api/analytics/scorecard?from=0001-01', 'from'],
    ['/api/analytics/scorecard?to=9999-12', 'to'],
    ['/api/analytics/scorecard?month=1999-12', 'month'],
    ['/api/analytics/compare?vendors=north,south&from=0001-01', 'from'],
    ['/api/analytics/gaps?month=0001-01', 'month'],
    ['/api/analytics/coverage?from=0001-01-01', 'from'],
    ['/api/analytics/drivers?to=9999-12-31', 'to'],
    ['/api/analytics/agents?vendor=north&from=0001-01', 'from'],
    ['/api/conversations?from=0001-01-01', 'from'],
    [`/api/conversations?month=${nextYear + 1}-01`, 'month'],
  ];

  it.each(farPeriods)(
    'answers %s with 400 period_out_of_range, for clients and partners alike',
    async (path, field) => {
      for (const headers of [admin, partner]) {
        const response = await getJson(api, path, headers);
        expect({ status: response.status, body: response.body }).toEqual({
          status: 400,
          body: {
            ...outOfRange(field),
            details: [
              {
                line: 0,
                field,
                reason: outOfRange(field).message.slice(field.length + 2),
              },
            ],
          },
        });
      }
    },
  );

  it.each([
    ['/api/reports/scorecard.pdf?month=0001-01', 'month'],
    ['/api/audit?from=0001-01-01T00:00:00Z', 'from'],
    ['/api/audit/export?to=9999-12-31T00:00:00Z', 'to'],
  ])('answers the report and exports %s with 400 period_out_of_range', async (path, field) => {
    const response = await getJson(api, path, admin);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject(outOfRange(field));
  });

  it.each([
    ['/api/analytics/scorecard?from=2000-01', 12],
    ['/api/analytics/scorecard?from=2025-03', 12],
    ['/api/analytics/gaps?from=2020-01', 36],
    ['/api/analytics/coverage?from=2000-01-01', 36],
    ['/api/conversations?from=2000-01-01', 36],
  ])('caps a period without an end, which runs to the latest month with data: %s', async (path, maxMonths) => {
    const response = await getJson(api, path, partner);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      code: 'period_too_long',
      details: [
        {
          line: 0,
          field: 'to',
          reason: `the period may cover at most ${maxMonths} months`,
        },
      ],
    });
    expect(response.body.message).toContain('2026-03');
  });

  it('answers a start within the cap up to the latest month with data, and an end alone with its month', async () => {
    const fromOnly = await getJson(api, '/api/analytics/scorecard?from=2025-04', admin);
    expect(fromOnly.status).toBe(200);
    expect(fromOnly.body.months).toHaveLength(12);
    expect(fromOnly.body.months.slice(-1)).toEqual(['2026-03']);
    const toOnly = await getJson(api, '/api/analytics/scorecard?to=2026-03', admin);
    expect(toOnly.status).toBe(200);
    expect(toOnly.body.months).toEqual(['2026-03']);
    const list = await getJson(api, '/api/conversations?from=2026-01-01', partner);
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(1);
  });

  it('keeps answering /api/health after the hostile queries', async () => {
    await Promise.all(farPeriods.map(([path]) => getJson(api, path, partner)));
    const health = await getJson(api, '/api/health');
    expect(health.status).toBe(200);
  });
});
