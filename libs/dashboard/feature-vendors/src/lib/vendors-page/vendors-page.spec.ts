import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { ApiErrorBody, MonthlyVolumeDto, VendorDto } from '@rapport/contracts';
import { configureRoutedPageTest, openRoutedPage, selectOption } from '@rapport/dashboard-ui/testing';
import { VENDORS_ROUTES } from '../vendors.routes';

const VENDORS: VendorDto[] = [
  { id: 'v1', slug: 'lisboa-contact', name: 'Lisboa Contact', country: 'PT', timeZone: 'Europe/Lisbon', sites: ['Lisbon', 'Porto'] },
  { id: 'v2', slug: 'manila-desk', name: 'Manila Desk', country: 'PH', timeZone: 'Asia/Manila', sites: ['Manila', 'Cebu'] },
];

const VOLUMES: MonthlyVolumeDto[] = [
  { vendorId: 'v1', month: '2024-10', conversations: 100 },
  { vendorId: 'v2', month: '2024-11', conversations: 400 },
  { vendorId: 'v1', month: '2024-12', conversations: 50 },
  { vendorId: 'v2', month: '2025-01', conversations: 250 },
  { vendorId: 'v1', month: '2025-02', conversations: 30 },
  { vendorId: 'v1', month: '2025-03', conversations: 20 },
  { vendorId: 'v2', month: '2025-03', conversations: 5 },
];

describe('VendorsPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    http = configureRoutedPageTest({ routes: [{ path: 'vendors', children: VENDORS_ROUTES }], elsewhere: ['imports'] });
  });

  afterEach(() => http.verify());

  async function open(url: string) {
    const page = await openRoutedPage(url);
    return { ...page, respond: page.respondWithVendors };
  }

  const cellsOf = (table: HTMLElement | null) =>
    Array.from(table?.querySelectorAll('tbody tr') ?? [], (row) => Array.from(row.children, (cell) => cell.textContent?.trim()));

  it('shows a loading state, then the volume chart and the vendor table', async () => {
    const { find, respond } = await open('/vendors');
    expect(find('loading-state')?.textContent).toContain('Loading vendors…');
    expect(find('vendor-volume-chart')).toBeNull();

    await respond(VENDORS, VOLUMES);

    expect(find('loading-state')).toBeNull();
    const canvas = find('vendor-volume-chart');
    expect(canvas?.tagName).toBe('CANVAS');
    expect(canvas?.getAttribute('aria-label')).toBe('Line chart of conversations per vendor per month, Oct 2024 to Mar 2025');

    const table = find('vendor-table');
    expect(Array.from(table?.querySelectorAll('thead th') ?? [], (th) => th.textContent)).toEqual([
      'Vendor',
      'Country',
      'Time zone',
      'Sites',
      'Conversations (last 12 months)',
    ]);
    expect(cellsOf(table)).toEqual([
      ['Lisboa Contact', 'Portugal', 'Europe/Lisbon', 'Lisbon, Porto', '200'],
      ['Manila Desk', 'Philippines', 'Asia/Manila', 'Manila, Cebu', '655'],
    ]);
  });

  it('links each vendor to its detail page', async () => {
    const { find, respond } = await open('/vendors');
    await respond(VENDORS, VOLUMES);

    const links = Array.from(find('vendor-table')?.querySelectorAll('tbody th a') ?? [], (link) => [link.textContent, link.getAttribute('href')]);
    expect(links).toEqual([
      ['Lisboa Contact', '/vendors/v1'],
      ['Manila Desk', '/vendors/v2'],
    ]);
  });

  it('gives the chart a data table with every month, months without conversations at zero', async () => {
    const { find, respond } = await open('/vendors');
    await respond(VENDORS, VOLUMES);

    expect(cellsOf(find('vendor-volume-chart-table'))).toEqual([
      ['Oct 2024', '100', '0'],
      ['Nov 2024', '0', '400'],
      ['Dec 2024', '50', '0'],
      ['Jan 2025', '0', '250'],
      ['Feb 2025', '30', '0'],
      ['Mar 2025', '20', '5'],
    ]);
  });

  it('reads the period from ?months= and totals only those months', async () => {
    const { find, respond } = await open('/vendors?months=3');
    await respond(VENDORS, VOLUMES);

    const filter = find('months-filter') as HTMLSelectElement;
    expect(filter.selectedOptions[0]?.textContent).toBe('Last 3 months');
    expect(cellsOf(find('vendor-volume-chart-table')).map((row) => row[0])).toEqual(['Jan 2025', 'Feb 2025', 'Mar 2025']);
    expect(cellsOf(find('vendor-table')).map((row) => row[4])).toEqual(['50', '255']);
    expect(find('vendor-table')?.querySelector('thead th:last-child')?.textContent).toBe('Conversations (last 3 months)');
  });

  it('writes a newly chosen period to the URL and redraws without reloading', async () => {
    const { find, respond, settle } = await open('/vendors');
    await respond(VENDORS, VOLUMES);

    selectOption(find('months-filter'), '6');
    await settle();

    expect(TestBed.inject(Router).url).toBe('/vendors?months=6');
    expect(find('vendor-table')?.querySelector('thead th:last-child')?.textContent).toBe('Conversations (last 6 months)');
    http.expectNone('/api/vendors');
  });

  it('says there are no vendors yet and points to imports when the list is empty', async () => {
    const { find, respond } = await open('/vendors');
    await respond([], []);

    expect(find('empty-state')?.querySelector('h2')?.textContent).toBe('No vendors yet');
    expect(find('empty-state')?.querySelector('a')?.getAttribute('href')).toBe('/imports');
    expect(find('vendor-table')).toBeNull();
    expect(find('vendor-volume-chart')).toBeNull();
  });

  it('lists vendors without a chart when no conversation was imported yet', async () => {
    const { find, respond } = await open('/vendors');
    await respond(VENDORS, []);

    expect(find('empty-state')?.querySelector('h2')?.textContent).toBe('No conversations yet');
    expect(find('vendor-volume-chart')).toBeNull();
    expect(cellsOf(find('vendor-table')).map((row) => [row[0], row[4]])).toEqual([
      ['Lisboa Contact', '0'],
      ['Manila Desk', '0'],
    ]);
  });

  it('shows the API error and loads again on retry', async () => {
    const { find, settle, respond } = await open('/vendors');
    const body: ApiErrorBody = { statusCode: 503, code: 'DATABASE_UNAVAILABLE', message: 'The database is not reachable.' };
    http.expectOne('/api/vendors').flush(body, { status: 503, statusText: 'Service Unavailable' });
    http.expectOne('/api/vendors/monthly-volume');
    await settle();

    const error = find('error-state');
    expect(error?.querySelector('h2')?.textContent).toBe('The vendors could not be loaded');
    expect(error?.querySelector('p')?.textContent).toBe('The database is not reachable.');
    expect(find('vendor-table')).toBeNull();

    error?.querySelector('button')?.click();
    await settle();
    expect(find('loading-state')).not.toBeNull();

    await respond(VENDORS, VOLUMES);
    expect(find('error-state')).toBeNull();
    expect(cellsOf(find('vendor-table'))).toHaveLength(2);
  });
});
