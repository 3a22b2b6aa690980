import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { ConversationPageDto, MonthlyVolumeDto, VendorDto } from '@rapport/contracts';
import { SessionStore } from '@rapport/dashboard-data-access';
import { configureRoutedPageTest, openRoutedPage, selectOption, signIn } from '@rapport/dashboard-ui/testing';
import { AGENTS, COVERAGE, DRIVERS, GAPS, TREND } from '../../testing/detail-fixtures';
import { VENDOR_DETAIL_ROUTES } from '../vendor-detail.routes';

const VENDORS: VendorDto[] = [
  {
    id: 'v-lis',
    slug: 'lisboa-contact',
    name: 'Lisboa Contact',
    country: 'PT',
    timeZone: 'Europe/Lisbon',
    sites: ['Lisbon', 'Porto'],
  },
];
const VOLUMES: MonthlyVolumeDto[] = ['2025-03', '2025-04', '2025-05'].map((month) => ({
  vendorId: 'v-lis',
  month,
  conversations: 160,
}));
const EXAMPLES: ConversationPageDto = {
  page: 1,
  pageSize: 3,
  total: 1,
  sort: 'csat',
  items: [
    {
      id: 'c-1',
      source: 'zendesk',
      externalId: 'ZD-1001',
      vendor: { id: 'v-lis', slug: 'lisboa-contact', name: 'Lisboa Contact' },
      channel: 'chat',
      queue: null,
      site: null,
      language: 'de',
      createdAt: '2025-05-02T10:00:00Z',
      scoreStatus: 'scored',
      scores: { responsiveness: 80, courtesy: 40, comprehension: 70, overall: 63 },
      firstResponseSeconds: 60,
      csat: 25,
      csatSatisfied: false,
    },
  ],
};

