import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { ConversationDetailDto, ConversationPageDto, ConversationSummaryDto } from '@rapport/contracts';
import { CONVERSATIONS_ROUTES } from './conversations.routes';

const summary = (id: string, overrides: Partial<ConversationSummaryDto> = {}): ConversationSummaryDto => ({
  id,
  source: 'demo',
  externalId: `T-${id}`,
  vendor: { id: 'v1', slug: 'lisboa-contact', name: 'Lisboa Contact' },
  channel: 'chat',
  queue: null,
  site: null,
  language: 'de',
  createdAt: '2025-04-03T10:00:00.000Z',
  scoreStatus: 'scored',
  scores: { overall: 61.25, courtesy: 40, comprehension: 80, responsiveness: 64 },
  firstResponseSeconds: 200,
  csat: 25,
  csatSatisfied: false,
  ...overrides,
});

const page = (items: ConversationSummaryDto[], total = items.length, number = 1): ConversationPageDto => ({ page: number, pageSize: 50, total, sort: '-createdAt', items });

const DETAIL: ConversationDetailDto = {
  ...summary('c1'),
  closedAt: null,
  tags: [],
  scorerVersion: '1.0.0',
  signals: null,
  messages: [
    { position: 0, role: 'customer', at: '2025-04-03T10:00:00.000Z', text: '<img src=x onerror=alert(1)> Wo ist mein Paket?', language: 'de', internal: false, agent: null },
    { position: 1, role: 'agent', at: '2025-04-03T10:03:20.000Z', text: 'Warte.', language: 'de', internal: false, agent: { id: 'a1', externalId: 'ag-7', displayName: 'Jonas' } },
  ],
  surveys: [{ questionKey: 'csat', score: 2, scale: '1-5', normalized: 25, satisfied: false, comment: '<b>slow</b>', answeredAt: '2025-04-03T11:00:00.000Z', agent: { id: 'a-2', externalId: 'ag-2', displayName: 'Ben Ode' } }],
  evidence: [{ messageIndex: 1, start: 0, end: 5, rule: 'courtesy.curt-reply', explanation: 'A bare imperative without greeting.' }],
};

