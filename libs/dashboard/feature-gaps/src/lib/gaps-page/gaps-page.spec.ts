import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { AgreementDto, ConversationPageDto, MonthlyVolumeDto, UserRole, VendorDto } from '@rapport/contracts';
import { SessionStore } from '@rapport/dashboard-data-access';
import { configureRoutedPageTest, openRoutedPage, selectOption, signIn } from '@rapport/dashboard-ui/testing';
import { gapsResponse } from '../../testing/gaps-fixtures';
import { GAPS_ROUTES } from '../gaps.routes';

const VENDORS: VendorDto[] = [
  { id: 'v1', slug: 'lisboa-contact', name: 'Lisboa Contact', country: 'PT', timeZone: 'Europe/Lisbon', sites: [] },
  { id: 'v2', slug: 'manila-desk', name: 'Manila Desk', country: 'PH', timeZone: 'Asia/Manila', sites: [] },
];
const VOLUMES: MonthlyVolumeDto[] = [
  { vendorId: 'v1', month: '2025-04', conversations: 300 },
  { vendorId: 'v2', month: '2025-05', conversations: 250 },
];

const PAGE: ConversationPageDto = {
  page: 1,
  pageSize: 10,
  total: 37,
  sort: 'overall',
  items: [
    {
      id: 'c1',
      source: 'demo',
      externalId: 'x1',
      vendor: { id: 'v1', slug: 'lisboa-contact', name: 'Lisboa Contact' },
      channel: 'chat',
      queue: null,
      site: null,
      language: 'de',
      createdAt: '2025-04-03T10:00:00.000Z',
      scoreStatus: 'scored',
      scores: { overall: 41.5, courtesy: 30, comprehension: 50, responsiveness: 45 },
      firstResponseSeconds: 90,
      csat: 25,
      csatSatisfied: false,
    },
  ],
};

