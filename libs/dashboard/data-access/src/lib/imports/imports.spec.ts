import { HttpBackend, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ImportJobDto } from '@rapport/contracts';
import { DataChanges } from '../http/data-changes';
import { ImportHistoryStore } from './import-history-store';
import { ImportSetupStore } from './import-setup-store';
import { ImportTracker } from './import-tracker';
import { IMPORT_POLL_INTERVAL_MS } from './import-tracker';
import { ImportsApi, UPLOAD_BACKEND } from './imports-api';

const keysOf = (form: FormData): string[] => {
  const keys: string[] = [];
  form.forEach((_value, name) => keys.push(name));
  return keys;
};

const job = (overrides: Partial<ImportJobDto> = {}): ImportJobDto => ({
  id: 'job-1',
  format: 'jsonl',
  recordKind: 'conversations',
  status: 'queued',
  fileName: 'chats.jsonl',
  files: ['chats.jsonl'],
  bytesTotal: 1000,
  bytesProcessed: 0,
  linesProcessed: 0,
  counts: { received: 0, created: 0, updated: 0, unchanged: 0, failed: 0 },
  surveysStored: 0,
  surveysWaiting: 0,
  errorCount: 0,
  noticeCount: 0,
  failure: null,
  job: { state: 'waiting', attempt: 0, attempts: 0, lastFailure: null, nextRetryAt: null },
  createdBy: 'admin@example.com',
  createdAt: '2025-03-02T10:00:00.000Z',
  startedAt: null,
  finishedAt: null,
  ...overrides,
});

