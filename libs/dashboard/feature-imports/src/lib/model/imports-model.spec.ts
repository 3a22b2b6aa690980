import type { ImportJobDto } from '@rapport/contracts';
import { applySavedMapping, defaultsToSend, mappingToSend, missingRequired, suggestMapping } from './column-mapping';
import { readCsvHeader } from './csv-header';
import { countItems, firstRowsView, jobAnnouncement, jobDuration, processedPercent, rowsDownloadLabel } from './job-view';
import { formatBytes, guessFormat } from './upload-choices';

const FIELDS = [
  { name: 'conversation_id', required: true, description: '' },
  { name: 'vendor', required: true, description: '' },
  { name: 'text', required: true, description: '' },
  { name: 'language', required: false, description: '' },
];

describe('readCsvHeader', () => {
  it.each([
    ['comma-separated', 'conversation_id,text,Agent\n1,hi,a', ',', ['conversation_id', 'text', 'Agent']],
    ['semicolon-separated with a byte-order mark', '\uFEFFTicket;Body;Vendor\r\n1;hi;x', ';', ['Ticket', 'Body', 'Vendor']],
    ['tab-separated', 'a\tb\tc\n', '\t', ['a', 'b', 'c']],
    ['quoted headers holding the delimiter and quotes', '"Ticket, id","Say ""hi""",Body\n', ',', ['Ticket, id', 'Say "hi"', 'Body']],
    ['a single column', 'text\nhello', ',', ['text']],
    ['blank headers dropped', 'a,,b\n', ',', ['a', 'b']],
  ])('reads a %s header', (_case, text, delimiter, headers) => {
    expect(readCsvHeader(text)).toEqual({ delimiter, headers });
  });

  it('reads nothing from an empty file', () => {
    expect(readCsvHeader('')).toEqual({ delimiter: ',', headers: [] });
  });
});

describe('column mapping', () => {
  it('suggests the column named like each field, ignoring case and spaces', () => {
    expect(suggestMapping(FIELDS, [' Conversation_ID', 'Body', 'TEXT'])).toEqual({ conversation_id: ' Conversation_ID', vendor: '', text: 'TEXT', language: '' });
  });

  it('sends only fields pointed at another header', () => {
    expect(mappingToSend({ conversation_id: 'Conversation_ID', text: 'Body', vendor: '', language: ' ' })).toEqual({ text: 'Body' });
  });

  it('sends trimmed defaults and leaves blanks out', () => {
    expect(defaultsToSend({ channel: ' chat ', vendor: '' })).toEqual({ channel: 'chat' });
  });

  it('names required fields without a column or a default', () => {
    expect(missingRequired(FIELDS, { conversation_id: 'id', vendor: '', text: '' }, { text: 'x' }, null)).toEqual(['vendor']);
    expect(missingRequired(FIELDS, { conversation_id: 'id', vendor: '', text: 'Body' }, {}, 'lisboa-contact')).toEqual([]);
  });

  it('lays a saved mapping over the suggestions', () => {
    expect(applySavedMapping({ text: 'text', vendor: '' }, { vendor: 'Partner' })).toEqual({ text: 'text', vendor: 'Partner' });
  });
});

