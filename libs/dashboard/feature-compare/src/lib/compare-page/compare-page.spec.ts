import type { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { MonthlyVolumeDto, VendorDto } from '@rapport/contracts';
import { configureRoutedPageTest, openRoutedPage, selectOption, setChecked } from '@rapport/dashboard-ui/testing';
import { RESPONSE } from '../../testing/comparison-fixtures';
import { COMPARE_ROUTES } from '../compare.routes';
import { toChannelMixView } from '../model/channel-mix';

const VENDORS: VendorDto[] = [
  { id: 'v-lis', slug: 'lisboa-contact', name: 'Lisboa Contact', country: 'PT', timeZone: 'Europe/Lisbon', sites: [] },
  { id: 'v-man', slug: 'manila-desk', name: 'Manila Desk', country: 'PH', timeZone: 'Asia/Manila', sites: [] },
  { id: 'v-nor', slug: 'nordic-care', name: 'Nordic Care', country: 'SE', timeZone: 'Europe/Stockholm', sites: [] },
];
const VOLUMES: MonthlyVolumeDto[] = ['2025-03', '2025-04', '2025-05'].map((month) => ({ vendorId: 'v-lis', month, conversations: 160 }));

describe('ComparePage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    http = configureRoutedPageTest({ routes: [{ path: 'compare', children: COMPARE_ROUTES }], elsewhere: ['vendors/:id', 'conversations', 'imports'] });
  });

  afterEach(() => {
    // A comparison also asks for the reviewed QA scores of the period; tests that do not look at them answer none.
    http.match((request) => request.url === '/api/reviews/vendor-scores').filter((request) => !request.cancelled).forEach((request) => request.flush([]));
    http.verify();
  });

  async function open(url: string) {
    const page = await openRoutedPage(url);
    const respondVendors = (vendors = VENDORS, volumes = VOLUMES) => page.respondWithVendors(vendors, volumes);
    const comparisonRequest = (): TestRequest => http.expectOne((request) => request.url === '/api/analytics/compare');
    return { ...page, respondVendors, comparisonRequest };
  }

  const picker = (find: (id: string) => HTMLElement | null) => Array.from(find('vendor-picker')?.querySelectorAll<HTMLInputElement>('input') ?? []);

  it('adds a row with each vendor’s reviewed QA score of the period’s conversations', async () => {
    const { find, settle, respondVendors, comparisonRequest } = await open('/compare?vendors=lisboa-contact,manila-desk');
    await respondVendors();
    comparisonRequest().flush(RESPONSE);
    const reviewed = http.expectOne((request) => request.url === '/api/reviews/vendor-scores');
    expect(reviewed.request.params.toString()).toBe('from=2025-03-01&periodOf=conversation&to=2025-05-31');
    reviewed.flush([{ vendor: { id: 'v-man', slug: 'manila-desk', name: 'Manila Desk' }, status: 'ok', n: 25, mean: 70, lower: 65.5, upper: 74.5 }]);
    await settle();
    const row = find('reviewed-row');
    expect(row?.querySelector('th')?.textContent).toContain('Reviewed QA score');
    expect(Array.from(row?.querySelectorAll('td') ?? [], (cell) => cell.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'No reviewsn = 0',
      '70.095% interval 65.5–74.5n = 25',
    ]);
  });

  it('asks to pick two vendors before comparing anything', async () => {
    const { find, respondVendors } = await open('/compare');
    expect(find('loading-state')?.textContent).toContain('Loading vendors…');
    await respondVendors();
    expect(find('empty-state')?.querySelector('h2')?.textContent).toBe('Pick at least two vendors');
    expect(picker(find).map((box) => box.checked)).toEqual([false, false, false]);
  });

  it('compares the vendors in the URL over the latest three months, side by side and pair by pair', async () => {
    const { find, settle, respondVendors, comparisonRequest } = await open('/compare?vendors=lisboa-contact,manila-desk');
    await respondVendors();
    expect(picker(find).map((box) => box.checked)).toEqual([true, true, false]);

    const request = comparisonRequest();
    expect(request.request.params.toString()).toBe('from=2025-03&to=2025-05&vendors=lisboa-contact,manila-desk');
    expect(find('loading-state')?.textContent).toContain('Comparing vendors…');
    request.flush(RESPONSE);
    await settle();

    const sideBySide = find('side-by-side-table');
    expect(Array.from(sideBySide?.querySelectorAll('thead th a:first-child') ?? [], (link) => link.textContent)).toEqual(['Lisboa Contact', 'Manila Desk']);
    const csat = sideBySide?.querySelector('tr[data-metric="csat"]');
    expect(csat?.querySelectorAll('rp-stat-cell')[1]?.textContent).toContain('Not enough data');
    expect(csat?.querySelectorAll('rp-stat-cell')[1]?.querySelector('rp-interval-bar')).toBeNull();

    expect(find('significance-summary')?.textContent).toContain('1 of 3 differences are significant');
    expect(find('significance-summary')?.textContent).toContain('the standard check against chance findings among many comparisons');
    expect(find('compare-clustering')?.textContent).toContain('Manila Desk has no agent ids');
    const differences = find('differences-table');
    const overall = differences?.querySelector('tr[data-metric="overall"]');
    expect(overall?.classList).toContain('significant');
    expect(overall?.textContent).toContain('Better (significant)');
    expect(overall?.textContent).toContain('Very unlikely');
    expect(overall?.textContent).not.toContain('q <');
    expect(differences?.querySelector('tr[data-metric="csat"]')?.textContent).toContain('Not enough data');
    expect(differences?.querySelector('tr[data-metric="languageMismatch"]')?.textContent).toContain('No clear difference');
  });

  it('shows only the significant pairs on request', async () => {
    const { find, settle, respondVendors, comparisonRequest } = await open('/compare?vendors=lisboa-contact,manila-desk');
    await respondVendors();
    comparisonRequest().flush(RESPONSE);
    await settle();
    setChecked(find('only-significant'), true);
    await settle();
    expect(Array.from(find('differences-table')?.querySelectorAll('tbody tr') ?? [], (row) => row.getAttribute('data-metric'))).toEqual(['overall']);
  });

  it('writes a picked vendor and a new period to the URL and compares again, dimming the old result meanwhile', async () => {
    const { find, settle, respondVendors, comparisonRequest } = await open('/compare?vendors=lisboa-contact,manila-desk');
    await respondVendors();
    comparisonRequest().flush(RESPONSE);
    await settle();

    setChecked(picker(find)[2] ?? null, true);
    await settle();
    expect(TestBed.inject(Router).url).toBe('/compare?vendors=lisboa-contact,manila-desk,nordic-care');
    expect(find('updating')).not.toBeNull();
    expect(find('comparison-report')?.getAttribute('aria-busy')).toBe('true');
    expect(comparisonRequest().request.params.get('vendors')).toBe('lisboa-contact,manila-desk,nordic-care');

    selectOption(find('from-filter'), '2025-05');
    await settle();
    expect(TestBed.inject(Router).url).toBe('/compare?vendors=lisboa-contact,manila-desk,nordic-care&from=2025-05');
    expect(comparisonRequest().request.params.toString()).toBe('from=2025-05&to=2025-05&vendors=lisboa-contact,manila-desk,nordic-care');
  });

  it('shows the API error and asks again on retry', async () => {
    const { find, settle, respondVendors, comparisonRequest } = await open('/compare?vendors=lisboa-contact,manila-desk');
    await respondVendors();
    comparisonRequest().flush({ statusCode: 400, code: 'invalid_input', message: "vendors: unknown vendor 'x'" }, { status: 400, statusText: 'Bad Request' });
    await settle();
    expect(find('error-state')?.querySelector('p')?.textContent).toBe("vendors: unknown vendor 'x'");
    find('error-state')?.querySelector('button')?.click();
    await settle();
    comparisonRequest().flush(RESPONSE);
    await settle();
    expect(find('side-by-side-table')).not.toBeNull();
  });

  it('says there are no vendors yet on an empty installation', async () => {
    const { find, respondVendors } = await open('/compare');
    await respondVendors([], []);
    expect(find('empty-state')?.querySelector('h2')?.textContent).toBe('No vendors yet');
  });
});

describe('toChannelMixView', () => {
  it("puts each vendor's channel shares and within-target rates beside the channels' targets", () => {
    const view = toChannelMixView(RESPONSE);
    // Lisboa: 400 email + 80 chat = 480; Manila: 450 chat.
    expect(view.targets.map((target) => [target.name, target.text])).toEqual([
      ['Chat', 'First reply within 1 min, later replies within 2 min'],
      ['Email', 'First reply within 8 h, later replies within 8 h'],
    ]);
    expect(view.rows.map((row) => [row.name, row.cells.map((cell) => [cell.share, cell.withinSla])])).toEqual([
      ['Lisboa Contact', [['17%', '50% within target'], ['83%', '60% within target']]],
      ['Manila Desk', [['100%', '18% within target'], ['—', null]]],
    ]);
  });
});
