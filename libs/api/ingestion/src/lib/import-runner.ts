import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { existsSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { DataSource, EntityManager } from 'typeorm';
import { createImportedVendors } from '@rapport/api-vendors';
import { ALL_VENDORS, IngestionLock, isTransientDatabaseError } from '@rapport/api-database';
import { ConversationWriter, SurveyOutcome, TicketTranscripts, SurveyWriter, WriteOutcome } from '@rapport/api-conversations';
import { ScoringWorker, VendorProfiles } from '@rapport/api-scoring';
import { BatchLimits, BatchTally, DEFAULT_BATCH_LIMITS, ImportBatch } from './import-batch';
import { openPartsStream } from './parts-stream';
import { ImportJob } from './import-job.entity';
import { ImportJobStore, JobOwnershipLost } from './import-job.store';
import { importOptionsSchema, recordKindOf } from './import-options';
import type { JobOwner } from './job-owner';
import { matchBatchVendors } from './vendor-matching';
import { joinTicketParts } from './ticket-join';
import type { ImportPart } from './import-parts';

export interface RunOptions {
  /** Called after every committed batch with the job as stored. */
  onProgress?: (job: ImportJob) => void;
  /** Stops after the batch being committed; the job stays `running` with its cursor, to be resumed. */
  signal?: AbortSignal;
  limits?: BatchLimits;
  /** Record ids kept in memory for duplicate detection before they go to a temporary file; default 500,000. */
  idsInMemory?: number;
  /**
   * A dropped connection or a deadlock leaves the job running, holding its cursor, and throws, so that its queue runs
   * it again (and it resumes after the last committed batch) instead of marking it failed.
   */
  rethrowTransient?: boolean;
}

/** A job not committed for this long is presumed abandoned by its process; heartbeats keep a slow job fresh. */
const HEARTBEAT_MS = 15_000;
/** About 10–20 MB of ids: a file with more (over about 600 MB of message CSV) spills the rest to a temporary file. */
const IDS_IN_MEMORY = 500_000;

/**
 * Streams a claimed job's file through its format's parser and stores it batch by batch. Each batch (records,
 * rejected rows, counts and the cursor) is one transaction, so a crash loses nothing committed and a re-run skips
 * exactly the committed records. While a batch is being written the next one is parsed, so parsing and the
 * database work overlap; at most two batches are held in memory whatever the file size.
 */
@Injectable()
export class ImportRunner {
  private readonly logger = new Logger('ImportRunner');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: ImportJobStore,
    private readonly conversations: ConversationWriter,
    private readonly surveys: SurveyWriter,
    private readonly lock: IngestionLock,
    private readonly scoring: ScoringWorker,
    private readonly vendors: VendorProfiles,
    private readonly transcripts: TicketTranscripts,
  ) {}

  async run(jobId: string, owner: JobOwner, options: RunOptions = {}): Promise<ImportJob> {
    const job = await this.store.get(jobId);
    if (!job || job.owner !== owner.id) {
      throw new JobOwnershipLost(jobId);
    }
    if (!partsOf(job).every((part) => existsSync(part.path))) {
      await this.store.finish(
        job.id,
        owner.id,
        'interrupted',
        `the file ${job.fileName} is no longer available; import it again (stored records will show as unchanged)`,
        now(),
      );
      return (await this.store.get(job.id)) as ImportJob;
    }
    const heartbeat = setInterval(() => {
      this.store
        .heartbeat(job.id, owner.id, now())
        .catch((error: unknown) => this.logger.warn(`heartbeat failed: ${String(error)}`));
    }, HEARTBEAT_MS);
    heartbeat.unref();
    try {
      const fatal = await this.stream(job, owner, options);
      if (options.signal?.aborted) {
        return job;
      }
      await this.finish(job, owner, fatal ? `stopped at line ${fatal.line}: ${fatal.reason}` : null);
    } catch (error) {
      if (error instanceof JobOwnershipLost || (options.rethrowTransient && isTransientDatabaseError(error))) {
        throw error;
      }
      this.logger.error(error instanceof Error ? error : String(error));
      await this.finish(job, owner, `internal error: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      clearInterval(heartbeat);
    }
    return (await this.store.get(job.id)) as ImportJob;
  }

  /** Reads the file from the start, skips the committed records and commits the rest; returns a fatal parse error. */
  private async stream(
    job: ImportJob,
    owner: JobOwner,
    options: RunOptions,
  ): Promise<{ line: number; reason: string } | undefined> {
    const limits = options.limits ?? DEFAULT_BATCH_LIMITS;
    const parserOptions = importOptionsSchema.parse(job.options);
    const parser = openPartsStream(job.format, partsOf(job), parserOptions, options.idsInMemory ?? IDS_IN_MEMORY);
    let batch = new ImportBatch(parserOptions.source);
    /** Vendor values already matched with a notice in this run. */
    const announced = new Set<string>();
    let pending: Promise<void> | undefined;
    const resumeAfter = job.recordsCommitted;
    let ordinal = 0;
    try {
      for await (const record of parser) {
        ordinal++;
        if (ordinal <= resumeAfter) {
          continue;
        }
        batch.add(record, ordinal);
        if (batch.fatal) {
          break;
        }
        if (batch.isFull(limits)) {
          const ready = batch;
          batch = new ImportBatch(parserOptions.source);
          await pending;
          if (options.signal?.aborted) {
            return undefined;
          }
          pending = this.commit(job, owner, ready, parser.bytesConsumed, options, announced);
          // Awaited before the next commit or at the end; this only keeps the rejection from counting as unhandled meanwhile.
          pending.catch(() => undefined);
        }
      }
      await pending;
      if (!batch.isEmpty() && !options.signal?.aborted) {
        await this.commit(job, owner, batch, parser.bytesConsumed, options, announced);
      }
      return batch.fatal;
    } finally {
      parser.close();
    }
  }

  private async commit(
    job: ImportJob,
    owner: JobOwner,
    batch: ImportBatch,
    bytes: number,
    options: RunOptions,
    announced: Set<string>,
  ): Promise<void> {
    const kind = recordKindOf(job.format);
    const scope = job.writeScope ?? ALL_VENDORS;
    const tally = await this.lock.run(() =>
      this.dataSource.transaction(async (manager): Promise<BatchTally> => {
        const at = now();
        await this.store.holdForBatch(manager, job.id, owner.id, at);
        if (batch.ticketParts.length > 0) {
          // Tickets and comments become conversations only once joined with what earlier imports left.
          const vendorIds = async (slugs: readonly string[]) =>
            new Map([...(await this.vendors.bySlug(manager, slugs))].map(([slug, profile]) => [slug, profile.id]));
          const joined = await joinTicketParts(manager, this.transcripts, batch.ticketParts, scope, at, vendorIds);
          batch.conversations.push(...joined.conversations);
          batch.notices.push(...joined.notices);
          if (joined.removed > 0) {
            batch.notices.push({ line: batch.lastLine, item: null, field: 'status', reason: `${joined.removed} conversation(s) of deleted tickets removed` });
          }
        }
        const create = job.options['createVendors'] === true ? (m: EntityManager, names: readonly string[]) => createImportedVendors(m, names, at) : undefined;
        batch.notices.push(...(await matchBatchVendors(manager, this.vendors, batch.conversations, scope, announced, create)));
        const conversations: WriteOutcome[] =
          batch.conversations.length > 0
            ? await this.conversations.writeWith(manager, batch.conversations, at, scope)
            : [];
        // After the conversations, so a ticket's satisfaction rating links to the ticket stored in the same batch.
        const toWrite = batch.surveysToWrite(conversations);
        const surveys: SurveyOutcome[] =
          toWrite.length > 0 ? await this.surveys.writeWith(manager, toWrite, scope) : [];
        const result = batch.tally(kind, conversations, surveys);
        await this.store.commit(
          manager,
          job.id,
          {
            tally: result,
            recordsCommitted: batch.lastRecord,
            bytesProcessed: Math.min(bytes, job.bytesTotal),
            linesProcessed: Math.max(job.linesProcessed, batch.lastLine),
          },
          at,
        );
        return result;
      }),
    );
    applyTally(job, tally, batch, Math.min(bytes, job.bytesTotal));
    if (tally.created + tally.updated > 0) {
      this.scoring.kick();
    }
    options.onProgress?.(job);
  }

  private async finish(job: ImportJob, owner: JobOwner, failure: string | null): Promise<void> {
    await this.store.finish(job.id, owner.id, failure ? 'failed' : 'completed', failure, now());
    if (job.ownsFile) {
      // Uploads may hold personal data the import redacted: they do not outlive the import.
      const paths = new Set(partsOf(job).map((part) => part.path));
      await Promise.all([...paths].map((path) => unlink(path).catch(() => undefined)));
    }
  }
}

/** Keeps the in-memory job equal to the stored one without reading it back after every batch. */
function applyTally(job: ImportJob, tally: BatchTally, batch: ImportBatch, bytes: number): void {
  job.received += tally.received;
  job.created += tally.created;
  job.updated += tally.updated;
  job.unchanged += tally.unchanged;
  job.failed += tally.failed;
  job.surveysStored += tally.surveysStored;
  job.surveysWaiting += tally.surveysWaiting;
  job.errorCount += tally.errors.length;
  job.noticeCount += tally.notices.length;
  job.recordsCommitted = batch.lastRecord;
  job.bytesProcessed = bytes;
  job.linesProcessed = Math.max(job.linesProcessed, batch.lastLine);
}

/** The job's files in reading order: its parts, or its one file. */
export function partsOf(job: Pick<ImportJob, 'parts' | 'fileName' | 'filePath' | 'bytesTotal'>): ImportPart[] {
  return job.parts ?? [{ name: job.fileName, path: job.filePath, bytes: job.bytesTotal }];
}

function now(): string {
  return new Date().toISOString();
}
