import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CoverageResponse, MonthlyVolumeDto, UserRole, VendorDto, VendorProfileDto } from '@rapport/contracts';
import { SessionStore } from '@rapport/dashboard-data-access';
import { configureRoutedPageTest, openRoutedPage, signIn } from '@rapport/dashboard-ui/testing';
import { VENDORS_ROUTES } from '../vendors.routes';

const VENDORS: VendorDto[] = [{ id: 'v1', slug: 'andes-support', name: 'Andes Support', country: 'CO', timeZone: 'America/Bogota', sites: [] }];
const VOLUMES: MonthlyVolumeDto[] = [
  { vendorId: 'v1', month: '2025-02', conversations: 40 },
  { vendorId: 'v1', month: '2025-03', conversations: 40 },
];
const allDay = [{ from: '00:00', to: '24:00' }];
const PROFILE: VendorProfileDto = {
  id: 'v1',
  slug: 'andes-support',
  name: 'Andes Support',
  country: 'CO',
  timeZone: 'America/Bogota',
  sites: [],
  businessHours: { sun: allDay, mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay },
  expectedFormality: {},
  holidays: [],
  createdAt: '2025-01-01T00:00:00.000Z',
};
const thin = { status: 'insufficient', estimate: null, lower: null, upper: null, n: 0, method: 'wilson-score' } as const;
const COVERAGE: CoverageResponse = {
  minimumSample: 30,
  metricInfo: {},
  filters: { from: '2025-02-01', to: '2025-03-31', vendors: [], channels: [], languages: [], queues: [], sites: [] },
  rows: [
    {
      vendor: { id: 'v1', slug: 'andes-support', name: 'Andes Support' },
      businessHours: PROFILE.businessHours,
      timeZone: 'America/Bogota',
      conversations: '/api/conversations?vendors=v1',
      hours: [{ hourOfWeek: 9, volume: 80, firstResponseMedian: thin, withinSla: thin, withinSlaCounts: { n: 80, within: 60 }, csat: thin }],
    },
  ],
};

describe('Coverage against promised hours on the vendors page', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    http = configureRoutedPageTest({ routes: [{ path: 'vendors', children: VENDORS_ROUTES }], elsewhere: ['vendors/:id'] });
  });

  afterEach(() => http.verify());

  async function open(role: UserRole) {
    await signIn(TestBed.inject(SessionStore), { id: 'u1', email: 'u@example.com', role, vendorId: role === 'partner' ? 'v1' : null, displayName: 'U' });
    const page = await openRoutedPage('/vendors');
    await page.respondWithVendors(VENDORS, VOLUMES);
    return page;
  }

  it("asks for the coverage of the page's months and every vendor's opening hours, then lists the vendors", async () => {
    const { find, settle } = await open('vendor-manager');
    expect(find('coverage-promises')).toBeNull();
    // The page shows February to March 2025, the months with conversations up to the latest complete one.
    http.expectOne('/api/analytics/coverage?from=2025-02&to=2025-03').flush(COVERAGE);
    http.expectOne('/api/vendors/profiles').flush([PROFILE]);
    await settle();

    const cells = Array.from(find('coverage-promises')?.querySelectorAll('tbody tr > *') ?? [], (cell) => cell.textContent?.trim());
    // 60 of 80 = 75%; Wilson (z = 1.96): centre (0.75 + 3.8415/160) / (1 + 3.8415/80) = 0.7385,
    // half-width 1.96·√(0.75·0.25/80 + 3.8415/25600) / 1.0480 = 0.0934 → 64.5% to 83.2%.
    expect(cells).toEqual([
      'Andes Support',
      'Round the clock (24/7)',
      '80',
      '–',
      '75.0% (64.5%–83.2%), n = 80',
      '–',
      'No hours outside the promise',
    ]);
    expect(find('coverage-promises')?.closest('section')?.textContent).toContain('February 2025 to March 2025');
  });

  it('is left out for partners, who may not read opening hours', async () => {
    const { find, page } = await open('partner');
    expect(find('coverage-promises')).toBeNull();
    expect(page().textContent).not.toContain('Coverage against promised hours');
  });
});
