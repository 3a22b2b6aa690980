import { createHmac } from 'node:crypto';
import { buildConversation, createTestApi, getJson, loginAs, postJson, seedVendor, TestApi } from '@rapport/api-testing';
import type { ComparisonResponse, ConversationDetailDto, ConversationPageDto, NativeConversation, ScorecardResponse } from '@rapport/contracts';
import { getOk, scored } from './analytics-setup';

const KEY = 'recontact-test-key-0123456789abcdef-0123';

function contact(externalId: string, vendor: string, at: string, customerId?: string): NativeConversation {
  const later = new Date(Date.parse(at) + 120_000).toISOString();
  return buildConversation({
    vendor,
    externalId,
    language: 'en',
    ...(customerId ? { customerId } : {}),
    messages: [
      { role: 'customer', at, text: 'My order did not arrive.' },
      { role: 'agent', at: later, text: 'Hello, thank you for writing. I am checking the order now.', agentId: 'anna' },
    ],
  });
}

/** S-1 … S-10: one contact each, with answers to all four questions. */
const SURVEYED = Array.from({ length: 10 }, (_, index) => `S-${index + 1}`);

const answer = (conversationExternalId: string, questionKey: string, score: number, scale: string) => ({
  source: 'test',
  conversationExternalId,
  questionKey,
  score,
  scale,
  answeredAt: '2026-03-20T12:00:00.000Z',
});

