import { jobAttemptsDto, JobPhase } from '@rapport/api-core';
import type { ImportErrorDto, ImportJobDto, ImportStatus } from '@rapport/contracts';
import type { ImportJobError } from './import-job-error.entity';
import type { ImportJob } from './import-job.entity';
import { recordKindOf } from './import-options';

/** An interrupted import (its process stopped and nobody resumed it) shows as failed with the reason it keeps. */
const PHASES: Record<ImportStatus, JobPhase> = { queued: 'waiting', running: 'running', completed: 'done', failed: 'failed', interrupted: 'failed' };

export function toImportJobDto(job: ImportJob): ImportJobDto {
  return {
    id: job.id,
    format: job.format,
    recordKind: recordKindOf(job.format),
    status: job.status,
    fileName: job.fileName,
    files: job.parts ? job.parts.map((part) => part.name) : [job.fileName],
    bytesTotal: job.bytesTotal,
    bytesProcessed: job.bytesProcessed,
    linesProcessed: job.linesProcessed,
    counts: { received: job.received, created: job.created, updated: job.updated, unchanged: job.unchanged, failed: job.failed },
    surveysStored: job.surveysStored,
    surveysWaiting: job.surveysWaiting,
    errorCount: job.errorCount,
    noticeCount: job.noticeCount,
    failure: job.failure,
    job: jobAttemptsDto(job, PHASES[job.status], job.failure),
    createdBy: job.createdBy,
    createdAt: job.createdAt,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
  };
}

export function toImportErrorDto(error: ImportJobError): ImportErrorDto {
  return { kind: error.kind, line: error.line, item: error.item, field: error.field, reason: error.reason };
}
