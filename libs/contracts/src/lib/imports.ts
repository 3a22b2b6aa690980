import { z } from 'zod';
import type { JobAttemptsDto } from './jobs';

/** File formats `POST /api/imports` and `rapport import` accept. */
export const IMPORT_FORMATS = ['jsonl', 'message-csv', 'twcs', 'zendesk', 'survey-csv', 'survey-json'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const IMPORT_STATUSES = ['queued', 'running', 'completed', 'failed', 'interrupted'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** What an import stores: conversations (transcript formats) or survey answers (CSAT formats). */
export type ImportRecordKind = 'conversations' | 'surveys';

export interface ImportCountsDto {
  /** Records read: stored, unchanged and rejected. */
  received: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
}

export interface ImportJobDto {
  id: string;
  format: ImportFormat;
  recordKind: ImportRecordKind;
  status: ImportStatus;
  fileName: string;
  /** The files read, in order, when the import took several or a zip (`archive.zip/tickets.json`); else just `fileName`. */
  files: string[];
  bytesTotal: number;
  bytesProcessed: number;
  /** Last line of the file that is committed. */
  linesProcessed: number;
  counts: ImportCountsDto;
  /** Survey answers stored along with conversations (Zendesk satisfaction ratings). */
  surveysStored: number;
  /** Survey answers stored whose conversation has not arrived yet; they are linked when it does. */
  surveysWaiting: number;
  /** Rejected rows; download them, with the notices, at `/api/imports/:id/errors.csv`. */
  errorCount: number;
  /**
   * What the import changed or decided without rejecting a row: the file read as Windows-1252, messages sorted into
   * time order, exact duplicate rows left out, NUL characters removed. Listed with the errors, `kind: 'notice'`.
   */
  noticeCount: number;
  /** Why the import stopped early (bad encoding, missing header, internal error), if it did. */
  failure: string | null;
  /** Its job on the queue: waiting, running, retrying (attempt k of n, next run at), failed with reason, done. */
  job: JobAttemptsDto;
  /** Who started it: a user's email, an API key's name, or `command line`. */
  createdBy: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

/** A row of an import's report: a rejected row (`error`) or a change made without rejecting anything (`notice`). */
export type ImportRowKind = 'error' | 'notice';

export interface ImportErrorDto {
  kind: ImportRowKind;
  line: number;
  item: number | null;
  field: string | null;
  reason: string;
}

export interface ColumnMappingDto {
  id: string;
  name: string;
  format: ImportFormat;
  /** Canonical field → header of the client's file. */
  mapping: Record<string, string>;
  /** Values for fields the file lacks (e.g. vendor or channel for a one-vendor export). */
  defaults: Record<string, string>;
  createdAt: string;
}

export const columnMappingSchema = z.object({
  name: z.string().trim().min(1).max(200),
  format: z.enum(['message-csv', 'survey-csv']),
  mapping: z.record(z.string().min(1).max(100), z.string().trim().min(1).max(200)),
  defaults: z.record(z.string().min(1).max(100), z.string().max(200)).default({}),
});
export type ColumnMappingInput = z.infer<typeof columnMappingSchema>;
