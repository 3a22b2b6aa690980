import { z } from 'zod';
import type { VendorRef } from './analytics/responses';
import type { JobAttemptsDto } from './jobs';

export const ARCHIVED_REPORT_KINDS = ['monthly', 'vendor'] as const;
export type ArchivedReportKind = (typeof ARCHIVED_REPORT_KINDS)[number];
export const ARCHIVED_REPORT_STATUSES = ['pending', 'ready', 'failed'] as const;
export type ArchivedReportStatus = (typeof ARCHIVED_REPORT_STATUSES)[number];

/** `GET /api/reports/archive`: one kept report; `file` downloads it once `status` is `ready`. */
export interface ArchivedReportDto {
  id: string;
  kind: ArchivedReportKind;
  month: string;
  /** The vendor of a per-vendor report; null for the monthly report. */
  vendor: VendorRef | null;
  status: ArchivedReportStatus;
  /** When the file was last generated (null while the first generation is pending). */
  generatedAt: string | null;
  /** Size of the PDF in bytes; null until generated. */
  bytes: number | null;
  file: string;
  /** Why the last generation failed, in words a lead can act on; null unless `status` is `failed`. */
  error: string | null;
  /** Its generation job on the queue: attempts made, the last failure, and when a retry runs. */
  job: JobAttemptsDto;
}

export interface ArchivedReportListDto {
  items: ArchivedReportDto[];
}

/** `POST /api/reports/archive/regenerate`: the month's reports (or one vendor's) generated again in the background. */
export const regenerateReportsSchema = z.strictObject({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month YYYY-MM'),
  vendor: z.string().trim().min(1).max(100).optional().describe('Only this vendor’s report (slug or id); default: the monthly report and every vendor’s'),
  monthlyOnly: z.literal(true).optional().describe('Only the monthly report of all vendors (not with `vendor`)'),
}).refine((request) => !(request.vendor && request.monthlyOnly), { message: 'ask for one vendor’s report or the monthly report only, not both', path: ['monthlyOnly'] });
export type RegenerateReportsRequest = z.infer<typeof regenerateReportsSchema>;

export interface RegenerateReportsDto {
  /** Reports queued for generation; they turn `ready` in the list when done. */
  queued: number;
}