describe('VendorDetailPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    http = configureRoutedPageTest({
      routes: [{ path: 'vendors/:id', children: VENDOR_DETAIL_ROUTES }],
      elsewhere: ['vendors', 'conversations', 'conversations/:id', 'imports'],
    });
  });

  // The rule catalogue (rule names) is left unanswered here: names fall back to the rule id in words. So are the
  // vendor profiles: the heatmap then shows no promised hours (their marking is tested in the model and e2e).
  afterEach(() => {
    http.match('/api/scoring/rules');
    http.match('/api/vendors/profiles');
    http.verify();
  });

  async function open(url: string) {
    // A vendor manager, who may open conversations: the sections link their counts and hours to them.
    await signIn(TestBed.inject(SessionStore), { id: 'u1', email: 'u@example.com', role: 'vendor-manager', vendorId: null, displayName: 'U' });
    const page = await openRoutedPage(url);
    const respondVendors = () => page.respondWithVendors(VENDORS, VOLUMES);
    const paramsOf = (url: string) => http.expectOne((request) => request.url === url);
    return { ...page, respondVendors, paramsOf };
  }

  it('loads every section for the vendor and period in the URL, and shows each with its data', async () => {
    const { page, find, settle, respondVendors, paramsOf } = await open('/vendors/v-lis?month=2025-05');
    expect(find('loading-state')?.textContent).toContain('Loading the vendor…');
    await respondVendors();
    expect(page().querySelector('h1')?.textContent).toBe('Lisboa Contact');

    const trend = paramsOf('/api/analytics/scorecard');
    expect(trend.request.params.toString()).toBe('from=2024-06&to=2025-05&vendors=v-lis');
    const gaps = paramsOf('/api/analytics/gaps');
    expect(gaps.request.params.toString()).toBe(
      'from=2025-03&metrics=overall,csat,responsiveness,courtesy,comprehension&to=2025-05',
    );
    const coverage = paramsOf('/api/analytics/coverage');
    expect(coverage.request.params.toString()).toBe('from=2025-03&to=2025-05&vendors=v-lis');
    const drivers = paramsOf('/api/analytics/drivers');
    const agents = paramsOf('/api/analytics/agents');
    expect(agents.request.params.toString()).toBe(
      'from=2025-03&metric=overall&page=1&pageSize=20&to=2025-05&vendor=v-lis',
    );
    expect(page().querySelectorAll('[data-testid="loading-state"]')).toHaveLength(5);

    trend.flush(TREND);
    gaps.flush(GAPS);
    coverage.flush(COVERAGE);
    drivers.flush(DRIVERS);
    agents.flush(AGENTS);
    await settle();

    const examples = http.match((request) => request.url === '/api/conversations');
    expect(examples.map((request) => request.request.params.toString())).toEqual([
      'csat=any&from=2025-03&pageSize=3&rule=courtesy.curt-reply&sort=csat&to=2025-05&vendors=v-lis',
      'csat=any&from=2025-03&pageSize=3&rule=responsiveness.slow-first-reply&sort=csat&to=2025-05&vendors=v-lis',
    ]);
    examples.forEach((request) => request.flush(EXAMPLES));
    await settle();

    expect(find('loading-state')).toBeNull();
    expect(find('vendor-trend')?.getAttribute('aria-label')).toContain("Lisboa Contact's overall score");
    expect(
      Array.from(find('language-table')?.querySelectorAll('tbody th') ?? [], (th) => th.textContent?.trim()),
    ).toEqual(['Portuguese', 'German']);
    expect(find('coverage-heatmap')?.querySelectorAll('tbody tr')).toHaveLength(7);
    expect(find('coverage-heatmap')?.querySelector('[data-hour="9"]')?.getAttribute('href')).toBe(
      '/conversations?from=2025-03-01&to=2025-05-31&vendors=v-lis&hourOfWeek=9',
    );
    const rules = find('rules-table');
    expect(Array.from(rules?.querySelectorAll('tbody tr') ?? [], (row) => row.getAttribute('data-rule'))).toEqual([
      'courtesy.curt-reply',
      'responsiveness.slow-first-reply',
    ]);
    expect(rules?.querySelector('tbody tr a')?.getAttribute('href')).toBe('/conversations/c-1');
    expect(rules?.querySelector('tbody tr')?.textContent).toContain('Worse (significant)');
    expect(
      Array.from(find('agents-table')?.querySelectorAll('tbody th') ?? [], (th) => th.textContent?.trim()),
    ).toEqual(['Ana Sousa', 'bruno']);
    expect(find('agents-table')?.querySelector('tbody tr:nth-child(2)')?.textContent).toContain('Not enough data');
  });

  it('compares agents over three months even when the page shows one month, says so, and says when agents cannot be told apart', async () => {
    const { find, settle, respondVendors, paramsOf } = await open('/vendors/v-lis?month=2025-05&months=1');
    await respondVendors();
    for (const url of [
      '/api/analytics/scorecard',
      '/api/analytics/gaps',
      '/api/analytics/coverage',
      '/api/analytics/drivers',
    ]) {
      paramsOf(url);
    }
    const agents = paramsOf('/api/analytics/agents');
    expect([agents.request.params.get('from'), agents.request.params.get('to')]).toEqual(['2025-03', '2025-05']);
    agents.flush({
      ...AGENTS,
      agentDifferences: 'indistinguishable',
      betweenVariance: 0,
      betweenVarianceInterval: { lower: 0, upper: 4 },
      items: AGENTS.items.map((item) => ({ ...item, rank: null, rankedAmong: 0 })),
    });
    await settle();
    expect(find('agents-period')?.textContent).toContain('at least three months ending with the chosen month');
    expect(find('agents-verdict')?.textContent).toContain(
      'The data show no detectable difference between these agents',
    );
    expect(
      Array.from(find('agents-table')?.querySelectorAll('tbody tr td:first-child') ?? [], (td) =>
        td.textContent?.trim(),
      ),
    ).toEqual(['Not ranked', 'Not ranked']);
  });

  it('moves through the heatmap with the arrow keys from a single tab stop', async () => {
    const { find, settle, respondVendors, paramsOf } = await open('/vendors/v-lis?month=2025-05');
    await respondVendors();
    paramsOf('/api/analytics/coverage').flush(COVERAGE);
    for (const url of [
      '/api/analytics/scorecard',
      '/api/analytics/gaps',
      '/api/analytics/drivers',
      '/api/analytics/agents',
    ]) {
      paramsOf(url);
    }
    await settle();
    const heatmap = find('coverage-heatmap');
    expect(heatmap?.querySelectorAll('a[tabindex="0"]')).toHaveLength(1);
    const first = heatmap?.querySelector<HTMLElement>('[data-hour="0"]');
    first?.focus();
    first?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await settle();
    expect(document.activeElement?.getAttribute('data-hour')).toBe('24');
    expect(heatmap?.querySelector('[data-hour="24"]')?.getAttribute('tabindex')).toBe('0');
  });

  it('writes the agent metric to the URL, back on the first page, and ranks again', async () => {
    const { find, settle, respondVendors, paramsOf } = await open('/vendors/v-lis?month=2025-05&agentsPage=2');
    await respondVendors();
    for (const url of [
      '/api/analytics/scorecard',
      '/api/analytics/gaps',
      '/api/analytics/coverage',
      '/api/analytics/drivers',
    ]) {
      paramsOf(url);
    }
    expect(paramsOf('/api/analytics/agents').request.params.get('page')).toBe('2');
    selectOption(find('agent-metric'), 'csat');
    await settle();
    expect(TestBed.inject(Router).url).toBe('/vendors/v-lis?month=2025-05&agentMetric=csat');
    const next = paramsOf('/api/analytics/agents');
    expect([next.request.params.get('metric'), next.request.params.get('page')]).toEqual(['csat', '1']);
  });

  it('shows a section’s error in that section only, and retries it', async () => {
    const { find, settle, respondVendors, paramsOf } = await open('/vendors/v-lis?month=2025-05');
    await respondVendors();
    paramsOf('/api/analytics/coverage').flush(
      { statusCode: 500, code: 'internal', message: 'The coverage query failed.' },
      { status: 500, statusText: 'Server Error' },
    );
    for (const url of [
      '/api/analytics/scorecard',
      '/api/analytics/gaps',
      '/api/analytics/drivers',
      '/api/analytics/agents',
    ]) {
      paramsOf(url);
    }
    await settle();
    const error = find('error-state');
    expect(error?.querySelector('h2')?.textContent).toBe('The coverage could not be loaded');
    expect(error?.querySelector('p')?.textContent).toBe('The coverage query failed.');
    error?.querySelector('button')?.click();
    await settle();
    paramsOf('/api/analytics/coverage').flush(COVERAGE);
    await settle();
    expect(find('coverage-heatmap')).not.toBeNull();
  });

  it('says so when no vendor has the address', async () => {
    const { page, find, respondVendors } = await open('/vendors/v-nope');
    await respondVendors();
    expect(page().querySelector('h1')?.textContent).toBe('Vendor not found');
    expect(find('empty-state')?.querySelector('a')?.getAttribute('href')).toBe('/vendors');
  });
});
