import { HttpBackend } from '@angular/common/http';
import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ImportJobDto, UserRole, VendorDto } from '@rapport/contracts';
import { IMPORT_POLL_INTERVAL_MS, type ImportFormatInfo, SessionStore, UPLOAD_BACKEND } from '@rapport/dashboard-data-access';
import { configureRoutedPageTest, openRoutedPage, selectOption, signIn } from '@rapport/dashboard-ui/testing';
import { IMPORTS_ROUTES } from '../imports.routes';

const FORMATS: ImportFormatInfo[] = [
  { format: 'jsonl', records: 'conversations', description: 'JSON Lines: one conversation per line', fields: [], mappable: false },
  {
    format: 'message-csv',
    records: 'conversations',
    description: 'CSV with one row per message',
    fields: [
      { name: 'conversation_id', required: true, description: 'External id of the conversation' },
      { name: 'vendor', required: true, description: 'Vendor slug' },
      { name: 'text', required: true, description: 'Message text' },
      { name: 'language', required: false, description: 'Language code' },
    ],
    mappable: true,
  },
];

const VENDORS: VendorDto[] = [{ id: 'v1', slug: 'lisboa-contact', name: 'Lisboa Contact', country: 'PT', timeZone: 'Europe/Lisbon', sites: [] }];