describe('several survey questions and the 72-hour recontact rate', () => {
  let api: TestApi;
  let admin: Record<string, string>;
  let laterId = '';

  const recontactRules = async (id: string): Promise<string[]> => {
    const detail: ConversationDetailDto = await getOk(api, `/api/conversations/${id}`, admin);
    return detail.evidence.filter((item) => item.rule === 'comprehension.recontact').map((item) => item.rule);
  };

  beforeAll(async () => {
    api = await createTestApi({ customerIdKey: KEY });
    await seedVendor(api, { slug: 'recon', name: 'Recon Desk' });
    await seedVendor(api, { slug: 'other', name: 'Other Desk' });
    admin = (await loginAs(api, 'admin')).headers;
    // The later contact arrives first and is scored alone: no previous contact known yet.
    const first = await postJson(api, '/api/conversations/batch', [contact('R-2', 'recon', '2026-03-12T10:00:00.000Z', 'cust-1')], admin);
    expect(first.body.counts.created).toBe(1);
    laterId = first.body.items[0].id;
    await scored(api);
  }, 180_000);
  afterAll(() => api.close());

  it('finds a recontact whichever contact is imported first, and counts it in the rate', async () => {
    expect(await recontactRules(laterId)).toEqual([]);
    const second = await postJson(
      api,
      '/api/conversations/batch',
      [
        contact('R-1', 'recon', '2026-03-10T10:00:00.000Z', 'cust-1'), // 48 h before R-2: R-2 becomes a recontact
        contact('R-3', 'recon', '2026-03-10T10:00:00.000Z', 'cust-2'),
        contact('R-4', 'recon', '2026-03-15T10:00:00.000Z', 'cust-2'), // 120 h later: not a recontact
        contact('R-5', 'recon', '2026-03-11T10:00:00.000Z'), // no customer id: not in the rate
        contact('O-1', 'other', '2026-03-11T10:00:00.000Z', 'cust-1'), // another vendor: never a previous contact of recon
        contact('O-2', 'other', '2026-03-11T12:00:00.000Z', 'cust-9'),
        // Ten more customers with one contact each, who also answer the survey below.
        ...SURVEYED.map((id, index) => contact(id, 'recon', `2026-03-${String(index + 16).padStart(2, '0')}T10:00:00.000Z`, `s-${id}`)),
      ],
      admin,
    );
    expect(second.body.counts.failed).toBe(0);
    await scored(api);
    expect(await recontactRules(laterId)).toEqual(['comprehension.recontact']);
    const card: ScorecardResponse = await getOk(api, '/api/analytics/scorecard?month=2026-03&vendors=recon&minSample=10', admin);
    const rate = card.rows[0]?.metrics.recontact.current;
    // R-1…R-4 and the ten surveyed have a customer id; only R-2 came back within 72 h.
    expect(rate?.n).toBe(14);
    expect(rate?.estimate).toBeCloseTo(1 / 14, 10);
    expect(card.metricInfo.recontact?.direction).toBe('lower-is-better');
  });

  it('stores the customer id only as its HMAC and returns it from no route', async () => {
    const rows: Array<{ external_id: string; customer_key: string | null }> = await api.dataSource.query(
      "SELECT external_id, customer_key FROM conversations WHERE external_id IN ('R-1', 'R-5') ORDER BY external_id",
    );
    const expected = createHmac('sha256', KEY).update('cust-1').digest('hex');
    expect(rows).toEqual([
      { external_id: 'R-1', customer_key: expected },
      { external_id: 'R-5', customer_key: null },
    ]);
    const list: ConversationPageDto = await getOk(api, '/api/conversations?month=2026-03&vendors=recon', admin);
    const detail = await getOk(api, `/api/conversations/${laterId}`, admin);
    for (const body of [JSON.stringify(list), JSON.stringify(detail)]) {
      expect(body).not.toContain('cust-1');
      expect(body).not.toContain(expected);
      expect(body).not.toMatch(/customer_?key|customerId/i);
    }
  });

  it('keeps each survey question as its own metric with its own scale, interval and n', async () => {
    const surveys = await postJson(
      api,
      '/api/surveys/batch',
      // S-i answers CSAT (i mod 5) + 1 on 1–5, effort (i mod 7) + 1 on 1–7, resolved when i is even, recommend i on 0–10.
      SURVEYED.flatMap((id, index) => {
        const i = index + 1;
        return [answer(id, 'csat', (i % 5) + 1, '1-5'), answer(id, 'effort', (i % 7) + 1, '1-7'), answer(id, 'resolution', i % 2 === 0 ? 1 : 0, 'thumbs'), answer(id, 'nps', i, '0-10')];
      }),
      admin,
    );
    expect(surveys.body.counts.failed).toBe(0);
    const card: ScorecardResponse = await getOk(api, '/api/analytics/scorecard?month=2026-03&vendors=recon&minSample=10', admin);
    const metrics = card.rows[0]?.metrics;
    // CSAT answers 2,3,4,5,1 twice: 25,50,75,100,0 twice on 0–100, mean 50.
    expect([metrics?.csat.current.n, metrics?.csat.current.estimate]).toEqual([10, 50]);
    // Effort answers 2,3,4,5,6,7,1,2,3,4 on 1–7: (1+2+3+4+5+6+0+1+2+3)/6·100 = 450 in all, mean 45.
    expect(metrics?.effort.current.n).toBe(10);
    expect(metrics?.effort.current.estimate).toBeCloseTo(45, 8);
    expect([metrics?.resolved.current.n, metrics?.resolved.current.estimate]).toEqual([10, 0.5]);
    // Recommend 1…10: promoters 9, 10; passives 7, 8; six detractors: (2 − 6)/10 = −40.
    expect(metrics?.nps.current.n).toBe(10);
    expect(metrics?.nps.current.estimate).toBeCloseTo(-40, 8);
    for (const metric of ['effort', 'resolved', 'nps'] as const) {
      const stat = metrics?.[metric].current;
      expect(stat?.lower).toBeLessThan(stat?.estimate ?? 0);
      expect(stat?.upper).toBeGreaterThan(stat?.estimate ?? 0);
    }
    // The survey response rate still counts the conversations with a CSAT answer (10) out of all 15.
    expect(metrics?.responseRate.current.n).toBe(15);
    expect(metrics?.responseRate.current.estimate).toBeCloseTo(10 / 15, 10);
  });

  it('narrows the comparison to the metrics asked for, each with its interval and n', async () => {
    const compared: ComparisonResponse = await getOk(api, '/api/analytics/compare?month=2026-03&vendors=recon,other&minSample=10&metrics=nps,effort', admin);
    expect(compared.metrics.map((entry) => entry.metric)).toEqual(['effort', 'nps']);
    const nps = compared.metrics.find((entry) => entry.metric === 'nps');
    expect(nps?.estimates.map((estimate) => [estimate.n, estimate.status])).toEqual([
      [10, 'ok'],
      [0, 'insufficient'],
    ]);
    expect(Object.keys(compared.metricInfo).sort()).toEqual(['effort', 'nps']);
    const bad = await getJson(api, '/api/analytics/compare?month=2026-03&vendors=recon,other&metrics=loyalty', admin);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('metrics');
  });
});
