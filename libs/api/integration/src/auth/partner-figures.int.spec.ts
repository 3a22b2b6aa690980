import { createTestApi, getJson, loginAs, seedVendor, TestApi } from '@rapport/api-testing';
import { ingestPlanted } from '../analytics/analytics-setup';
import { PlantedCell, PlantedData, plantedData } from '../analytics/planted-data';

// Two APIs, each seeded and scored; CI machines are small.
jest.setTimeout(300_000);

/**
 * A leak can change a pooled figure (an average, a correlation, a vendor mean) without naming the other vendor. So a
 * partner's figures in a database shared with another vendor must equal the same partner's figures in a database
 * holding its own vendor's data only, and the simplest of them must equal what the seeded data gives by hand.
 */
const MONTH = '2026-03';
const OWN = 'lisbon';
const OTHER = 'manila';

function cells(vendor: string, conversations: number, englishReplies: number): PlantedCell[] {
  return (['de', 'en', 'fr'] as const).map((language) => ({
    vendor,
    language,
    conversations,
    englishReplies: language === 'en' ? 0 : englishReplies,
    technicalShare: vendor === OTHER ? 0.6 : 0.2,
  }));
}

// The other vendor is planted unlike the own one (more English replies, harder work), so its data moves any pool.
const OWN_DATA: PlantedData = plantedData(8801, MONTH, cells(OWN, 40, 0.1));
const OTHER_DATA: PlantedData = plantedData(8802, MONTH, cells(OTHER, 40, 0.7));

const PARTNER_VIEWS = [
  `/api/analytics/scorecard?month=${MONTH}`,
  `/api/analytics/drivers?month=${MONTH}&minSample=10`,
  `/api/analytics/agents?month=${MONTH}&vendor=${OWN}&minSample=10&pageSize=100`,
  `/api/analytics/gaps?month=${MONTH}`,
  `/api/analytics/coverage?month=${MONTH}&minSample=10`,
  '/api/vendors/monthly-volume',
];

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/**
 * The answer with every id (they differ between the two databases) replaced, figures and names kept. Figures are kept
 * to ten significant digits: rows summed in another order (ids differ) may differ in the last bit, a leak far more.
 */
function figures(body: unknown): unknown {
  return JSON.parse(JSON.stringify(body).replace(UUID, '<id>'), (_key, value: unknown) =>
    typeof value === 'number' ? Number(value.toPrecision(10)) : value,
  );
}

/** The numbers in an answer, so that a comparison of two answers is known to compare figures, not only nulls. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') {
    return [value];
  }
  if (value && typeof value === 'object') {
    return Object.values(value).flatMap(numbersIn);
  }
  return [];
}

async function partnerApi(data: PlantedData[]): Promise<{
  api: TestApi;
  partner: Record<string, string>;
  admin: Record<string, string>;
}> {
  const api = await createTestApi();
  const own = await seedVendor(api, { slug: OWN, name: 'Lisbon Partner' });
  if (data.length > 1) {
    await seedVendor(api, { slug: OTHER, name: 'Manila Partner' });
  }
  const admin = (await loginAs(api, 'admin')).headers;
  await ingestPlanted(api, admin, {
    conversations: data.flatMap((part) => part.conversations),
    surveys: data.flatMap((part) => part.surveys),
  });
  return {
    api,
    admin,
    partner: (await loginAs(api, 'partner', own.id)).headers,
  };
}

async function ok(api: TestApi, path: string, headers: Record<string, string>): Promise<any> {
  const response = await getJson(api, path, headers);
  if (response.status !== 200) {
    throw new Error(`GET ${path} answered ${response.status}: ${JSON.stringify(response.body).slice(0, 300)}`);
  }
  return response.body;
}

describe('a partner’s figures beside another vendor', () => {
  let shared: {
    api: TestApi;
    partner: Record<string, string>;
    admin: Record<string, string>;
  };
  let alone: {
    api: TestApi;
    partner: Record<string, string>;
    admin: Record<string, string>;
  };

  beforeAll(async () => {
    shared = await partnerApi([OWN_DATA, OTHER_DATA]);
    alone = await partnerApi([OWN_DATA]);
  });
  afterAll(async () => {
    await shared?.api.close();
    await alone?.api.close();
  });

  it.each(PARTNER_VIEWS)('%s equals the answer from the partner’s own data alone', async (path) => {
    const beside = figures(await ok(shared.api, path, shared.partner));
    const ownOnly = figures(await ok(alone.api, path, alone.partner));
    expect(beside).toEqual(ownOnly);
    expect(numbersIn(ownOnly).length).toBeGreaterThan(0);
  });

  it('counts only the partner’s own conversations in the conversation list', async () => {
    const beside = await ok(shared.api, `/api/conversations?month=${MONTH}&pageSize=1`, shared.partner);
    expect(beside.total).toBe(OWN_DATA.conversations.length);
  });

  it('gives the scorecard figures the seeded data gives by hand', async () => {
    const scorecard = await ok(shared.api, `/api/analytics/scorecard?month=${MONTH}`, shared.partner);
    expect(scorecard.rows).toHaveLength(1);
    const [row] = scorecard.rows;
    const scores = OWN_DATA.surveys.map((survey) => survey.score);
    expect(scores).toHaveLength(120);
    // CSAT on the common 0–100 scale: answer 1 is 0, answer 5 is 100; satisfied is 75 or more (4 or 5 of 5).
    const csat = scores.reduce((sum, score) => sum + ((score - 1) / 4) * 100, 0) / scores.length;
    const satisfied = scores.filter((score) => score >= 4).length / scores.length;
    expect(row.volume.current).toBe(120);
    expect(row.metrics.csat.current).toMatchObject({ status: 'ok', n: 120 });
    expect(row.metrics.csat.current.estimate).toBeCloseTo(csat, 9);
    expect(row.metrics.satisfied.current.estimate).toBeCloseTo(satisfied, 9);
    expect(row.metrics.overall.rankedAmong).toBe(1);
  });

  it('pools the drivers over the partner’s own surveyed conversations only', async () => {
    const drivers = await ok(shared.api, `/api/analytics/drivers?month=${MONTH}&minSample=10`, shared.partner);
    const pooled = drivers.groups.find(
      (group: { vendorId: string | null; language: string | null }) =>
        group.vendorId === null && group.language === null,
    );
    expect(pooled).toMatchObject({ n: 120, status: 'ok' });
    // The same pool seen by a client role holds both vendors: what the partner would see if its filter were lost.
    const everyone = await ok(shared.api, `/api/analytics/drivers?month=${MONTH}&minSample=10`, shared.admin);
    const both = everyone.groups.find(
      (group: { vendorId: string | null; language: string | null }) =>
        group.vendorId === null && group.language === null,
    );
    expect(both.n).toBe(240);
    expect(figures(both)).not.toEqual(figures(pooled));
  });

  it('ranks the partner’s agents against its own vendor mean', async () => {
    const agents = await ok(
      shared.api,
      `/api/analytics/agents?month=${MONTH}&vendor=${OWN}&minSample=10&pageSize=100`,
      shared.partner,
    );
    const seededAgents = new Set(
      OWN_DATA.conversations.flatMap((conversation) =>
        conversation.messages.flatMap((message) => (message.agentId ? [message.agentId] : [])),
      ),
    );
    expect(agents.total).toBe(seededAgents.size);
    expect(agents.items.map((item: { agent: { externalId: string } }) => item.agent.externalId).sort()).toEqual(
      [...seededAgents].sort(),
    );
    expect(agents.items.reduce((sum: number, item: { n: number }) => sum + item.n, 0)).toBe(120);
  });
});
