import { createTestApi, loginAs, seedVendor, TestApi } from '@rapport/api-testing';
import type {
  AgentRankingResponse,
  ComparisonResponse,
  DriversResponse,
  GapsResponse,
  ScorecardResponse,
} from '@rapport/contracts';
import { getOk, ingestPlanted } from './analytics-setup';
import { PlantedData } from './planted-data';

/*
 * Agents as clusters, end to end. Vendor "teams": 10 agents × 15 conversations in March 2026 whose customers answer
 * CSAT by agent (agent j's base answer 1,1,1,2,2,3,3,4,4,5, then base −1, base, base + 1 in turn, kept within 1–5), so
 * agents differ strongly. Vendor "loose": the same answers, but its messages carry no agent ids. Vendor "alike": 6
 * agents whose customers all give the same answers, so the agents cannot be told apart.
 *
 * Expected values, computed with SciPy 1.11 (not with the code under test): with equal clusters CR2 is the t interval
 * of the agents' means on G − 1 df, so for "teams" CSAT
 *   means = [mean(agent) for agent in agents]; m = mean(means); se = stdev(means)/sqrt(10)
 *   m ± scipy.stats.t.ppf(0.975, 9)·se = 41.6667, 19.3615 – 63.9718
 * and for "loose" (conversations independent) mean ± t.ppf(0.975, 149)·s/√150 = 41.6667, 36.1046 – 47.2288;
 * the design effect se²/(s²/150) = 12.2706.
 */
const BASES = [1, 1, 1, 2, 2, 3, 3, 4, 4, 5];
const TEXTS = {
  customer: 'Hello, my parcel has not arrived yet. Can you check the delivery status?',
  reply: 'Thank you for contacting us. I checked your order and the parcel will arrive tomorrow.',
  thanks: 'Thanks a lot, that solved it!',
  closing: 'Is there anything else I can help you with? Have a great day!',
};

function vendorData(
  vendor: string,
  agents: number,
  answerOf: (agent: number, k: number) => number,
  withAgentIds: boolean,
): PlantedData {
  const data: PlantedData = { conversations: [], surveys: [] };
  for (let agent = 0; agent < agents; agent++) {
    for (let k = 0; k < 15; k++) {
      const externalId = `${vendor}-${agent}-${k}`;
      const start = Date.UTC(2026, 2, 2 + ((agent * 15 + k) % 26), 10, k);
      const at = (minutes: number) => new Date(start + minutes * 60_000).toISOString();
      const agentId = withAgentIds ? { agentId: `${vendor}-agent-${agent}` } : {};
      data.conversations.push({
        source: 'clustered',
        externalId,
        vendor,
        channel: 'chat',
        queue: 'billing',
        language: 'en',
        createdAt: at(0),
        messages: [
          { role: 'customer', at: at(0), text: TEXTS.customer },
          { role: 'agent', at: at(2), text: TEXTS.reply, ...agentId },
          { role: 'customer', at: at(4), text: TEXTS.thanks },
          { role: 'agent', at: at(5), text: TEXTS.closing, ...agentId },
        ],
      });
      data.surveys.push({
        source: 'clustered',
        conversationExternalId: externalId,
        questionKey: 'csat',
        score: answerOf(agent, k),
        scale: '1-5',
        answeredAt: at(30),
      });
    }
  }
  return data;
}

const byAgent = (agent: number, k: number) => Math.min(5, Math.max(1, (BASES[agent] ?? 3) + [-1, 0, 1][k % 3]!));

