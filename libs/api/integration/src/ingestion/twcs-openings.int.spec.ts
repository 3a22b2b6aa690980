import { createTestApi, loginAs, seedVendor, TestApi } from '@rapport/api-testing';
import type { ConversationDetailDto, ConversationPageDto, ScorecardResponse } from '@rapport/contracts';
import { getOk, scored } from '../analytics/analytics-setup';
import { fixture, importFile } from './import-helpers';

jest.setTimeout(120_000);

const BRANDS = { AcmeHelp: 'acme-help', BetaCare: 'beta-care' } as const;

/**
 * The rule, computed here without the product: a thread opens in the file when a customer tweet (inbound=True)
 * replies to nothing; its first response is the earliest brand tweet of the thread after it. Threads whose first
 * customer tweet replies to a tweet outside the file, or that a brand tweet opens, have no first response.
 */
function independentFirstResponses(csv: string): Record<string, number[]> {
  const rows = csv.trim().split('\n').slice(1).map((line) => line.split(','));
  const tweets = new Map(rows.map(([id, author, inbound, at, , replies, parent]) => [id, { author, inbound: inbound === 'True', at: Date.parse(at ?? ''), replies: (replies ?? '').split(' ').filter(Boolean), parent }]));
  const result: Record<string, number[]> = {};
  for (const [id, opening] of tweets) {
    if (!opening.inbound || opening.parent) {
      continue;
    }
    const thread: string[] = [];
    const queue = [id ?? ''];
    while (queue.length > 0) {
      const next = queue.shift() ?? '';
      thread.push(next);
      queue.push(...(tweets.get(next)?.replies ?? []));
    }
    const brandTweets = thread.map((t) => tweets.get(t)).filter((t) => t !== undefined && !t.inbound && t.at > opening.at);
    const first = brandTweets.sort((a, b) => (a?.at ?? 0) - (b?.at ?? 0))[0];
    if (first) {
      (result[first.author ?? ''] ??= []).push((first.at - opening.at) / 1000);
    }
  }
  return result;
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
};

describe('twcs threads whose opening is not in the file', () => {
  let api: TestApi;
  let admin: Record<string, string>;

  beforeAll(async () => {
    api = await createTestApi();
    admin = (await loginAs(api, 'admin')).headers;
    await seedVendor(api, { slug: 'acme-help', name: 'Acme Help' });
    await seedVendor(api, { slug: 'beta-care', name: 'Beta Care' });
    const job = await importFile(api, admin, { name: 'twcs-openings.csv', content: fixture('twcs-openings.csv') }, { format: 'twcs', options: JSON.stringify({ vendorByBrand: BRANDS }) });
    expect(job.counts).toMatchObject({ created: 9, failed: 0 });
    await scored(api);
  });
  afterAll(() => api.close());

  async function firstResponses(vendor: string): Promise<Record<string, number | null>> {
    const page: ConversationPageDto = await getOk(api, `/api/conversations?month=2017-11&vendors=${vendor}&pageSize=100`, admin);
    return Object.fromEntries(page.items.map((item) => [item.externalId, item.firstResponseSeconds]));
  }

  it('measures the first response only of threads that open in the file, as the independent computation does', async () => {
    // By hand: Acme 101 → 102 300 s, 201 → 202 1200 s, 501 → 503 600 s (from the opening, not the follow-up 502);
    // Beta 601 → 602 90 s, 801 → 802 2700 s, 901 → 902 480 s. 301 and 701 answer tweets outside the file (999, 888),
    // 401 is a brand tweet: no first response.
    const independent = independentFirstResponses(fixture('twcs-openings.csv'));
    expect(independent).toEqual({ AcmeHelp: [300, 1200, 600], BetaCare: [90, 2700, 480] });
    expect(await firstResponses('acme-help')).toEqual({ '101': 300, '201': 1200, '301': null, '401': null, '501': 600 });
    expect(await firstResponses('beta-care')).toEqual({ '601': 90, '701': null, '801': 2700, '901': 480 });
    for (const [brand, vendor] of Object.entries(BRANDS)) {
      const measured = Object.values(await firstResponses(vendor)).filter((value): value is number => value !== null);
      expect([measured.length, median(measured)]).toEqual([independent[brand]?.length, median(independent[brand] ?? [])]);
    }
  });

  it('counts only those threads in the scorecard’s first-response figures', async () => {
    const card: ScorecardResponse = await getOk(api, '/api/analytics/scorecard?month=2017-11', admin);
    const n = Object.fromEntries(card.rows.map((row) => [row.vendor.slug, [row.volume.current, row.metrics.firstResponseMedian?.current.n, row.metrics.withinSla?.current.n]]));
    // Every thread is a conversation; only the ones that open in the file have a first response and an SLA verdict.
    expect(n).toEqual({ 'acme-help': [5, 3, 3], 'beta-care': [4, 3, 3] });
  });

  it('says in the conversation detail that the opening is not in the data', async () => {
    const page: ConversationPageDto = await getOk(api, '/api/conversations?month=2017-11&q=still%20nothing', admin);
    const detail: ConversationDetailDto = await getOk(api, `/api/conversations/${page.items[0]?.id}`, admin);
    expect(detail.signals).toMatchObject({ openingInData: false, withinSla: null });
    const opened: ConversationPageDto = await getOk(api, '/api/conversations?month=2017-11&q=never%20came', admin);
    expect((await getOk(api, `/api/conversations/${opened.items[0]?.id}`, admin)).signals).toMatchObject({ openingInData: true });
  });
});
