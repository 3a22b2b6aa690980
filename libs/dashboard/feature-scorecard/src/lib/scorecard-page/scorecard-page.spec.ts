import type { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { MonthlyVolumeDto, ReviewedScoreDto, UserRole, VendorDto } from '@rapport/contracts';
import { SessionStore } from '@rapport/dashboard-data-access';
import { configureRoutedPageTest, openRoutedPage, selectOption, setChecked, signIn } from '@rapport/dashboard-ui/testing';
import { LISBOA, MANILA, NORDIC, change, ok, scorecardResponse, scorecardRow, thin } from '../../testing/scorecard-fixtures';
import { SCORECARD_ROUTES } from '../scorecard.routes';

const VENDORS: VendorDto[] = [LISBOA, MANILA, NORDIC].map((vendor) => ({ ...vendor, country: 'PT', timeZone: 'Europe/Lisbon', sites: [] }));
const VOLUMES: MonthlyVolumeDto[] = [
  { vendorId: 'v-lis', month: '2025-04', conversations: 120 },
  { vendorId: 'v-lis', month: '2025-05', conversations: 100 },
];
const RESPONSE = scorecardResponse(
  ['2025-04', '2025-05'],
  [
    scorecardRow({ vendor: LISBOA, month: '2025-04', volume: 120 }),
    scorecardRow({ vendor: LISBOA, month: '2025-05', volume: 100, previousVolume: 120, rank: 1, rankedAmong: 2, metrics: { overall: ok(80, 76, 84, 100) }, overallChange: change(4, 1, 7) }),
    scorecardRow({ vendor: MANILA, month: '2025-05', volume: 300, rank: 2, rankedAmong: 2, metrics: { overall: ok(70, 68, 72, 300) } }),
    scorecardRow({ vendor: NORDIC, month: '2025-05', volume: 12, metrics: { overall: thin(12) } }),
  ],
);

describe('ScorecardPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    http = configureRoutedPageTest({ routes: [{ path: 'scorecard', children: SCORECARD_ROUTES }], elsewhere: ['compare', 'vendors/:id', 'conversations', 'imports'] });
  });

  afterEach(() => {
    // Every month shown asks for the reviewed QA scores; tests that do not look at them answer none.
    http.match((request) => request.url === '/api/reviews/vendor-scores').filter((request) => !request.cancelled).forEach((request) => request.flush([]));
    http.verify();
  });

  async function open(url: string, role: UserRole = 'executive') {
    await signIn(TestBed.inject(SessionStore), { id: 'u1', email: 'u@example.com', role, vendorId: role === 'partner' ? 'v-lis' : null, displayName: 'U' });
    const page = await openRoutedPage(url);
    const respondVendors = (volumes = VOLUMES) => page.respondWithVendors(VENDORS, volumes);
    const scorecardRequest = (): TestRequest => http.expectOne((request) => request.url === '/api/analytics/scorecard');
    return { ...page, respondVendors, scorecardRequest };
  }

  const rowsOf = (table: HTMLElement | null) =>
    Array.from(table?.querySelectorAll('tbody tr') ?? [], (row) => ({
      rank: row.querySelector('[data-testid="rank"]')?.textContent?.trim(),
      vendor: row.querySelector('th')?.textContent?.trim(),
      overall: row.querySelector('[data-metric="overall"]')?.textContent?.replace(/\s+/g, ' ').trim(),
    }));

  it('loads the latest month with its twelve-month history, then shows tiles, ranking and trends', async () => {
    const { find, settle, respondVendors, scorecardRequest } = await open('/scorecard');
    expect(find('loading-state')?.textContent).toContain('Loading the scorecard…');
    await respondVendors();

    const request = scorecardRequest();
    expect(request.request.params.toString()).toBe('from=2024-06&to=2025-05');
    expect(find('loading-state')).not.toBeNull();
    request.flush(RESPONSE);
    await settle();

    expect(find('loading-state')).toBeNull();
    expect(find('scorecard-context')?.textContent).toContain('Figures for May 2025');
    expect(find('tile-volume')?.textContent).toContain('412');
    expect(rowsOf(find('ranking-table'))).toEqual([
      { rank: '1 of 2', vendor: 'Lisboa Contact', overall: '80.095% interval 76.0–84.0n = 100' },
      { rank: '2 of 2', vendor: 'Manila Desk', overall: '70.095% interval 68.0–72.0n = 300' },
      { rank: 'Not ranked', vendor: 'Nordic Care', overall: 'Not enough datan = 12' },
    ]);
    expect(find('ranking-table')?.querySelector('tbody th a')?.getAttribute('href')).toBe('/vendors/v-lis');
    expect(find('ranking-table')?.querySelector('tbody tr:nth-child(3) [data-metric="overall"] rp-interval-bar')).toBeNull();
    expect(find('trend-csat')?.getAttribute('aria-label')).toContain('Line chart of CSAT per vendor per month');
    expect(find('trend-csat-table')?.querySelectorAll('tbody tr')).toHaveLength(2);
    expect(find('download-pdf')?.getAttribute('href')).toBe('/api/reports/scorecard.pdf?month=2025-05');
    // Design effect 2.25 in the fixtures: intervals √2.25 = 1.5 times as wide as for independent conversations.
    expect(find('scorecard-clustering')?.textContent).toContain('intra-agent correlation of the overall score 0.10; intervals 1.5× as wide');
  });

  it('shows each vendor’s reviewed QA score of the month’s conversations beside the automatic scores', async () => {
    const { find, settle, respondVendors, scorecardRequest } = await open('/scorecard');
    await respondVendors();
    scorecardRequest().flush(RESPONSE);
    const reviewed = http.expectOne((request) => request.url === '/api/reviews/vendor-scores');
    expect(reviewed.request.params.toString()).toBe('from=2025-05-01&periodOf=conversation&to=2025-05-31');
    const scores: ReviewedScoreDto[] = [
      { vendor: LISBOA, status: 'ok', n: 34, mean: 81.25, lower: 76.5, upper: 86.04 },
      { vendor: MANILA, status: 'insufficient', n: 7, mean: null, lower: null, upper: null },
    ];
    reviewed.flush(scores);
    await settle();
    const cells = Array.from(find('ranking-table')?.querySelectorAll('tbody [data-metric="reviewed"]') ?? [], (cell) => cell.textContent?.replace(/\s+/g, ' ').trim());
    expect(find('reviewed-header')?.textContent).toBe('Reviewed QA score');
    expect(cells).toEqual(['81.395% interval 76.5–86.0n = 34', 'Not enough reviewsn = 7', 'No reviewsn = 0']);
    expect(find('reviewed-method')?.textContent).toContain('under 20 reviews it says “Not enough reviews”');
  });

  it('drills each vendor’s conversation count down to the Conversations page with the same filters', async () => {
    const { find, settle, respondVendors, scorecardRequest } = await open('/scorecard', 'vendor-manager');
    await respondVendors();
    scorecardRequest().flush(RESPONSE);
    await settle();
    const link = find('ranking-table')?.querySelector('tbody tr td.rp-table__numeric a');
    expect(link?.getAttribute('href')).toBe('/conversations?from=2025-05-01&to=2025-05-28&vendors=v-lis');
  });

  it('shows an executive, who may not open conversations, each count as a number without a link', async () => {
    const { find, settle, respondVendors, scorecardRequest } = await open('/scorecard');
    await respondVendors();
    scorecardRequest().flush(RESPONSE);
    await settle();
    const cell = find('ranking-table')?.querySelector('tbody tr td.rp-table__numeric');
    expect(cell?.querySelector('a')).toBeNull();
    expect(cell?.textContent?.trim()).toMatch(/^\d[\d,]*$/);
  });

  it('reads month and filters from the URL', async () => {
    const { respondVendors, scorecardRequest } = await open('/scorecard?month=2025-04&channels=chat&languages=de,fr');
    await respondVendors();
    expect(scorecardRequest().request.params.toString()).toBe('channels=chat&from=2024-05&languages=de,fr&to=2025-04');
  });

  it('keeps the old figures dimmed and marked while a newly chosen month loads, never as current', async () => {
    const { find, settle, respondVendors, scorecardRequest } = await open('/scorecard');
    await respondVendors();
    scorecardRequest().flush(RESPONSE);
    await settle();

    selectOption(find('month-filter'), '2025-04');
    await settle();

    expect(TestBed.inject(Router).url).toBe('/scorecard?month=2025-04');
    expect(find('updating')?.textContent).toContain('the figures below are for May 2025');
    expect(find('scorecard-report')?.getAttribute('aria-busy')).toBe('true');
    expect(find('scorecard-report')?.classList).toContain('report--stale');

    const next = scorecardRequest();
    expect(next.request.params.toString()).toBe('from=2024-05&to=2025-04');
    next.flush(scorecardResponse(['2025-04'], [scorecardRow({ vendor: LISBOA, month: '2025-04', volume: 120, rank: 1, rankedAmong: 1 })]));
    await settle();
    expect(find('updating')).toBeNull();
    expect(find('scorecard-report')?.getAttribute('aria-busy')).toBe('false');
    expect(find('scorecard-context')?.textContent).toContain('Figures for April 2025');
  });

  it('sends two ticked vendors to the comparison for the same month and filters', async () => {
    const { find, settle, respondVendors, scorecardRequest } = await open('/scorecard?languages=de');
    await respondVendors();
    scorecardRequest().flush(RESPONSE);
    await settle();

    const button = find('compare-selected') as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    const boxes = Array.from(find('ranking-table')?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? []);
    expect(boxes.map((box) => box.getAttribute('aria-label'))).toEqual(['Compare Lisboa Contact', 'Compare Manila Desk', 'Compare Nordic Care']);
    for (const box of boxes.slice(0, 2)) {
      setChecked(box, true);
    }
    await settle();
    expect(button.disabled).toBe(false);
    button.click();
    await settle();
    expect(TestBed.inject(Router).url).toBe('/compare?vendors=lisboa-contact,manila-desk&from=2025-05&to=2025-05&languages=de');
  });

  it('offers a partner neither the PDF nor the comparison, which its role cannot use', async () => {
    const { find, settle, respondVendors, scorecardRequest } = await open('/scorecard', 'partner');
    await respondVendors();
    scorecardRequest().flush(RESPONSE);
    await settle();
    expect(find('ranking-table')).not.toBeNull();
    expect(find('download-pdf')).toBeNull();
    expect(find('compare-selected')).toBeNull();
    expect(find('ranking-table')?.querySelector('input[type="checkbox"]')).toBeNull();
  });

  it('says there is nothing yet when no conversation was imported', async () => {
    const { find, respondVendors } = await open('/scorecard');
    await respondVendors([]);
    expect(find('empty-state')?.querySelector('h2')?.textContent).toBe('No conversations yet');
    expect(find('empty-state')?.querySelector('a')?.getAttribute('href')).toBe('/imports');
  });

  it('says when no vendor had conversations in the month', async () => {
    const { find, settle, respondVendors, scorecardRequest } = await open('/scorecard');
    await respondVendors();
    scorecardRequest().flush(scorecardResponse(['2025-05'], []));
    await settle();
    expect(find('empty-state')?.querySelector('h2')?.textContent).toBe('No vendor had conversations in May 2025');
    expect(find('ranking-table')).toBeNull();
  });

  it('shows the API error and asks again on retry', async () => {
    const { find, settle, respondVendors, scorecardRequest } = await open('/scorecard');
    await respondVendors();
    scorecardRequest().flush({ statusCode: 400, code: 'invalid_input', message: 'to: the period may cover at most 12 months' }, { status: 400, statusText: 'Bad Request' });
    await settle();

    const error = find('error-state');
    expect(error?.querySelector('h2')?.textContent).toBe('The scorecard could not be loaded');
    expect(error?.querySelector('p')?.textContent).toBe('to: the period may cover at most 12 months');
    error?.querySelector('button')?.click();
    await settle();
    scorecardRequest().flush(RESPONSE);
    await settle();
    expect(find('error-state')).toBeNull();
    expect(find('ranking-table')).not.toBeNull();
  });
});