describe('GapsPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    http = configureRoutedPageTest({
      routes: [{ path: 'gaps', children: GAPS_ROUTES }],
      elsewhere: ['conversations', 'conversations/:id', 'imports'],
    });
  });

  const agreement = (weakLanguages: string[]): AgreementDto => ({ minReviews: 20, cells: [], weakLanguages });

  afterEach(() => {
    // Every opening asks once which languages the automatic scores are weakly confirmed in; none unless a test says.
    http.match('/api/reviews/agreement').filter((request) => !request.cancelled).forEach((request) => request.flush(agreement([])));
    http.verify();
  });

  async function open(url: string) {
    const routed = await openRoutedPage(url);
    const vendors = (volumes = VOLUMES) => routed.respondWithVendors(VENDORS, volumes);
    return { ...routed, page: routed.page(), vendors };
  }

  const cellText = (page: HTMLElement, key: string) => {
    const cell = page.querySelector(`[data-key="${key}"]`);
    return `${cell?.querySelector('.value')?.textContent} ${cell?.querySelector('.note')?.textContent}`;
  };

  it('loads the vendors, then the latest three months of gaps, showing loading until then', async () => {
    const { find, settle, vendors, page } = await open('/gaps');
    expect(find('loading-state')).not.toBeNull();
    await vendors();
    expect(find('loading-state')?.textContent).toContain('Loading the gap analysis');

    http.expectOne('/api/analytics/gaps?from=2025-03&to=2025-05').flush(gapsResponse());
    await settle();

    expect(find('loading-state')).toBeNull();
    expect(page.querySelector('#heatmap-heading')?.textContent).toBe('Overall by vendor and language');
    expect(cellText(page, 'v1:de')).toBe('▼61.2 n = 120');
    expect(cellText(page, 'v2:de')).toBe('Not enough data n = 12');
    expect(find('flagged-gaps')?.textContent).toContain('Lisboa Contact · German');
  });

  it('states the false-discovery check and how the intervals treat agents, and asks for the strict check when chosen', async () => {
    const { find, settle, vendors } = await open('/gaps');
    await vendors();
    http.expectOne('/api/analytics/gaps?from=2025-03&to=2025-05').flush(gapsResponse());
    await settle();
    const method = find('gaps-method')?.textContent ?? '';
    expect(method).toContain('the standard check against chance findings among many comparisons across the 3 comparisons');
    expect(method).toContain('intervals 1.4× as wide');
    expect(method).toContain('Manila Desk has no agent ids');

    await selectOption(find('fdr-filter'), 'by');
    await settle();
    expect(TestBed.inject(Router).url).toContain('fdr=by');
    http
      .expectOne('/api/analytics/gaps?fdr=by&from=2025-03&to=2025-05')
      .flush({ ...gapsResponse(), multipleComparisons: 'benjamini-yekutieli' });
    await settle();
    expect(find('gaps-method')?.textContent).toContain('the strict check against chance findings');
  });

  it('offers the heatmap as a table with n and intervals', async () => {
    const { find, settle, vendors } = await open('/gaps');
    await vendors();
    http.expectOne('/api/analytics/gaps?from=2025-03&to=2025-05').flush(gapsResponse());
    await settle();
    const rows = Array.from(find('gap-table')?.querySelectorAll('tbody tr') ?? [], (row) =>
      Array.from(row.children, (cell) => cell.textContent?.trim()),
    );
    expect(rows[0]).toEqual([
      'Lisboa Contact',
      'German',
      '61.2 (58.4–64.0)',
      '120',
      '\u22128.1 pts (\u221211.5 pts to \u22124.7 pts)',
      'adjusted for channel, queue and time of day',
      'Flagged gap (worse)',
    ]);
    expect(rows[2]).toEqual([
      'Manila Desk',
      'German',
      'Not enough data',
      '12',
      'Not enough data',
      '—',
      'Not enough data: this cell has 12 conversations, at least 30 are needed',
    ]);
  });

  it('reads metric, comparison, period and narrowing from the URL and asks for that period', async () => {
    const { find, settle, vendors, page } = await open(
      '/gaps?metric=languageMismatch&compare=languages&from=2025-01&to=2025-02&channels=chat&vendors=lisboa-contact',
    );
    await vendors();
    http
      .expectOne('/api/analytics/gaps?channels=chat&from=2025-01&to=2025-02&vendors=lisboa-contact')
      .flush(gapsResponse());
    await settle();
    expect((find('metric-filter') as HTMLSelectElement).value).toBe('languageMismatch');
    expect((find('compare-filter') as HTMLSelectElement).value).toBe('languages');
    expect(page.querySelector('#heatmap-heading')?.textContent).toBe('Language mismatch rate by vendor and language');
    expect(cellText(page, 'v1:de')).toBe('18.0% n = 120');
  });

  it('switches metric without a new request, writing it to the URL', async () => {
    const { find, settle, vendors, page } = await open('/gaps');
    await vendors();
    http.expectOne('/api/analytics/gaps?from=2025-03&to=2025-05').flush(gapsResponse());
    await settle();

    selectOption(find('metric-filter'), 'languageMismatch');
    await settle();

    expect(TestBed.inject(Router).url).toBe('/gaps?metric=languageMismatch');
    expect(page.querySelector('#heatmap-heading')?.textContent).toBe('Language mismatch rate by vendor and language');
    http.expectNone((request) => request.url.startsWith('/api/analytics/gaps'));
  });

  it('dims the previous heatmap as out of date while a new period loads, never showing it as current', async () => {
    const { find, settle, vendors } = await open('/gaps');
    await vendors();
    http.expectOne('/api/analytics/gaps?from=2025-03&to=2025-05').flush(gapsResponse());
    await settle();

    await TestBed.inject(Router).navigateByUrl('/gaps?from=2025-04');
    await settle();
    expect(find('updating')?.textContent).toContain('Updating for the new filters');
    expect(find('gaps-report')?.classList).toContain('report--stale');
    expect(find('gaps-report')?.hasAttribute('inert')).toBe(true);

    http.expectOne('/api/analytics/gaps?from=2025-04&to=2025-05').flush(gapsResponse());
    await settle();
    expect(find('updating')).toBeNull();
    expect(find('gaps-report')?.classList).not.toContain('report--stale');
  });

  it('opens a cell from the heatmap: its details and the conversations behind it, lowest score first', async () => {
    // Conversation links are for roles that may open conversations (not executives).
    await signIn(TestBed.inject(SessionStore), { id: 'u1', email: 'qa@example.com', role: 'qa-reviewer', vendorId: null, displayName: 'QA', passwordChangeRequired: false });
    const { find, settle, vendors, page } = await open('/gaps');
    await vendors();
    http.expectOne('/api/analytics/gaps?from=2025-03&to=2025-05').flush(gapsResponse());
    await settle();

    (page.querySelector('[data-key="v1:de"]') as HTMLButtonElement).click();
    await settle();
    expect(TestBed.inject(Router).url).toBe('/gaps?cell=v1:de');
    expect(find('cell-panel')?.querySelector('h2')?.textContent).toBe('Lisboa Contact · German');
    expect(find('cell-panel')?.textContent).toContain('vs other vendors in German: \u22128.1 pts');

    http
      .expectOne('/api/conversations?from=2025-03-01&languages=de&pageSize=10&sort=overall&to=2025-05-31&vendors=v1')
      .flush(PAGE);
    await settle();
    const link = find('cell-conversations')?.querySelector('a');
    expect(link?.getAttribute('href')).toBe('/conversations/c1');
    expect(find('cell-focus-link')?.textContent).toBe('Open these 37 in Conversations');
    expect(find('cell-all-link')?.getAttribute('href')).toBe(
      '/conversations?from=2025-03-01&to=2025-05-31&vendors=v1&languages=de',
    );
    expect(page.querySelector('[data-key="v1:de"]')?.getAttribute('aria-pressed')).toBe('true');

    find('close-cell')?.click();
    await settle();
    expect(find('cell-panel')).toBeNull();
    expect(TestBed.inject(Router).url).toBe('/gaps');
  });

  it.each([
    ['qa-reviewer', true],
    ['executive', false],
  ] as Array<[UserRole, boolean]>)(
    'flags the languages whose automatic scores reviewers weakly confirm beside their gap cells (%s; link to the agreement: %s)',
    async (role, link) => {
      await signIn(TestBed.inject(SessionStore), { id: 'u1', email: 'u@example.com', role, vendorId: null, displayName: 'U' });
      const { find, settle, vendors, page } = await open('/gaps');
      await vendors();
      http.expectOne('/api/reviews/agreement').flush(agreement(['de', 'sl']));
      http.expectOne('/api/analytics/gaps?from=2025-03&to=2025-05').flush(gapsResponse());
      await settle();

      // Slovenian is weak but not in this answer: only German is flagged.
      expect(find('weak-languages')?.textContent).toContain('German: automatic scores weakly confirmed in this language');
      expect(find('weak-languages')?.textContent).not.toContain('Slovenian');
      const headers = Array.from(page.querySelectorAll('[data-testid="gap-heatmap"] thead th'), (th) => th.textContent?.trim());
      expect(headers).toContain('German †');
      expect(headers).toContain('Portuguese');
      expect(find('flagged-gaps')?.querySelector('[data-testid="weak-flag"]')?.textContent).toContain('automatic scores weakly confirmed in this language');
      expect(find('agreement-link')?.getAttribute('href') ?? null).toBe(link ? '/reviews#agreement' : null);
    },
  );

  it('flags nothing when no language is weakly confirmed, or when the agreement cannot be read', async () => {
    const { find, settle, vendors } = await open('/gaps');
    await vendors();
    http.expectOne('/api/reviews/agreement').flush({ message: 'no' }, { status: 403, statusText: 'Forbidden' });
    http.expectOne('/api/analytics/gaps?from=2025-03&to=2025-05').flush(gapsResponse());
    await settle();
    expect(find('weak-languages')).toBeNull();
    expect(find('weak-flag')).toBeNull();
    expect(find('gap-heatmap')).not.toBeNull();
  });

  it('says so when nothing was imported yet', async () => {
    const { find, vendors } = await open('/gaps');
    await vendors([]);
    expect(find('empty-state')?.querySelector('h2')?.textContent).toBe('No conversations yet');
    expect(find('empty-state')?.querySelector('a')?.getAttribute('href')).toBe('/imports');
  });

  it('shows the API error and loads again on retry', async () => {
    const { find, settle, vendors } = await open('/gaps');
    await vendors();
    http
      .expectOne('/api/analytics/gaps?from=2025-03&to=2025-05')
      .flush(
        { statusCode: 400, code: 'invalid_input', message: 'to: the period may cover at most 36 months' },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle();
    expect(find('error-state')?.textContent).toContain('the period may cover at most 36 months');
    find('error-state')?.querySelector('button')?.click();
    await settle();
    http.expectOne('/api/analytics/gaps?from=2025-03&to=2025-05').flush(gapsResponse());
    await settle();
    expect(find('error-state')).toBeNull();
    expect(find('gap-heatmap')).not.toBeNull();
  });
});