describe('imports data access', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: UPLOAD_BACKEND, useFactory: () => TestBed.inject(HttpBackend) },
        { provide: IMPORT_POLL_INTERVAL_MS, useValue: 500 },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    document.cookie = 'XSRF-TOKEN=token-123';
  });

  afterEach(() => {
    http.verify();
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
    jest.useRealTimers();
  });

  it('uploads the file as multipart with format, options as JSON and the CSRF header', () => {
    const file = new File(['conversation_id,text\n'], 'chats.csv', { type: 'text/csv' });
    TestBed.inject(ImportsApi)
      .upload({ file, format: 'message-csv', source: 'helpdesk', vendor: 'lisboa-contact', redactPii: true, columnMapping: { text: 'Body' }, defaults: { channel: 'chat' }, delimiter: ';', encoding: 'windows-1252' })
      .subscribe();
    const request = http.expectOne({ method: 'POST', url: '/api/imports' });
    const form = request.request.body as FormData;
    expect(keysOf(form)).toEqual(['format', 'source', 'vendor', 'redactPii', 'options', 'file']);
    expect(form.get('format')).toBe('message-csv');
    expect(JSON.parse(form.get('options') as string)).toEqual({ columnMapping: { text: 'Body' }, defaults: { channel: 'chat' }, delimiter: ';', encoding: 'windows-1252' });
    expect((form.get('file') as File).name).toBe('chats.csv');
    expect(request.request.headers.get('X-XSRF-TOKEN')).toBe('token-123');
    expect(request.request.reportProgress).toBe(true);
    request.flush(job());
  });

  it('sends the ticket of a Zendesk comments page as an option', () => {
    TestBed.inject(ImportsApi)
      .upload({ file: new File(['{"comments":[]}'], 'comments.json'), format: 'zendesk', ticketId: '123' })
      .subscribe();
    const request = http.expectOne({ method: 'POST', url: '/api/imports' });
    expect(JSON.parse((request.request.body as FormData).get('options') as string)).toEqual({ ticketId: '123' });
    request.flush(job());
  });

  it('leaves out what was not chosen', () => {
    TestBed.inject(ImportsApi)
      .upload({ file: new File(['{}'], 'a.jsonl'), format: 'jsonl', columnMapping: {}, delimiter: ',' })
      .subscribe();
    const form = http.expectOne('/api/imports').request.body as FormData;
    expect(keysOf(form)).toEqual(['format', 'file']);
  });

  it('follows an upload: sending, then processing with polled progress, then finished', () => {
    jest.useFakeTimers();
    const tracker = TestBed.inject(ImportTracker);
    const finished: ImportJobDto[] = [];
    tracker.start({ file: new File(['x'.repeat(1000)], 'chats.jsonl'), format: 'jsonl' }, (done) => finished.push(done));
    expect(tracker.progress()).toEqual({ phase: 'uploading', fileName: 'chats.jsonl', sentBytes: 0, totalBytes: 1000 });

    http.expectOne('/api/imports').flush(job(), { status: 202, statusText: 'Accepted' });
    expect(tracker.progress()).toEqual({ phase: 'processing', job: job() });

    jest.advanceTimersByTime(500);
    const running = job({ status: 'running', bytesProcessed: 400, counts: { received: 40, created: 38, updated: 0, unchanged: 0, failed: 2 } });
    http.expectOne('/api/imports/job-1').flush(running);
    expect(tracker.progress()).toEqual({ phase: 'processing', job: running });

    jest.advanceTimersByTime(500);
    const done = job({ status: 'completed', bytesProcessed: 1000, errorCount: 2, noticeCount: 1 });
    http.expectOne('/api/imports/job-1').flush(done);
    expect(tracker.progress()).toEqual({ phase: 'finished', job: done, firstRows: null });
    expect(finished).toEqual([done]);

    // The first rejected rows and notices are fetched for the page itself.
    const rows = [
      { kind: 'error' as const, line: 3, item: null, field: 'channel', reason: 'unknown channel "fax"' },
      { kind: 'notice' as const, line: 7, item: null, field: null, reason: 'NUL characters (byte 0x00) were removed from this line' },
    ];
    http.expectOne('/api/imports/job-1/errors?limit=10&offset=0').flush({ items: rows, total: 3 });
    expect(tracker.progress()).toEqual({ phase: 'finished', job: done, firstRows: rows });

    jest.advanceTimersByTime(5000);
    http.expectNone('/api/imports/job-1');
  });

  it('tells the stores that data changed once an import that stored conversations ends, and not otherwise', () => {
    jest.useFakeTimers();
    const tracker = TestBed.inject(ImportTracker);
    let changes = 0;
    TestBed.inject(DataChanges).onChange(() => changes++);

    tracker.track(job({ status: 'running' }));
    jest.advanceTimersByTime(500);
    http.expectOne('/api/imports/job-1').flush(job({ status: 'completed', counts: { received: 2, created: 0, updated: 0, unchanged: 1, failed: 1 } }));
    expect(changes).toBe(0);

    tracker.track(job({ status: 'running' }));
    jest.advanceTimersByTime(500);
    http.expectOne('/api/imports/job-1').flush(job({ status: 'running', counts: { received: 20, created: 20, updated: 0, unchanged: 0, failed: 0 } }));
    expect(changes).toBe(0);
    jest.advanceTimersByTime(500);
    http.expectOne('/api/imports/job-1').flush(job({ status: 'completed', counts: { received: 36, created: 36, updated: 0, unchanged: 0, failed: 0 } }));
    expect(changes).toBe(1);
  });

  it('reports a refused upload with the API message', () => {
    const tracker = TestBed.inject(ImportTracker);
    tracker.start({ file: new File(['x'], 'a.csv'), format: 'survey-csv' });
    http
      .expectOne('/api/imports')
      .flush({ statusCode: 400, code: 'invalid_input', message: 'source is required for survey CSV files' }, { status: 400, statusText: 'Bad Request' });
    expect(tracker.progress()).toEqual({ phase: 'failed', error: { status: 400, code: 'invalid_input', message: 'source is required for survey CSV files' } });
  });

  it('tracks a job already running and stops polling when dismissed', () => {
    jest.useFakeTimers();
    const tracker = TestBed.inject(ImportTracker);
    tracker.track(job({ status: 'running' }));
    expect(tracker.progress()).toEqual({ phase: 'processing', job: job({ status: 'running' }) });
    tracker.dismiss();
    jest.advanceTimersByTime(2000);
    http.expectNone('/api/imports/job-1');
    expect(tracker.progress()).toEqual({ phase: 'idle' });
  });

  it('loads formats and mappings together and adds a saved mapping', () => {
    const store = TestBed.inject(ImportSetupStore);
    store.load();
    http.expectOne('/api/imports/formats').flush([{ format: 'jsonl', records: 'conversations', description: 'JSON Lines', fields: [], mappable: false }]);
    http.expectOne('/api/imports/mappings').flush([]);
    expect(store.state().status).toBe('loaded');

    store.saveMapping({ name: 'Helpdesk', format: 'message-csv', mapping: { text: 'Body' }, defaults: {} });
    const saved = { id: 'm1', name: 'Helpdesk', format: 'message-csv', mapping: { text: 'Body' }, defaults: {}, createdAt: '2025-03-02T10:00:00.000Z' };
    http.expectOne({ method: 'POST', url: '/api/imports/mappings' }).flush(saved);
    const state = store.state();
    expect(state.status === 'loaded' ? state.data.mappings : null).toEqual([saved]);
  });

  it('pages the history and points at the errors CSV', () => {
    TestBed.inject(ImportHistoryStore).load({ limit: 20, offset: 40 });
    http.expectOne('/api/imports?limit=20&offset=40').flush({ items: [], total: 0 });
    expect(TestBed.inject(ImportsApi).errorsCsvUrl('job 1')).toBe('/api/imports/job%201/errors.csv');
  });
});
