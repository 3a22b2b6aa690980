import type { ArchivedReportDto, RegenerateReportsRequest, UserRole } from '@rapport/contracts';
import { jobStateText, jobStateWorthShowing } from '@rapport/dashboard-ui';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const STATUS_WORDS: Record<ArchivedReportDto['status'], string> = { pending: 'Being generated', ready: 'Ready', failed: 'Failed' };

/** Who may have the month's reports generated again (the API refuses others). */
export const REGENERATING_ROLES: readonly UserRole[] = ['admin', 'qa-lead', 'vendor-manager'];

export interface ReportRow {
  id: string;
  month: string;
  title: string;
  status: string;
  generated: string;
  size: string;
  /** The download link, or null while there is no file yet. */
  file: string | null;
  /** Accessible name of the link: what is downloaded, not just "PDF". */
  label: string;
  /** Why the last generation failed, shown under the status; null unless it failed. */
  failure: string | null;
  /** The generation job's attempts once a run failed (retrying, or done or failed after several); null otherwise. */
  attempts: string | null;
  /** What "Generate again" asks for: this report only. */
  again: RegenerateReportsRequest;
  /** Accessible name of the row's "Generate again" button. */
  againLabel: string;
}

export function monthWords(month: string): string {
  const [year, number] = month.split('-');
  return `${MONTHS[Number(number) - 1] ?? month} ${year ?? ''}`.trim();
}

function size(bytes: number | null): string {
  if (bytes === null) {
    return '—';
  }
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The archive as table rows: newest month first, the monthly report before the vendors' in name order. */
export function toReportRows(items: readonly ArchivedReportDto[], formatDate: (iso: string) => string): ReportRow[] {
  return [...items]
    .sort((a, b) => b.month.localeCompare(a.month) || (a.vendor === null ? -1 : b.vendor === null ? 1 : a.vendor.name.localeCompare(b.vendor.name)))
    .map((item) => {
      const title = item.vendor ? `${item.vendor.name} scorecard` : 'Monthly scorecard, all vendors';
      return {
        id: item.id,
        month: monthWords(item.month),
        title,
        status: item.status === 'pending' && item.generatedAt ? 'Being generated again' : STATUS_WORDS[item.status],
        generated: item.generatedAt ? formatDate(item.generatedAt) : '—',
        size: size(item.bytes),
        file: item.bytes !== null ? item.file : null,
        label: `PDF: ${title}, ${monthWords(item.month)}`,
        failure: item.status === 'failed' ? item.error : null,
        attempts: jobStateWorthShowing(item.job) ? jobStateText(item.job, formatDate) : null,
        again: item.vendor ? { month: item.month, vendor: item.vendor.slug } : { month: item.month, monthlyOnly: true },
        againLabel: `Generate again: ${title}, ${monthWords(item.month)}`,
      };
    });
}

/** The last complete month before `now`, as YYYY-MM: what "regenerate" proposes. */
export function previousMonth(now: Date): string {
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return date.toISOString().slice(0, 7);
}
