import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { AgentOptionDto } from '@rapport/contracts';
import type { ConversationsQuery } from '@rapport/dashboard-data-access';
import { ConversationFilterBar, type FilterChange } from './conversation-filter-bar';
import { SEARCH_DEBOUNCE_MS } from './search-field';

const north = { id: 'v1', slug: 'north', name: 'North' };
const south = { id: 'v2', slug: 'south', name: 'South' };
const JONAS: AgentOptionDto = { id: 'a1', externalId: 'ag-7', displayName: 'Jonas Weber', vendor: north };
const MARIA: AgentOptionDto = { id: 'a3', externalId: 'ag-9', displayName: 'Maria Lopes', vendor: south };

describe('ConversationFilterBar: search and agent', () => {
  let fixture: ComponentFixture<ConversationFilterBar>;
  let http: HttpTestingController;
  let changes: FilterChange[];

  function render(query: ConversationsQuery): void {
    fixture.componentRef.setInput('query', query);
    fixture.detectChanges();
  }

  const field = (testId: string) => fixture.nativeElement.querySelector(`[data-testid="${testId}"]`) as HTMLInputElement;

  function type(testId: string, text: string): void {
    const input = field(testId);
    input.focus();
    input.value = text;
    input.dispatchEvent(new Event('input'));
    fixture.detectChanges();
  }

  beforeEach(() => {
    jest.useFakeTimers();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ConversationFilterBar);
    fixture.componentRef.setInput('vendorOptions', [{ value: 'north', label: 'North' }]);
    changes = [];
    fixture.componentInstance.changed.subscribe((change) => changes.push(change));
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  describe('the search', () => {
    it('searches once typing pauses, not on every key, and starts again from the first page', () => {
      render({ pageSize: 50 });
      type('search-filter', 'pa');
      type('search-filter', 'parc');
      jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 1);
      expect(changes).toEqual([]);
      type('search-filter', ' parcel late ');
      jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
      expect(changes).toEqual([{ q: 'parcel late', page: null }]);
    });

    it('searches at once on Enter, and clears the search when emptied', () => {
      render({ q: 'parcel', pageSize: 50 });
      type('search-filter', 'refund');
      field('search-filter').dispatchEvent(new Event('search'));
      expect(changes).toEqual([{ q: 'refund', page: null }]);
      type('search-filter', '');
      jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
      expect(changes).toEqual([{ q: 'refund', page: null }, { q: null, page: null }]);
    });

    it('asks for a second character instead of searching for one', () => {
      render({ pageSize: 50 });
      type('search-filter', 'x');
      jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS * 2);
      field('search-filter').dispatchEvent(new Event('search'));
      expect(changes).toEqual([]);
      expect(field('search-hint').textContent?.trim()).toBe('Type at least 2 characters.');
    });

    it('shows the URL’s search, but never overwrites what is being typed', () => {
      render({ q: 'parcel', pageSize: 50 });
      expect(field('search-filter').value).toBe('parcel');
      type('search-filter', 'parcel lat');
      render({ q: 'parcel l', pageSize: 50 });
      expect(field('search-filter').value).toBe('parcel lat');
      field('search-filter').blur();
      render({ pageSize: 50 });
      expect(field('search-filter').value).toBe('');
    });
  });

  describe('the agent filter', () => {
    it('shows the name of the URL’s agent, looked up among the vendors filtered on', () => {
      render({ agent: 'ag-7', vendors: ['north'], pageSize: 50 });
      http.expectOne('/api/conversations/agents?limit=20&q=ag-7&vendors=north').flush({ items: [JONAS] });
      fixture.detectChanges();
      expect(field('agent-filter').value).toBe('Jonas Weber');
    });

    it('offers the agents matching what is typed, and puts the picked one’s external id in the URL', () => {
      render({ pageSize: 50 });
      type('agent-filter', 'lop');
      // Focusing the field offers the first agents; the typed text then narrows them.
      http.expectOne('/api/conversations/agents?limit=20').flush({ items: [JONAS, MARIA] });
      jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
      http.expectOne('/api/conversations/agents?limit=20&q=lop').flush({ items: [MARIA] });
      fixture.detectChanges();
      const offered = Array.from(field('agent-options').querySelectorAll('option'), (option) => `${option.value} | ${option.textContent?.trim()}`);
      expect(offered).toEqual(['Maria Lopes | ag-9 · South']);

      // Picking from the browser's list fills the field with the entry.
      type('agent-filter', 'Maria Lopes');
      expect(changes).toEqual([{ agent: 'ag-9', page: null }]);
    });

    it('filters on typed text the list does not offer as it is, and clears when emptied', () => {
      render({ agent: 'ag-7', pageSize: 50 });
      http.expectOne('/api/conversations/agents?limit=20&q=ag-7').flush({ items: [JONAS] });
      fixture.detectChanges();
      type('agent-filter', 'someone else');
      http.expectOne('/api/conversations/agents?limit=20&q=Jonas%20Weber').flush({ items: [JONAS] });
      field('agent-filter').dispatchEvent(new Event('change'));
      type('agent-filter', '');
      field('agent-filter').dispatchEvent(new Event('search'));
      expect(changes).toEqual([
        { agent: 'someone else', page: null },
        { agent: null, page: null },
      ]);
    });
  });

  it('clears the search and the agent with the other filters', () => {
    render({ q: 'parcel', agent: 'ag-7', channels: ['chat'], pageSize: 50 });
    http.expectOne('/api/conversations/agents?limit=20&q=ag-7').flush({ items: [JONAS] });
    field('clear-filters').click();
    expect(changes).toEqual([{ q: null, agent: null, channels: null }]);
  });
});