describe('upload choices', () => {
  it.each([
    ['chats.jsonl', 'jsonl'],
    ['export.NDJSON', 'jsonl'],
    ['helpdesk-messages.csv', 'message-csv'],
    ['twcs.csv', 'twcs'],
    ['csat-march.csv', 'survey-csv'],
    ['survey.json', 'survey-json'],
    ['tickets.json', 'zendesk'],
    ['notes.txt', null],
  ])('guesses %s as %s', (name, format) => {
    expect(guessFormat(name)).toBe(format);
  });

  it.each([
    [820, '820 B'],
    [14_540, '14.2 KB'],
    [3_250_000, '3.1 MB'],
    [1_300_000_000, '1.2 GB'],
  ])('writes %d bytes as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe('job view', () => {
  const job = (overrides: Partial<ImportJobDto> = {}): ImportJobDto => ({
    id: 'j1',
    format: 'jsonl',
    recordKind: 'conversations',
    status: 'running',
    fileName: 'chats.jsonl',
    files: ['chats.jsonl'],
    bytesTotal: 2000,
    bytesProcessed: 500,
    linesProcessed: 40,
    counts: { received: 40, created: 30, updated: 5, unchanged: 3, failed: 2 },
    surveysStored: 0,
    surveysWaiting: 0,
    errorCount: 2,
    noticeCount: 0,
    failure: null,
    job: { state: 'waiting', attempt: 0, attempts: 0, lastFailure: null, nextRetryAt: null },
    createdBy: 'admin@example.com',
    createdAt: '2025-03-02T10:00:00.000Z',
    startedAt: '2025-03-02T10:00:05.000Z',
    finishedAt: null,
    ...overrides,
  });

  it('reads progress from bytes, unknown before the size is known', () => {
    expect(processedPercent(job())).toBe(25);
    expect(processedPercent(job({ bytesTotal: 0 }))).toBeNull();
    expect(processedPercent(job({ bytesTotal: 0, status: 'completed' }))).toBe(100);
    expect(processedPercent(job({ bytesProcessed: 2500 }))).toBe(100);
  });

  it('lists the counts, with survey answers only when there are some', () => {
    expect(countItems(job()).map((item) => `${item.label} ${item.value}`)).toEqual(['Received 40', 'Created 30', 'Updated 5', 'Unchanged 3', 'Rejected 2']);
    expect(countItems(job({ surveysStored: 1200, surveysWaiting: 3 })).slice(5).map((item) => `${item.label} ${item.value}`)).toEqual([
      'Survey answers stored 1,200',
      'Waiting for their conversation 3',
    ]);
  });

  it('lists the first rejected rows and notes with where they are, and says when there are more', () => {
    const rows = [
      { kind: 'error' as const, line: 3, item: null, field: 'channel', reason: 'unknown channel "fax"' },
      { kind: 'notice' as const, line: 1200, item: 4, field: null, reason: 'messages were sorted by time' },
    ];
    expect(firstRowsView(job({ errorCount: 10, noticeCount: 2 }), rows)).toEqual({
      rowsHeading: 'The first 2 of 12 rejected rows and notes',
      firstRows: [
        { kind: 'error', where: 'Line 3, channel', reason: 'unknown channel "fax"' },
        { kind: 'notice', where: 'Line 1,200, item 4', reason: 'messages were sorted by time' },
      ],
    });
    expect(firstRowsView(job({ errorCount: 1, noticeCount: 1 }), rows).rowsHeading).toBe('Rejected rows and notes');
  });

  it.each([
    [{ errorCount: 1, noticeCount: 0 }, 'Download the 1 rejected row (CSV)'],
    [{ errorCount: 1200, noticeCount: 1 }, 'Download the 1,200 rejected rows and 1 note (CSV)'],
    [{ errorCount: 0, noticeCount: 3 }, 'Download the 3 notes (CSV)'],
  ] as const)('names what the download holds: %j', (counts, label) => {
    expect(rowsDownloadLabel(job(counts))).toBe(label);
  });

  it('measures the duration until finished, or until now while running', () => {
    expect(jobDuration(job(), '2025-03-02T10:01:05.000Z')).toBe('1 min');
    expect(jobDuration(job({ finishedAt: '2025-03-02T10:00:35.000Z' }), '2025-03-02T11:00:00.000Z')).toBe('30 s');
    expect(jobDuration(job({ startedAt: null }), '2025-03-02T11:00:00.000Z')).toBeNull();
  });

  it.each([
    [{ status: 'queued' }, 'chats.jsonl is waiting to start.'],
    [{ status: 'completed' }, 'chats.jsonl imported: 30 created, 5 updated, 2 rejected.'],
    [{ status: 'failed', failure: 'the file is not UTF-8' }, 'chats.jsonl failed: the file is not UTF-8'],
    [{ status: 'interrupted' }, 'chats.jsonl was interrupted.'],
  ] as const)('announces %j', (change, text) => {
    expect(jobAnnouncement(job(change))).toBe(text);
  });
});
