import { createTestApi, getJson, loginAs, seedVendor, TestApi } from '@rapport/api-testing';
import type { AgentRankingResponse, ComparisonResponse, ScorecardResponse, ScorecardRowDto } from '@rapport/contracts';
import { getOk, ingestPlanted } from './analytics-setup';
import { PlantedCell, plantedData } from './planted-data';

const LANGUAGES = ['de', 'en', 'fr'] as const;

function cells(vendors: readonly string[], conversations: number): PlantedCell[] {
  return vendors.flatMap((vendor) =>
    LANGUAGES.map((language): PlantedCell => ({ vendor, language, conversations, englishReplies: vendor === 'south' && language === 'de' ? 0.6 : 0 })),
  );
}

describe('analytics endpoints', () => {
  let api: TestApi;
  let admin: Record<string, string>;
  const vendorIds: Record<string, string> = {};

  beforeAll(async () => {
    api = await createTestApi();
    for (const slug of ['north', 'south', 'east']) {
      vendorIds[slug] = (await seedVendor(api, { slug, name: slug.toUpperCase() })).id;
    }
    admin = (await loginAs(api, 'admin')).headers;
    const february = plantedData(202602, '2026-02', cells(['north', 'south'], 40));
    const march = plantedData(202603, '2026-03', cells(['north', 'south', 'east'], 60));
    await ingestPlanted(api, admin, { conversations: [...february.conversations, ...march.conversations], surveys: [...february.surveys, ...march.surveys] });
  }, 180_000);
  afterAll(() => api.close());

  describe('GET /api/analytics/scorecard', () => {
    let scorecard: ScorecardResponse;
    const row = (slug: string): ScorecardRowDto => {
      const found = scorecard.rows.find((entry) => entry.vendor.slug === slug);
      if (!found) {
        throw new Error(`no scorecard row for ${slug}`);
      }
      return found;
    };

    beforeAll(async () => {
      scorecard = await getOk(api, '/api/analytics/scorecard?month=2026-03', admin);
    });

    it('gives every vendor of the month its volume and every metric with interval, n and method (agents as clusters)', () => {
      expect(scorecard.months).toEqual(['2026-03']);
      expect(scorecard.minimumSample).toBe(30);
      expect(scorecard.rows.map((entry) => entry.vendor.slug).sort()).toEqual(['east', 'north', 'south']);
      expect(row('north').volume).toEqual({ current: 180, previousMonth: 120, sameMonthLastYear: 0 });
      expect(row('north').metrics.csat.current).toMatchObject({ status: 'ok', n: 180, method: 'cluster-robust-cr2-t', agents: 6 });
      expect(row('north').metrics.satisfied.current).toMatchObject({ status: 'ok', n: 180, method: 'cluster-robust-cr2-wilson', agents: 6 });
      expect(row('north').clustering).toMatchObject({ vendorId: vendorIds['north'], agents: 6, unattributed: 0, method: 'agents-as-clusters' });
      expect(row('north').metrics.responseRate.current).toMatchObject({ status: 'ok', n: 180, estimate: 1 });
      expect(row('north').metrics.firstResponseMedian.current).toMatchObject({ status: 'ok', n: 180, method: 'histogram-quantile' });
      const { estimate, lower, upper } = row('north').metrics.overall.current;
      expect(lower).toBeLessThanOrEqual(estimate ?? NaN);
      expect(upper).toBeGreaterThanOrEqual(estimate ?? NaN);
    });

    it('compares with the previous month where there is one, and says when there is not', () => {
      expect(row('north').metrics.overall.vsPreviousMonth).toMatchObject({ status: 'ok', nA: 180, nB: 120, method: 'cluster-robust-cr2-welch' });
      expect(row('east').metrics.overall.vsPreviousMonth).toMatchObject({ status: 'insufficient', nB: 0, difference: null });
      expect(row('north').metrics.overall.vsSameMonthLastYear.status).toBe('insufficient');
    });

    it('ranks vendors only on metrics they all have data for, worst language mismatch last', async () => {
      expect(row('south').metrics.languageMismatch.rank).toBe(3);
      expect(row('south').metrics.languageMismatch.rankedAmong).toBe(3);
      expect(row('north').metrics.afterHoursCoverage).toMatchObject({ rank: null, current: { status: 'insufficient' } });
      // Showing one vendor still ranks it among every vendor the caller may see.
      const alone: ScorecardResponse = await getOk(api, '/api/analytics/scorecard?month=2026-03&vendors=south', admin);
      expect(alone.rows.map((entry) => entry.vendor.slug)).toEqual(['south']);
      expect(alone.rows[0]?.metrics.languageMismatch).toMatchObject({ rank: 3, rankedAmong: 3 });
    });

    it('links each row to the conversations behind it', async () => {
      const list = await getOk(api, row('east').conversations, admin);
      expect(list.total).toBe(180);
      expect(list.items).toHaveLength(50);
    });

    it('narrows by language from the rollups, with the same answer as the conversations', async () => {
      const german: ScorecardResponse = await getOk(api, '/api/analytics/scorecard?month=2026-03&languages=de', admin);
      const south = german.rows.find((entry) => entry.vendor.slug === 'south');
      expect(south?.volume.current).toBe(60);
      const mismatched = await getOk(api, `/api/conversations?month=2026-03&vendors=south&languages=de&signals=language-mismatch&pageSize=1`, admin);
      expect(south?.metrics.languageMismatch.current.estimate).toBeCloseTo(mismatched.total / 60, 12);
    });
  });

  it('compares vendors pairwise with BH-controlled significance', async () => {
    const comparison: ComparisonResponse = await getOk(api, '/api/analytics/compare?month=2026-03&vendors=north,south', admin);
    expect(comparison.vendors.map((vendor) => [vendor.slug, vendor.volume])).toEqual([
      ['north', 180],
      ['south', 180],
    ]);
    expect(comparison.tests).toBe(comparison.metrics.filter((metric) => metric.pairs[0]?.status === 'ok').length);
    const mismatch = comparison.metrics.find((metric) => metric.metric === 'languageMismatch');
    expect(mismatch?.direction).toBe('lower-is-better');
    expect(mismatch?.pairs[0]).toMatchObject({ vendorA: vendorIds['north'], vendorB: vendorIds['south'], status: 'ok', significant: true });
    expect(mismatch?.pairs[0]?.upper).toBeLessThan(0);
    expect(mismatch?.pairs[0]?.qValue).toBeLessThanOrEqual(0.05);
  });

  it('ranks agents with shrinkage towards the vendor mean, paginated', async () => {
    const page: AgentRankingResponse = await getOk(api, '/api/analytics/agents?from=2026-02&to=2026-03&vendor=north&minSample=10&pageSize=4', admin);
    expect(page).toMatchObject({ metric: 'overall', direction: 'higher-is-better', page: 1, pageSize: 4, total: 6, minimumSample: 10 });
    expect(page.items).toHaveLength(4);
    expect(page.items.map((item) => item.rank)).toEqual([...page.items.map((item) => item.rank)].sort((a, b) => (a ?? 99) - (b ?? 99)));
    for (const item of page.items) {
      expect(item.shrunk.method).toBe('empirical-bayes-morris');
      // Shrinkage pulls towards the vendor mean, never past it.
      const towards = Math.abs((item.shrunk.estimate ?? 0) - (page.vendorMean ?? 0)) <= Math.abs((item.rawMean ?? 0) - (page.vendorMean ?? 0)) + 1e-9;
      expect(towards).toBe(true);
    }
    const agentList = await getOk(api, page.items[0]?.conversations ?? '', admin);
    expect(agentList.total).toBe(page.items[0]?.n);
  });

  it('draws the hour-of-week heatmap with "not enough data" in quiet hours', async () => {
    const coverage = await getOk(api, '/api/analytics/coverage?month=2026-03&vendors=north', admin);
    expect(coverage.rows).toHaveLength(1);
    expect(coverage.rows[0].hours).toHaveLength(168);
    expect(coverage.rows[0].hours.reduce((total: number, hour: { volume: number }) => total + hour.volume, 0)).toBe(180);
    const sunday = coverage.rows[0].hours[6 * 24 + 3];
    expect(sunday).toMatchObject({ volume: 0, csat: { status: 'insufficient' }, firstResponseMedian: { status: 'insufficient' } });
    // The promise comes with the coverage, so a partner, who reads no vendor profiles, sees it too (seeded: Mon–Fri 08:00–18:00).
    const weekday = [{ from: '08:00', to: '18:00' }];
    expect(coverage.rows[0].businessHours).toEqual({ sun: [], mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: [] });
    const partner = (await loginAs(api, 'partner', vendorIds['north'])).headers;
    expect((await getOk(api, '/api/analytics/coverage?month=2026-03', partner)).rows.map((row: { businessHours: unknown }) => row.businessHours)).toEqual([
      coverage.rows[0].businessHours,
    ]);
  });

  it('tells how much each dimension explains CSAT, and whether the overall score tracks it', async () => {
    const drivers = await getOk(api, '/api/analytics/drivers?month=2026-03', admin);
    const all = drivers.groups.find((group: { vendorId: string | null }) => group.vendorId === null);
    expect(all).toMatchObject({ n: 540, status: 'ok' });
    expect(all.dimensions.map((driver: { name: string }) => driver.name)).toEqual(['responsiveness', 'courtesy', 'comprehension']);
    // Mismatched replies are rated lower and score lower on comprehension: the two go together.
    expect(all.dimensions[2].correlation.lower).toBeGreaterThan(0);
    expect(all.overallCorrelation).toMatchObject({ status: 'ok', method: 'fisher-z' });
    const mismatchRule = all.rules.find((rule: { rule: string }) => rule.rule === 'comprehension.agent-language-mismatch');
    expect(mismatchRule).toMatchObject({ significant: true, effect: { status: 'ok' } });
    expect(mismatchRule.effect.upper).toBeLessThan(0);
    expect(drivers.groups.some((group: { vendorId: string; language: string }) => group.vendorId === vendorIds['south'] && group.language === 'de')).toBe(true);
  });

  describe('the conversation explorer', () => {
    it('lists with filters, score bands, sorting and pagination', async () => {
      const page = await getOk(api, '/api/conversations?month=2026-03&vendors=south&languages=de&sort=overall&pageSize=5&page=2', admin);
      expect(page).toMatchObject({ page: 2, pageSize: 5, total: 60, sort: 'overall' });
      const overall = page.items.map((item: { scores: { overall: number } }) => item.scores.overall);
      expect(overall).toEqual([...overall].sort((a, b) => a - b));
      // A score band cut through the lowest unsatisfied conversations keeps exactly those at or below it (the first
      // page, sorted by overall score, holds every one of them).
      const unsatisfied = await getOk(api, '/api/conversations?month=2026-03&csat=unsatisfied&sort=overall&pageSize=200', admin);
      expect(unsatisfied.items.length).toBeGreaterThan(40);
      const scores: number[] = unsatisfied.items.map((item: { scores: { overall: number } }) => item.scores.overall);
      const cut = Math.floor(scores[20] ?? NaN);
      const atOrBelow = scores.filter((score) => score <= cut).length;
      expect(atOrBelow).toBeGreaterThan(0);
      expect(atOrBelow).toBeLessThan(scores.length);
      const low = await getOk(api, `/api/conversations?month=2026-03&overallMax=${cut}&csat=unsatisfied&pageSize=200`, admin);
      expect(low.total).toBe(atOrBelow);
      expect(low.items.filter((item: { scores: { overall: number }; csatSatisfied: boolean }) => item.scores.overall > cut || item.csatSatisfied !== false)).toEqual([]);
      const rule = await getOk(api, '/api/conversations?month=2026-03&rule=comprehension.agent-language-mismatch&pageSize=1', admin);
      const signal = await getOk(api, '/api/conversations?month=2026-03&signals=language-mismatch&pageSize=1', admin);
      expect(rule.total).toBe(signal.total);
      expect(rule.total).toBeGreaterThan(20);
    });

    it('shows one conversation with messages, languages, CSAT and evidence', async () => {
      const [first] = (await getOk(api, '/api/conversations?month=2026-03&vendors=south&languages=de&signals=language-mismatch&pageSize=1', admin)).items;
      const detail = await getOk(api, `/api/conversations/${first.id}`, admin);
      expect(detail.messages.map((message: { role: string }) => message.role)).toEqual(['customer', 'agent', 'customer', 'agent']);
      expect(detail.messages[0].language).toBe('de');
      expect(detail.messages[1].language).toBe('en');
      expect(detail.messages[1].agent.externalId).toMatch(/^south-agent-/);
      expect(detail.surveys).toEqual([expect.objectContaining({ questionKey: 'csat', scale: '1-5' })]);
      expect(detail.signals).toMatchObject({ languageMismatch: true });
      expect(detail.evidence.map((item: { rule: string }) => item.rule)).toContain('comprehension.agent-language-mismatch');
      // Items the learned model weighs say how many courtesy points they moved their message's score.
      const weighed = detail.evidence.filter((item: { points?: number }) => item.points !== undefined);
      expect(weighed.length).toBeGreaterThan(0);
      expect(weighed.every((item: { points: number }) => Math.abs(item.points) <= 100)).toBe(true);
      expect((await getJson(api, '/api/conversations/not-a-conversation', admin)).status).toBe(404);
      expect((await getJson(api, '/api/conversations/00000000-0000-4000-8000-000000000000', admin)).status).toBe(404);
    });
  });

  describe('filters', () => {
    it.each([
      ['/api/analytics/scorecard?month=2026-13', /month: must be a month YYYY-MM/],
      ['/api/analytics/gaps?channels=chat,fax', /unknown channel 'fax'/],
      ['/api/analytics/scorecard?vendor=north', /vendor/],
      ['/api/analytics/compare?vendors=north', /compare 2 to 8 vendors/],
      ['/api/analytics/scorecard?vendors=nobody', /unknown vendor 'nobody'/],
      ['/api/conversations?sort=random', /sort/],
    ])('%s answers 400 with a clear message', async (path, message) => {
      const response = await getJson(api, path, admin);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ statusCode: 400, code: 'invalid_input' });
      expect(response.body.message).toMatch(message);
    });

    it('needs a signed-in user', async () => {
      expect((await getJson(api, '/api/analytics/scorecard?month=2026-03')).status).toBe(401);
    });
  });

  describe('for a partner user', () => {
    let partner: Record<string, string>;
    beforeAll(async () => {
      partner = (await loginAs(api, 'partner', vendorIds['south'])).headers;
    });

    it('shows only their own vendor in every aggregate', async () => {
      const scorecard: ScorecardResponse = await getOk(api, '/api/analytics/scorecard?month=2026-03', partner);
      expect(scorecard.rows.map((entry) => entry.vendor.slug)).toEqual(['south']);
      const gaps = await getOk(api, '/api/analytics/gaps?month=2026-03', partner);
      expect(gaps.vendors.map((vendor: { slug: string }) => vendor.slug)).toEqual(['south']);
      // No other vendor's data: the comparison with other vendors has nothing to compare with.
      const germanMismatch = gaps.metrics.find((metric: { metric: string }) => metric.metric === 'languageMismatch').cells.find((cell: { language: string }) => cell.language === 'de');
      expect(germanMismatch.vsOtherVendors).toMatchObject({ status: 'insufficient', nB: 0, flagged: false });
      const drivers = await getOk(api, '/api/analytics/drivers?month=2026-03', partner);
      expect(new Set(drivers.groups.map((group: { vendorId: string | null }) => group.vendorId ?? vendorIds['south']))).toEqual(new Set([vendorIds['south']]));
      const list = await getOk(api, '/api/conversations?month=2026-03&pageSize=200', partner);
      expect(list.total).toBe(180);
      expect(list.items.map((item: { vendor: { slug: string } }) => item.vendor.slug)).toEqual(Array(180).fill('south'));
    });

    it('gets 404 for anything of another vendor', async () => {
      expect((await getJson(api, '/api/analytics/compare?month=2026-03&vendors=south,north', partner)).status).toBe(404);
      expect((await getJson(api, '/api/analytics/scorecard?month=2026-03&vendors=north', partner)).status).toBe(404);
      expect((await getJson(api, `/api/analytics/agents?month=2026-03&vendor=${vendorIds['north']}`, partner)).status).toBe(404);
      const [northConversation] = (await getOk(api, '/api/conversations?month=2026-03&vendors=north&pageSize=1', admin)).items;
      expect((await getJson(api, `/api/conversations/${northConversation.id}`, partner)).status).toBe(404);
    });
  });
});
