import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { unlink } from 'node:fs/promises';
import { z } from 'zod';
import { IMPORT_FORMATS, ImportErrorDto, ImportJobDto } from '@rapport/contracts';
import { AuditService } from '@rapport/api-audit';
import { APP_CONFIG, AppConfig, DomainError, Principal } from '@rapport/api-core';
import { ColumnMappingsService } from './column-mappings.service';
import { importErrorsCsv } from './errors-csv';
import { toImportErrorDto, toImportJobDto } from './import-job.dto';
import { ImportJob } from './import-job.entity';
import { ImportJobStore } from './import-job.store';
import { buildImportOptions } from './import-options';
import { IMPORT_QUEUE, ImportQueue } from './import-queue';
import { DEFAULT_PART_LIMITS, expandParts, ImportPart, partsLabel, PartsRefused } from './import-parts';

const flag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

/** Text fields sent with the file in `POST /api/imports`. */
export const uploadFieldsSchema = z.object({
  format: z.enum(IMPORT_FORMATS),
  source: z.string().trim().min(1).max(100).optional(),
  vendor: z.string().trim().min(1).max(100).optional(),
  redactPii: flag.optional(),
  mappingId: z.uuid().optional(),
  /** JSON object of format options (columnMapping, defaults, delimiter, defaultScale, vendorByBrand…). */
  options: z.string().max(100_000).optional(),
});
export type UploadFields = z.infer<typeof uploadFieldsSchema>;

/** An uploaded file already streamed to disk. */
export interface StoredUpload {
  path: string;
  originalName: string;
  size: number;
}

/** Import jobs as the API sees them: created from uploads, run by the queue, read for progress and errors. */
@Injectable()
export class ImportsService {
  constructor(
    private readonly store: ImportJobStore,
    private readonly mappings: ColumnMappingsService,
    @Inject(IMPORT_QUEUE) private readonly queue: ImportQueue,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Validates the fields and the files (the uploads are deleted if anything is wrong), creates one job for all the
   * files and queues it.
   */
  async createFromUpload(uploads: readonly StoredUpload[], rawFields: unknown, principal: Principal, now: string, ip: string | null = null): Promise<ImportJobDto> {
    const upload = uploads[0];
    if (!upload) {
      throw DomainError.invalid('a file is required (multipart field "file")', [{ line: 0, field: 'file', reason: 'missing' }]);
    }
    try {
      const parts = await this.parts(uploads);
      const fields = parseUploadFields(rawFields);
      const extra = fields.options === undefined ? {} : parseOptionsField(fields.options);
      const input = {
        ...extra,
        // An API key writes its own source; `scope` below rejects any other.
        ...(fields.source || principal.source ? { source: fields.source ?? principal.source } : {}),
        ...(fields.vendor ? { vendor: fields.vendor } : {}),
        ...(fields.redactPii !== undefined ? { redactPii: fields.redactPii } : {}),
      };
      if ((input as { createVendors?: unknown }).createVendors === true && principal.kind === 'api-key') {
        throw new DomainError(403, 'forbidden', 'only administrators may create vendors from an import; API keys may not');
      }
      const saved = fields.mappingId ? await this.mappings.get(fields.mappingId) : undefined;
      const built = buildImportOptions(fields.format, input, saved);
      if (built.problems) {
        throw DomainError.invalid(built.problems.join('; '), built.problems.map((reason) => ({ line: 0, field: 'options', reason })));
      }
      const job = await this.store.create({
        id: randomUUID(),
        format: fields.format,
        status: 'queued',
        fileName: partsLabel(uploads.map((one) => one.originalName)),
        filePath: upload.path,
        parts,
        ownsFile: true,
        fingerprint: null,
        options: built.options,
        bytesTotal: parts ? parts.reduce((sum, part) => sum + part.bytes, 0) : upload.size,
        writeScope: principal.kind === 'api-key' ? { ...(principal.source ? { source: principal.source } : {}), vendorScope: principal.vendorScope } : null,
        createdBy: (principal.label ?? principal.id).slice(0, 300),
        createdAt: now,
      });
      await this.audit.record({
        actor: principal,
        action: 'import.start',
        target: { type: 'import_job', id: job.id },
        vendorId: principal.vendorScope,
        ip,
        details: { format: job.format, fileName: job.fileName, bytes: job.bytesTotal, files: parts?.length ?? 1 },
      });
      this.queue.enqueue(job.id);
      return toImportJobDto(job);
    } catch (error) {
      await Promise.all(uploads.map((one) => unlink(one.path).catch(() => undefined)));
      throw error;
    }
  }

  /** The files in reading order, zips opened; null for one plain file, read as before. */
  private async parts(uploads: readonly StoredUpload[]): Promise<ImportPart[] | null> {
    const files = uploads.map((one) => ({ path: one.path, name: uploadName(one.originalName), bytes: one.size }));
    try {
      const parts = await expandParts(files, { ...DEFAULT_PART_LIMITS, maxTotalBytes: this.config.uploads.maxBytes });
      return parts.length === 1 && parts[0]?.entry === undefined ? null : parts;
    } catch (error) {
      if (error instanceof PartsRefused) {
        throw DomainError.invalid(error.message, [{ line: 0, field: 'file', reason: error.message }]);
      }
      throw error;
    }
  }

  async get(id: string): Promise<ImportJobDto> {
    return toImportJobDto(await this.job(id));
  }

  async list(limit: number, offset: number): Promise<{ items: ImportJobDto[]; total: number }> {
    const [jobs, total] = await this.store.list(limit, offset);
    return { items: jobs.map(toImportJobDto), total };
  }

  async errors(id: string, limit: number, offset: number): Promise<{ items: ImportErrorDto[]; total: number }> {
    const job = await this.job(id);
    return { items: (await this.store.errorsPage(id, offset, limit)).map(toImportErrorDto), total: job.errorCount + job.noticeCount };
  }

  /**
   * The job's rejected rows and notices as CSV, read page by page so any number of errors streams in bounded memory. Rejected
   * rows quote the file's content, so the download is audited like the other exports.
   */
  async errorsCsv(id: string, principal: Principal, ip: string | null = null): Promise<AsyncGenerator<string>> {
    const job = await this.job(id);
    await this.audit.record({
      actor: principal,
      action: 'export.download',
      target: { type: 'import_job', id },
      ip,
      details: { export: 'import errors', rows: job.errorCount + job.noticeCount, fileName: job.fileName },
    });
    return importErrorsCsv(this.store, id);
  }

  private async job(id: string): Promise<ImportJob> {
    const job = await this.store.get(id);
    if (!job) {
      throw DomainError.notFound(`Import ${id}`);
    }
    return job;
  }
}

function uploadName(originalName: string): string {
  return partsLabel([originalName]);
}

function parseUploadFields(raw: unknown): UploadFields {
  const parsed = uploadFieldsSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => ({ line: 0, field: issue.path.join('.') || undefined, reason: issue.message }));
    throw DomainError.invalid(details.map((d) => (d.field ? `${d.field}: ${d.reason}` : d.reason)).join('; '), details);
  }
  return parsed.data;
}

function parseOptionsField(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw DomainError.invalid('options must be a JSON object', [{ line: 0, field: 'options', reason: 'not a JSON object' }]);
  }
  return value as Record<string, unknown>;
}