const job = (overrides: Partial<ImportJobDto> = {}): ImportJobDto => ({
  id: 'job-1',
  format: 'jsonl',
  recordKind: 'conversations',
  status: 'queued',
  fileName: 'chats.jsonl',
  files: ['chats.jsonl'],
  bytesTotal: 2000,
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

const POLL_MS = 15;
/**
 * The poll's clock is the test's: RxJS timers run on setInterval, which alone is faked, so a poll happens exactly when
 * the test moves the clock, and "no timer left" is a fact to check rather than a wait. Angular keeps its real timers.
 */
const ANGULAR_TIMERS = ['Date', 'hrtime', 'nextTick', 'performance', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback', 'setImmediate', 'clearImmediate', 'setTimeout', 'clearTimeout'] as const;
/** One poll interval on the test's clock: the poll due in it is asked before this resolves. */
const nextPoll = () => jest.advanceTimersByTimeAsync(POLL_MS);

/** Resolves once the next file read the page starts has been answered. */
function nextFileRead(): Promise<void> {
  const readAsText = FileReader.prototype.readAsText;
  return new Promise((resolve) => {
    jest.spyOn(FileReader.prototype, 'readAsText').mockImplementationOnce(function (this: FileReader, blob: Blob, encoding?: string) {
      this.addEventListener('loadend', () => resolve());
      readAsText.call(this, blob, encoding);
    });
  });
}

describe('ImportsPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: [...ANGULAR_TIMERS] });
    http = configureRoutedPageTest({
      routes: [{ path: 'imports', children: IMPORTS_ROUTES }],
      providers: [
        { provide: UPLOAD_BACKEND, useFactory: () => TestBed.inject(HttpBackend) },
        { provide: IMPORT_POLL_INTERVAL_MS, useValue: POLL_MS },
      ],
    });
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  function signInAs(role: UserRole) {
    return signIn(TestBed.inject(SessionStore), { id: 'u1', email: 'u@example.com', role, vendorId: null, displayName: 'U' });
  }

  async function open(url = '/imports') {
    const page = await openRoutedPage(url);
    return { ...page, root: page.page() };
  }

  async function openAsAdmin(history: ImportJobDto[] = []) {
    await signInAs('admin');
    const page = await open();
    http.expectOne('/api/imports/formats').flush(FORMATS);
    http.expectOne('/api/imports/mappings').flush([]);
    http.expectOne('/api/vendors').flush(VENDORS);
    http.expectOne('/api/vendors/monthly-volume').flush([]);
    http.expectOne('/api/imports?limit=20&offset=0').flush({ items: history, total: history.length });
    await page.settle();
    return page;
  }

  function choose(find: (testId: string) => HTMLElement | null, file: File, ...moreFiles: File[]) {
    const input = find('file-input') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file, ...moreFiles], configurable: true });
    input.dispatchEvent(new Event('change'));
  }

  it('uploads a dropped-in file and follows it to the end: progress, counts and the rejected rows', async () => {
    const { find, settle } = await openAsAdmin();
    expect(find('no-imports')).not.toBeNull();
    expect((find('start-import') as HTMLButtonElement).disabled).toBe(true);

    choose(find, new File(['{"x":1}\n'.repeat(250)], 'chats.jsonl'));
    await settle();
    expect((find('format-select') as HTMLSelectElement).value).toBe('jsonl');
    expect(find('format-description')?.textContent).toBe('JSON Lines: one conversation per line');
    find('start-import')?.click();
    await settle();

    const upload = http.expectOne({ method: 'POST', url: '/api/imports' });
    expect((upload.request.body as FormData).get('format')).toBe('jsonl');
    expect(find('upload-progress')).not.toBeNull();
    expect((find('start-import') as HTMLButtonElement).disabled).toBe(true);
    upload.flush(job(), { status: 202, statusText: 'Accepted' });
    await settle();
    expect(find('import-status')?.textContent).toBe('Waiting to start');
    // The new job is not in the history yet: it is fetched.
    http.expectOne('/api/imports?limit=20&offset=0').flush({ items: [job()], total: 1 });

    await nextPoll();
    http.expectOne('/api/imports/job-1').flush(job({ status: 'running', bytesProcessed: 1000, linesProcessed: 120, counts: { received: 120, created: 118, updated: 0, unchanged: 0, failed: 2 } }));
    await settle();
    expect(find('import-status')?.textContent).toBe('Importing');
    expect((find('processing-progress') as HTMLProgressElement).value).toBe(50);
    expect(find('count-created')?.textContent).toBe('118');

    await nextPoll();
    http
      .expectOne('/api/imports/job-1')
      .flush(job({ status: 'completed', bytesProcessed: 2000, linesProcessed: 250, errorCount: 2, counts: { received: 250, created: 248, updated: 0, unchanged: 0, failed: 2 } }));
    await settle();
    http.expectOne('/api/imports/job-1/errors?limit=10&offset=0').flush({
      items: [
        { kind: 'error', line: 17, item: null, field: 'channel', reason: 'unknown channel "fax"' },
        { kind: 'error', line: 90, item: null, field: 'text', reason: 'text is empty' },
      ],
      total: 2,
    });
    http.expectOne('/api/imports?limit=20&offset=0').flush({ items: [job({ status: 'completed', errorCount: 2 })], total: 1 });
    // The import stored conversations, so the vendor overview loaded with the page is fetched again.
    http.expectOne('/api/vendors').flush(VENDORS);
    http.expectOne('/api/vendors/monthly-volume').flush([]);
    await settle();

    expect(find('import-status')?.textContent).toBe('Completed');
    expect(find('count-failed')?.textContent).toBe('2');
    expect(find('errors-download')?.getAttribute('href')).toBe('/api/imports/job-1/errors.csv');
    expect(find('errors-download')?.textContent?.trim()).toBe('Download the 2 rejected rows (CSV)');
    // Why rows were rejected is on the page, not only in the download.
    const firstRows = Array.from(find('import-first-rows')?.querySelectorAll('li') ?? []);
    expect(firstRows.map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Rejected: Line 17, channel: unknown channel "fax"',
      'Rejected: Line 90, text: text is empty',
    ]);
    // The form starts afresh without the file, so a second click cannot import the same file twice.
    expect((find('start-import') as HTMLButtonElement).disabled).toBe(true);
    // No timer is left that could ask again, however long one waits.
    await jest.advanceTimersByTimeAsync(POLL_MS * 20);
    http.expectNone('/api/imports/job-1');
    expect(jest.getTimerCount()).toBe(0);
  });

  it('reads a CSV header to map columns, and refuses to start while a required field has neither column nor value', async () => {
    const { find, settle, root } = await openAsAdmin();
    const headerRead = nextFileRead();
    choose(find, new File(['Ticket;Body;language\n1;hello;de\n'], 'helpdesk.csv', { type: 'text/csv' }));
    const select = (field: string) => root.querySelector(`[data-field="${field}"] select`) as HTMLSelectElement;
    // FileReader answers when it answers (later on a busy machine): the test waits for that answer itself.
    await headerRead;
    await settle();

    expect((find('format-select') as HTMLSelectElement).value).toBe('message-csv');
    expect(Array.from(select('text').options, (option) => option.textContent)).toEqual(['Not in this file', 'Ticket', 'Body', 'language']);
    expect(select('language').value).toBe('language');
    expect(find('upload-problems')?.textContent).toContain('Choose a column or a value for: conversation_id, vendor, text.');

    selectOption(select('conversation_id'), 'Ticket');
    selectOption(select('text'), 'Body');
    selectOption(find('vendor-select'), 'lisboa-contact');
    selectOption(find('encoding-select'), 'windows-1252');
    (find('create-vendors') as HTMLInputElement).click();
    await settle();
    expect(find('upload-problems')).toBeNull();

    find('start-import')?.click();
    const form = http.expectOne('/api/imports').request.body as FormData;
    expect(JSON.parse(form.get('options') as string)).toEqual({ columnMapping: { conversation_id: 'Ticket', text: 'Body' }, delimiter: ';', encoding: 'windows-1252', createVendors: true });
    expect(form.get('vendor')).toBe('lisboa-contact');
  });

  it('sends several chosen files as one import, in the order chosen, and says which were chosen', async () => {
    const { find, settle } = await openAsAdmin();
    expect((find('file-input') as HTMLInputElement).multiple).toBe(true);
    choose(find, new File(['x'.repeat(10)], 'march.jsonl'), new File(['x'.repeat(20)], 'april.jsonl'), new File(['x'.repeat(30)], 'may.zip'));
    await settle();
    expect(find('chosen-file')?.textContent).toBe('Chosen: 3 files: march.jsonl, april.jsonl, may.zip (60 B)');
    expect((find('format-select') as HTMLSelectElement).value).toBe('jsonl');
    find('start-import')?.click();
    await settle();
    const form = http.expectOne({ method: 'POST', url: '/api/imports' }).request.body as FormData;
    expect(form.getAll('file').map((file) => (file as File).name)).toEqual(['march.jsonl', 'april.jsonl', 'may.zip']);
    expect(form.get('format')).toBe('jsonl');
    expect(find('import-progress')?.textContent).toContain('Sending march.jsonl and 2 more: 0 B of 60 B');
  });

  it('shows a single chosen file alone when another is chosen after several', async () => {
    const { find, settle } = await openAsAdmin();
    choose(find, new File(['a'], 'tickets.json'), new File(['b'], 'comments.json'));
    choose(find, new File(['{}'], 'chats.jsonl'));
    await settle();
    expect(find('chosen-file')?.textContent).toBe('Chosen: chats.jsonl (2 B)');
    find('start-import')?.click();
    await settle();
    const form = http.expectOne({ method: 'POST', url: '/api/imports' }).request.body as FormData;
    expect(form.getAll('file').map((file) => (file as File).name)).toEqual(['chats.jsonl']);
  });

  it('shows why an upload was refused', async () => {
    const { find, settle } = await openAsAdmin();
    choose(find, new File(['{}'], 'chats.jsonl'));
    await settle();
    find('start-import')?.click();
    http.expectOne('/api/imports').flush({ statusCode: 400, code: 'invalid_input', message: 'the file is empty' }, { status: 400, statusText: 'Bad Request' });
    await settle();
    expect(find('import-failed')?.textContent).toContain('the file is empty');
  });

  it('follows an import already running when the page opens', async () => {
    const running = job({ status: 'running', bytesProcessed: 500 });
    const { find, settle } = await openAsAdmin([running]);
    expect(find('import-status')?.textContent).toBe('Importing');
    await nextPoll();
    http.expectOne('/api/imports/job-1').flush(job({ status: 'completed', bytesProcessed: 2000 }));
    await settle();
    http.expectOne('/api/imports?limit=20&offset=0').flush({ items: [job({ status: 'completed' })], total: 1 });
    await settle();
    expect(find('import-status')?.textContent).toBe('Completed');
  });

  it('shows each import’s job state: the attempt that failed, why, and when it runs again; then done after two', async () => {
    const nextRetryAt = '2025-03-02T10:00:02.000Z';
    const retrying = job({ status: 'running', bytesProcessed: 500, job: { state: 'retrying', attempt: 1, attempts: 5, lastFailure: 'Connection terminated unexpectedly', nextRetryAt } });
    const failed = job({ id: 'job-0', status: 'failed', failure: 'disk full', job: { state: 'failed', attempt: 5, attempts: 5, lastFailure: 'disk full', nextRetryAt: null } });
    const { find, settle, root } = await openAsAdmin([retrying, failed]);
    const retryText = find('import-job-state')?.textContent ?? '';
    expect(retryText).toMatch(/^Attempt 1 of 5 failed: Connection terminated unexpectedly\. Next attempt at \d{1,2}:\d{2}:\d{2}/);
    const rows = Array.from(find('import-history')?.querySelectorAll('tbody tr') ?? []).map((row) => row.querySelector('[data-testid="import-job-state"]')?.textContent?.trim());
    expect(rows[0]).toBe(retryText.trim());
    expect(rows[1]).toBe('Job failed (attempt 5 of 5): disk full');
    await nextPoll();
    http.expectOne('/api/imports/job-1').flush(job({ status: 'completed', bytesProcessed: 2000, job: { state: 'done', attempt: 2, attempts: 5, lastFailure: 'Connection terminated unexpectedly', nextRetryAt: null } }));
    await settle();
    http.expectOne('/api/imports?limit=20&offset=0').flush({ items: [], total: 0 });
    await settle();
    expect(find('import-job-state')?.textContent?.trim()).toBe('Job done (attempt 2 of 5)');
    expect(root.textContent).not.toContain('Next attempt');
  });

  it('shows reviewers the history only, with rejected rows to download', async () => {
    await signInAs('qa-reviewer');
    const { find, settle } = await open('/imports?page=2');
    http.expectOne('/api/imports?limit=20&offset=20').flush({ items: [job({ status: 'completed', errorCount: 3, counts: { received: 10, created: 7, updated: 0, unchanged: 0, failed: 3 } })], total: 21 });
    await settle();
    expect(find('upload-form')).toBeNull();
    expect(find('upload-admin-only')).not.toBeNull();
    const row = find('import-history')?.querySelector('tbody tr');
    expect(row?.querySelector('a')?.getAttribute('href')).toBe('/api/imports/job-1/errors.csv');
    expect(row?.textContent).toContain('7 created');
  });

  it('shows a history error and tries again', async () => {
    await signInAs('vendor-manager');
    const { find, settle } = await open();
    http.expectOne('/api/imports?limit=20&offset=0').flush(null, { status: 500, statusText: 'Server Error' });
    await settle();
    expect(find('error-state')?.textContent).toContain('HTTP 500');
    find('error-state')?.querySelector('button')?.click();
    http.expectOne('/api/imports?limit=20&offset=0').flush({ items: [], total: 0 });
    await settle();
    expect(find('no-imports')).not.toBeNull();
  });
});