describe('conversations pages', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([{ path: 'conversations', children: CONVERSATIONS_ROUTES }], withComponentInputBinding()), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  // The rule catalogue loads once per session for rule names; these tests leave it unanswered (names fall back to the scorer's text).
  afterEach(() => {
    http.match('/api/scoring/rules');
    http.verify();
  });

  async function open(url: string) {
    const harness = await RouterTestingHarness.create(url);
    const root = () => harness.routeNativeElement as HTMLElement;
    const find = (testId: string) => root().querySelector<HTMLElement>(`[data-testid="${testId}"]`);
    const settle = async () => {
      await harness.fixture.whenStable();
      harness.detectChanges();
    };
    const vendors = () => {
      http.expectOne('/api/vendors').flush([]);
      http.expectOne('/api/vendors/monthly-volume').flush([]);
    };
    return { harness, root, find, settle, vendors };
  }

  const rows = (table: HTMLElement | null) => Array.from(table?.querySelectorAll('tbody tr') ?? [], (row) => Array.from(row.children, (cell) => cell.textContent?.replace(/\s+/g, ' ').trim()));

  describe('the list', () => {
    it('loads the first page newest first, then lists conversations with scores and CSAT', async () => {
      const { find, settle, vendors } = await open('/conversations');
      vendors();
      expect(find('loading-state')).not.toBeNull();
      http.expectOne('/api/conversations?pageSize=50').flush(page([summary('c1'), summary('c2', { csat: null, scores: { overall: null, courtesy: null, comprehension: null, responsiveness: 70 }, language: null })], 2));
      await settle();
      expect(find('result-summary')?.textContent).toBe('Showing 1–2 of 2 conversations');
      const shown = rows(find('conversation-table'));
      // The first cell is the date in the reader's own time zone, then the external id.
      expect(shown.map((row) => row[0])).toEqual([expect.stringMatching(/^Apr [34], 2025, .+T-c1$/), expect.stringMatching(/T-c2$/)]);
      expect(shown.map((row) => row.slice(1))).toEqual([
        ['Lisboa Contact', 'chat', 'German', '61.3', '40.0', '80.0', '64.0', '3 min 20 s', '25.0 not satisfied'],
        ['Lisboa Contact', 'chat', 'Not detected', '—', '—', '—', '70.0', '3 min 20 s', '—'],
      ]);
      expect(find('conversation-table')?.querySelector('a')?.getAttribute('href')).toBe('/conversations/c1');
    });

    it('passes drill-down filters from the URL to the API and shows the ones without a control as removable chips', async () => {
      const { find, settle, vendors } = await open('/conversations?from=2025-03-01&to=2025-05-31&vendors=v1&languages=de&hourOfWeek=33&rule=courtesy.curt-reply&csat=unsatisfied');
      vendors();
      http.expectOne('/api/conversations?csat=unsatisfied&from=2025-03-01&hourOfWeek=33&languages=de&pageSize=50&rule=courtesy.curt-reply&to=2025-05-31&vendors=v1').flush(page([summary('c1')]));
      await settle();
      expect((find('rule-filter') as HTMLInputElement).value).toBe('courtesy.curt-reply');
      expect((find('csat-filter') as HTMLSelectElement).value).toBe('unsatisfied');
      expect(find('filter-chips')?.textContent).toContain('Hour: Tuesday 09:00–10:00 (vendor time)');

      find('filter-chips')?.querySelector('button')?.click();
      await settle();
      expect(TestBed.inject(Router).url).toBe('/conversations?from=2025-03-01&to=2025-05-31&vendors=v1&languages=de&rule=courtesy.curt-reply&csat=unsatisfied');
      http.expectOne('/api/conversations?csat=unsatisfied&from=2025-03-01&languages=de&pageSize=50&rule=courtesy.curt-reply&to=2025-05-31&vendors=v1').flush(page([]));
    });

    it('passes the search and the agent from the URL to the API, and says when nothing matches', async () => {
      const { find, settle, vendors } = await open('/conversations?q=parcel%20late&agent=ag-7');
      vendors();
      http.expectOne('/api/conversations/agents?limit=20&q=ag-7').flush({ items: [{ id: 'a1', externalId: 'ag-7', displayName: 'Jonas Weber', vendor: summary('c1').vendor }] });
      http.expectOne('/api/conversations?agent=ag-7&pageSize=50&q=parcel%20late').flush(page([], 0));
      await settle();
      expect((find('search-filter') as HTMLInputElement).value).toBe('parcel late');
      expect((find('agent-filter') as HTMLInputElement).value).toBe('Jonas Weber');
      expect(find('empty-state')?.querySelector('h2')?.textContent).toBe('No conversations match');
    });

    it('shows a vendor a drill-down link names by id as the vendor control’s choice', async () => {
      const { find, settle } = await open('/conversations?vendors=v1');
      http.expectOne('/api/vendors').flush([{ id: 'v1', slug: 'lisboa-contact', name: 'Lisboa Contact', country: 'PT', timeZone: 'Europe/Lisbon', sites: [] }]);
      http.expectOne('/api/vendors/monthly-volume').flush([]);
      http.expectOne('/api/conversations?pageSize=50&vendors=v1').flush(page([summary('c1')]));
      await settle();
      expect(find('vendor-filter')?.querySelector('summary')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Vendors: Lisboa Contact');
    });

    it('writes a chosen score band to the URL, back on the first page, dimming the old list meanwhile', async () => {
      const { find, settle, vendors } = await open('/conversations?page=2');
      vendors();
      http.expectOne('/api/conversations?page=2&pageSize=50').flush(page([summary('c1')], 120, 2));
      await settle();

      const band = find('score-band') as HTMLSelectElement;
      band.value = 'poor';
      band.dispatchEvent(new Event('change'));
      await settle();
      expect(TestBed.inject(Router).url).toBe('/conversations?overallMin=0&overallMax=39.99');
      expect(find('updating')).not.toBeNull();
      expect(find('conversation-results')?.hasAttribute('inert')).toBe(true);

      http.expectOne('/api/conversations?overallMax=39.99&overallMin=0&pageSize=50').flush(page([], 0));
      await settle();
      expect(find('updating')).toBeNull();
      expect(find('empty-state')?.querySelector('h2')?.textContent).toBe('No conversations match');
    });

    it('pages through results', async () => {
      const { find, settle, vendors } = await open('/conversations');
      vendors();
      http.expectOne('/api/conversations?pageSize=50').flush(page([summary('c1')], 120));
      await settle();
      expect((find('previous-page') as HTMLButtonElement).disabled).toBe(true);
      find('next-page')?.click();
      await settle();
      expect(TestBed.inject(Router).url).toBe('/conversations?page=2');
      http.expectOne('/api/conversations?page=2&pageSize=50').flush(page([summary('c3')], 120, 2));
      await settle();
      expect(find('result-summary')?.textContent).toBe('Showing 51–100 of 120 conversations');
    });

    it('shows the API error and tries again', async () => {
      const { find, settle, vendors } = await open('/conversations');
      vendors();
      http.expectOne('/api/conversations?pageSize=50').flush({ statusCode: 503, code: 'unavailable', message: 'The database is not reachable.' }, { status: 503, statusText: 'Unavailable' });
      await settle();
      expect(find('error-state')?.textContent).toContain('The database is not reachable.');
      find('error-state')?.querySelector('button')?.click();
      http.expectOne('/api/conversations?pageSize=50').flush(page([summary('c1')]));
      await settle();
      expect(rows(find('conversation-table'))).toHaveLength(1);
    });
  });

  describe('a conversation', () => {
    it('shows the transcript as text with the evidence highlighted and explained', async () => {
      const { find, settle, root } = await open('/conversations/c1');
      expect(find('loading-state')).not.toBeNull();
      http.expectOne('/api/conversations/c1').flush(DETAIL);
      await settle();

      expect(root().querySelector('h1')?.textContent).toBe('Conversation T-c1');
      expect(find('message-0')?.querySelector('[data-testid="message-text"]')?.textContent).toBe('<img src=x onerror=alert(1)> Wo ist mein Paket?');
      expect(root().querySelector('img, b')).toBeNull();
      const mark = find('message-1')?.querySelector('mark');
      expect(mark?.textContent).toBe('Warte');
      expect(root().querySelector(`#${mark?.getAttribute('aria-describedby')}`)?.textContent).toContain('A bare imperative without greeting.');
      expect(find('message-1')?.querySelector('[data-testid="message-author"]')?.textContent).toBe('Agent · Jonas');
      expect(find('surveys')?.textContent).toContain('<b>slow</b>');
      expect(find('surveys')?.textContent).toContain('credited to Ben Ode');
      // Without the rule catalogue the rule is named by the scorer's explanation, never by its code.
      expect(find('fired-rules')?.textContent?.replace(/\s+/g, ' ')).toContain('A bare imperative without greeting. × 1');
      expect(find('fired-rules')?.textContent).not.toContain('courtesy.curt-reply');
      expect(find('back-to-list')?.getAttribute('href')).toBe('/conversations');
    });

    it('says why the scores are missing while the caller has a blind review of the conversation to submit', async () => {
      const { find, settle } = await open('/conversations/c1');
      const blind: ConversationDetailDto = {
        ...DETAIL,
        blind: true,
        scores: { responsiveness: null, courtesy: null, comprehension: null, overall: null },
        scorerVersion: null,
        signals: null,
        evidence: [],
      };
      http.expectOne('/api/conversations/c1').flush(blind);
      await settle();
      expect(find('blind-notice')?.textContent).toContain('hidden while you have a review of this conversation to submit');
      expect(find('message-1')?.querySelector('mark')).toBeNull();
    });

    it('shows no blind notice on an ordinary answer', async () => {
      const { find, settle } = await open('/conversations/c1');
      http.expectOne('/api/conversations/c1').flush({ ...DETAIL, blind: false });
      await settle();
      expect(find('blind-notice')).toBeNull();
    });

    it('says a conversation outside the caller’s vendors was not found', async () => {
      const { find, settle } = await open('/conversations/other');
      http.expectOne('/api/conversations/other').flush({ statusCode: 404, code: 'not_found', message: 'Conversation was not found' }, { status: 404, statusText: 'Not Found' });
      await settle();
      // Not found is an answer: it says so, without a "Try again" that could not change it.
      expect(find('conversation-not-found')?.textContent).toContain('It does not exist, or it is not yours to see.');
      expect(find('error-state')).toBeNull();
    });
  });
});
