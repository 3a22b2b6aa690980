import { HttpClient, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { DataChanges } from './data-changes';
import { QueryStore, queryView } from './query-store';

describe('QueryStore', () => {
  let http: HttpTestingController;
  let store: QueryStore<{ month: string }, { total: number }>;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    const client = TestBed.inject(HttpClient);
    store = new QueryStore((query) => client.get<{ total: number }>('/api/things', { params: { month: query.month } }));
  });

  afterEach(() => http.verify());

  it('is idle with no key until asked', () => {
    expect(store.state()).toEqual({ key: null, load: { status: 'idle' }, previous: null });
  });

  it('loads a query and keys the result by its parameters', () => {
    store.load({ month: '2025-05' });
    expect(store.state()).toEqual({ key: 'month=2025-05', load: { status: 'loading' }, previous: null });
    http.expectOne('/api/things?month=2025-05').flush({ total: 3 });
    expect(store.state()).toEqual({ key: 'month=2025-05', load: { status: 'loaded', data: { total: 3 } }, previous: null });
  });

  it('does not ask again for the query it already has', () => {
    store.load({ month: '2025-05' });
    http.expectOne('/api/things?month=2025-05').flush({ total: 3 });
    store.load({ month: '2025-05' });
    http.expectNone('/api/things?month=2025-05');
  });

  it('keeps the previous data, apart from the current state, while new filters load', () => {
    store.load({ month: '2025-05' });
    http.expectOne('/api/things?month=2025-05').flush({ total: 3 });
    store.load({ month: '2025-06' });
    expect(store.state()).toEqual({ key: 'month=2025-06', load: { status: 'loading' }, previous: { total: 3 } });
    http.expectOne('/api/things?month=2025-06').flush({ total: 9 });
    expect(store.state()).toEqual({ key: 'month=2025-06', load: { status: 'loaded', data: { total: 9 } }, previous: null });
  });

  it('cancels a superseded request so an old answer can never land', () => {
    store.load({ month: '2025-05' });
    const first = http.expectOne('/api/things?month=2025-05');
    store.load({ month: '2025-06' });
    expect(first.cancelled).toBe(true);
    http.expectOne('/api/things?month=2025-06').flush({ total: 9 });
    expect(store.state().load).toEqual({ status: 'loaded', data: { total: 9 } });
  });

  it('reports a failure with the API message and loads the same query again on reload', () => {
    store.load({ month: '2025-05' });
    http
      .expectOne('/api/things?month=2025-05')
      .flush({ statusCode: 400, code: 'INVALID_QUERY', message: 'month: must be a month YYYY-MM' }, { status: 400, statusText: 'Bad Request' });
    expect(store.state().load).toEqual({ status: 'failed', error: { status: 400, code: 'INVALID_QUERY', message: 'month: must be a month YYYY-MM' } });

    store.reload();
    expect(store.state().load).toEqual({ status: 'loading' });
    http.expectOne('/api/things?month=2025-05').flush({ total: 1 });
    expect(store.state().load).toEqual({ status: 'loaded', data: { total: 1 } });
  });

  it('loads its query again when the data behind it changes, keeping the old answer as previous meanwhile', () => {
    const changes = TestBed.inject(DataChanges);
    const client = TestBed.inject(HttpClient);
    const watching = new QueryStore((query: { month: string }) => client.get<{ total: number }>('/api/things', { params: { month: query.month } }), changes);
    changes.notify();
    http.expectNone('/api/things?month=2025-05');

    watching.load({ month: '2025-05' });
    http.expectOne('/api/things?month=2025-05').flush({ total: 3 });
    changes.notify();
    expect(watching.state()).toEqual({ key: 'month=2025-05', load: { status: 'loading' }, previous: { total: 3 } });
    http.expectOne('/api/things?month=2025-05').flush({ total: 5 });
    expect(watching.state().load).toEqual({ status: 'loaded', data: { total: 5 } });
  });
});

describe('queryView', () => {
  const loaded = { key: 'month=2025-05', load: { status: 'loaded' as const, data: 5 }, previous: null };

  it('gives the data when the store holds the query asked for', () => {
    expect(queryView(loaded, { month: '2025-05' })).toEqual({ status: 'loaded', data: 5 });
  });

  it('calls data for other filters stale, never loaded', () => {
    expect(queryView(loaded, { month: '2025-06' })).toEqual({ status: 'loading', stale: 5 });
  });

  it('offers the previous data as stale while the new query loads', () => {
    expect(queryView({ key: 'month=2025-06', load: { status: 'loading' }, previous: 5 }, { month: '2025-06' })).toEqual({ status: 'loading', stale: 5 });
  });

  it('gives the error of the query asked for', () => {
    const error = { status: 500, code: 'HTTP_ERROR', message: 'boom' };
    expect(queryView({ key: 'month=2025-06', load: { status: 'failed', error }, previous: null }, { month: '2025-06' })).toEqual({ status: 'failed', error });
  });

  it('is loading with nothing stale before anything was asked', () => {
    expect(queryView({ key: null, load: { status: 'idle' }, previous: null }, { month: '2025-06' })).toEqual({ status: 'loading', stale: null });
  });
});
