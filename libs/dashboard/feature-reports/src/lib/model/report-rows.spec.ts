import type { ArchivedReportDto } from '@rapport/contracts';
import { monthWords, previousMonth, toReportRows } from './report-rows';

function report(overrides: Partial<ArchivedReportDto>): ArchivedReportDto {
  return { id: 'r', kind: 'monthly', month: '2026-05', vendor: null, status: 'ready', generatedAt: '2026-06-01T02:00:00Z', bytes: 150_000, file: '/api/reports/archive/r/file', error: null, job: { state: 'done', attempt: 1, attempts: 4, lastFailure: null, nextRetryAt: null }, ...overrides };
}

describe('toReportRows', () => {
  const rows = toReportRows(
    [
      report({ id: 'b', kind: 'vendor', vendor: { id: 'v2', slug: 'south', name: 'South Desk' } }),
      report({ id: 'old', month: '2026-04' }),
      report({ id: 'm' }),
      report({ id: 'a', kind: 'vendor', vendor: { id: 'v1', slug: 'north', name: 'North Support' }, status: 'pending', generatedAt: null, bytes: null }),
    ],
    (iso) => iso.slice(0, 10),
  );

  it('puts the newest month first, the monthly report before the vendors in name order', () => {
    expect(rows.map((row) => row.id)).toEqual(['m', 'a', 'b', 'old']);
  });

  it('says what each report is and links only the ones with a file', () => {
    expect(rows[0]).toEqual({ id: 'm', month: 'May 2026', title: 'Monthly scorecard, all vendors', status: 'Ready', generated: '2026-06-01', size: '146 KB', file: '/api/reports/archive/r/file', label: 'PDF: Monthly scorecard, all vendors, May 2026', failure: null, attempts: null, again: { month: '2026-05', monthlyOnly: true }, againLabel: 'Generate again: Monthly scorecard, all vendors, May 2026' });
    expect(rows[1]).toMatchObject({ title: 'North Support scorecard', status: 'Being generated', generated: '—', size: '—', file: null });
  });

  it('asks to generate one vendor’s report again by its slug', () => {
    expect(rows[2]).toMatchObject({ again: { month: '2026-05', vendor: 'south' }, againLabel: 'Generate again: South Desk scorecard, May 2026' });
  });

  it('shows why a report failed, keeping the earlier file when there is one', () => {
    const [row] = toReportRows([report({ status: 'failed', error: 'vendor v9 no longer exists' })], (iso) => iso);
    expect(row).toMatchObject({ status: 'Failed', failure: 'vendor v9 no longer exists', file: '/api/reports/archive/r/file' });
  });

  it('shows the attempts of a report whose generation failed once and is retried', () => {
    const job = { state: 'retrying' as const, attempt: 1, attempts: 4, lastFailure: 'connection terminated', nextRetryAt: '2026-06-01T02:00:01.000Z' };
    const [row] = toReportRows([report({ status: 'pending', job })], (iso) => `at ${iso}`);
    expect(row).toMatchObject({ status: 'Being generated again', attempts: 'Attempt 1 of 4 failed: connection terminated. Next attempt at at 2026-06-01T02:00:01.000Z' });
  });

  it('tells a report being generated again from a first generation', () => {
    expect(toReportRows([report({ status: 'pending' })], (iso) => iso)[0]?.status).toBe('Being generated again');
  });
});

describe('months', () => {
  it('names a month and finds the one before a date', () => {
    expect(monthWords('2026-01')).toBe('January 2026');
    expect(previousMonth(new Date('2026-01-01T00:30:00Z'))).toBe('2025-12');
  });
});