describe('cluster-robust intervals (agents as clusters)', () => {
  let api: TestApi;
  let admin: Record<string, string>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await createTestApi();
    for (const slug of ['teams', 'loose', 'alike']) {
      ids[slug] = (await seedVendor(api, { slug, name: slug.toUpperCase() })).id;
    }
    admin = (await loginAs(api, 'admin')).headers;
    const parts = [
      vendorData('teams', 10, byAgent, true),
      vendorData('loose', 10, byAgent, false),
      vendorData('alike', 6, (_agent, k) => 2 + (k % 3), true),
    ];
    await ingestPlanted(api, admin, {
      conversations: parts.flatMap((p) => p.conversations),
      surveys: parts.flatMap((p) => p.surveys),
    });
  }, 180_000);
  afterAll(() => api.close());

  it('gives the scorecard the CR2 interval where agents are known and the independent one where they are not', async () => {
    const scorecard: ScorecardResponse = await getOk(api, '/api/analytics/scorecard?month=2026-03', admin);
    const row = (slug: string) => scorecard.rows.find((entry) => entry.vendor.slug === slug);
    const teams = row('teams')?.metrics.csat.current;
    expect(teams).toMatchObject({ status: 'ok', n: 150, method: 'cluster-robust-cr2-t', agents: 10 });
    expect(teams?.estimate).toBeCloseTo(41.6667, 3);
    expect(teams?.lower).toBeCloseTo(19.3615, 3);
    expect(teams?.upper).toBeCloseTo(63.9718, 3);
    expect(teams?.designEffect).toBeCloseTo(12.2706, 3);
    expect(row('teams')?.clustering).toMatchObject({ agents: 10, unattributed: 0, method: 'agents-as-clusters' });
    const loose = row('loose')?.metrics.csat.current;
    expect(loose).toMatchObject({ status: 'ok', n: 150, method: 'student-t' });
    expect(loose?.lower).toBeCloseTo(36.1046, 3);
    expect(loose?.upper).toBeCloseTo(47.2288, 3);
    expect(row('loose')?.clustering).toMatchObject({ agents: 0, unattributed: 150, method: 'independent' });
  });

  it('compares vendors on the clustered intervals and reports the design per vendor', async () => {
    const comparison: ComparisonResponse = await getOk(
      api,
      '/api/analytics/compare?month=2026-03&vendors=teams,loose',
      admin,
    );
    const csat = comparison.metrics.find((metric) => metric.metric === 'csat');
    expect(csat?.pairs[0]).toMatchObject({
      status: 'ok',
      method: 'cluster-robust-cr2-welch',
      difference: 0,
      significant: false,
    });
    expect(comparison.multipleComparisons).toBe('benjamini-hochberg');
    expect(comparison.clustering.map((entry) => [entry.vendorId, entry.method])).toEqual([
      [ids['teams'], 'agents-as-clusters'],
      [ids['loose'], 'independent'],
    ]);
    const by: ComparisonResponse = await getOk(
      api,
      '/api/analytics/compare?month=2026-03&vendors=teams,loose&fdr=by',
      admin,
    );
    expect(by.multipleComparisons).toBe('benjamini-yekutieli');
  });

  it('names the false-discovery procedure of the gaps and rejects an unknown one with 400', async () => {
    const gaps: GapsResponse = await getOk(api, '/api/analytics/gaps?month=2026-03&metrics=csat&fdr=by', admin);
    expect(gaps.multipleComparisons).toBe('benjamini-yekutieli');
    expect(gaps.clustering.find((entry) => entry.vendorId === ids['teams'])).toMatchObject({
      agents: 10,
      method: 'agents-as-clusters',
    });
    const cell = gaps.metrics[0]?.cells.find((entry) => entry.vendorId === ids['teams']);
    expect(cell?.cell.method).toBe('cluster-robust-cr2-t');
    expect(cell?.vsOtherVendors.method).toBe('clustered-standardised-difference-satterthwaite');
    const bad = await getOk(api, '/api/analytics/gaps?month=2026-03&fdr=holm', admin, 400);
    expect(JSON.stringify(bad)).toContain('fdr');
  });

  it('ranks agents who differ, and ranks nobody when the data cannot tell them apart', async () => {
    const teams: AgentRankingResponse = await getOk(
      api,
      '/api/analytics/agents?month=2026-03&vendor=teams&metric=csat&minSample=10',
      admin,
    );
    expect(teams.agentDifferences).toBe('distinguishable');
    expect(teams.betweenVarianceInterval?.lower).toBeGreaterThan(0);
    expect(teams.items.filter((item) => item.rank !== null)).toHaveLength(10);
    expect(teams.items[0]?.shrunk.method).toBe('empirical-bayes-morris');
    const alike: AgentRankingResponse = await getOk(
      api,
      '/api/analytics/agents?month=2026-03&vendor=alike&metric=csat&minSample=10',
      admin,
    );
    expect(alike.agentDifferences).toBe('indistinguishable');
    expect(alike.betweenVarianceInterval).toEqual({ lower: 0, upper: expect.any(Number) });
    expect(alike.items.every((item) => item.rank === null && item.shrunk.status === 'ok')).toBe(true);
  });

  it('gives the drivers per group the design effect of CSAT and cluster-robust rule effects', async () => {
    const drivers: DriversResponse = await getOk(api, '/api/analytics/drivers?month=2026-03', admin);
    const teams = drivers.groups.find((group) => group.vendorId === ids['teams'] && group.language === null);
    expect(teams?.clustering.agents).toBe(10);
    expect(teams?.clustering.designEffect).toBeCloseTo(12.2706, 3);
    const loose = drivers.groups.find((group) => group.vendorId === ids['loose'] && group.language === null);
    expect(loose?.clustering).toEqual({ agents: 0, designEffect: null, intraAgentCorrelation: null });
    expect(teams?.rules.length).toBeGreaterThan(0);
    for (const rule of teams?.rules ?? []) {
      expect(rule.effect.method).toBe('cluster-robust-cr2-welch');
    }
  });
});
