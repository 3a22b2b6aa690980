import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { dialectOf, IngestionLock, insertRows } from '@rapport/api-database';
import type { ImportStatus } from '@rapport/contracts';
import type { JobAttemptFields } from '@rapport/api-core';
import type { BatchTally } from './import-batch';
import { ImportJobError } from './import-job-error.entity';
import { ImportJob } from './import-job.entity';

/** Where a committed batch leaves the job. */
export interface CommittedProgress {
  tally: BatchTally;
  recordsCommitted: number;
  bytesProcessed: number;
  linesProcessed: number;
}

export const UNFINISHED_STATUSES: readonly ImportStatus[] = ['queued', 'running'];

/**
 * Reads and writes import jobs and their errors. Progress is written inside the batch's transaction; the other
 * writes take the ingestion lock themselves, so they never land inside another writer's transaction.
 */
@Injectable()
export class ImportJobStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lock: IngestionLock,
  ) {}

  async create(job: Omit<ImportJob, 'parts' | 'bytesProcessed' | 'linesProcessed' | 'recordsCommitted' | 'received' | 'created' | 'updated' | 'unchanged' | 'failed' | 'surveysStored' | 'surveysWaiting' | 'errorCount' | 'noticeCount' | 'failure' | 'owner' | 'heartbeatAt' | 'startedAt' | 'finishedAt' | keyof JobAttemptFields> & { parts?: ImportJob['parts'] }): Promise<ImportJob> {
    return this.lock.run(() => this.dataSource.getRepository(ImportJob).save({
      parts: null,
      ...job,
      bytesProcessed: 0,
      linesProcessed: 0,
      recordsCommitted: 0,
      received: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      failed: 0,
      surveysStored: 0,
      surveysWaiting: 0,
      errorCount: 0,
      noticeCount: 0,
      failure: null,
      owner: null,
      heartbeatAt: null,
      startedAt: null,
      finishedAt: null,
      attempt: 0,
      maxAttempts: 0,
      lastFailure: null,
      nextRetryAt: null,
    }));
  }

  get(id: string): Promise<ImportJob | null> {
    return this.dataSource.getRepository(ImportJob).findOneBy({ id });
  }

  list(limit: number, offset: number): Promise<[ImportJob[], number]> {
    return this.dataSource.getRepository(ImportJob).findAndCount({ order: { createdAt: 'DESC', id: 'ASC' }, take: limit, skip: offset });
  }

  findUnfinished(): Promise<ImportJob[]> {
    return this.dataSource.getRepository(ImportJob).find({ where: { status: In([...UNFINISHED_STATUSES]) }, order: { createdAt: 'ASC' } });
  }

  /** The latest unfinished or interrupted job for the same command-line file and options. */
  findResumable(fingerprint: string): Promise<ImportJob | null> {
    return this.dataSource.getRepository(ImportJob).findOne({
      where: { fingerprint, status: In([...UNFINISHED_STATUSES, 'interrupted']) },
      order: { createdAt: 'DESC' },
    });
  }

  /**
   * Takes the job for `owner` if nobody holds it or its holder is `previousOwner` (seen gone): a compare-and-set,
   * so two processes recovering the same job cannot both run it.
   */
  async claim(jobId: string, owner: string, previousOwner: string | null, now: string): Promise<boolean> {
    const dialect = dialectOf(this.dataSource.manager);
    const p = (i: number) => dialect.param(i);
    // Parameters in order of appearance: SQLite's `?` placeholders are positional.
    await this.lock.run(() =>
      this.dataSource.query(
        `UPDATE import_jobs SET owner = ${p(0)}, status = 'running', heartbeat_at = ${p(1)}, started_at = COALESCE(started_at, ${p(2)}), failure = NULL
          WHERE id = ${p(3)} AND ${previousOwner === null ? 'owner IS NULL' : `owner = ${p(4)}`}`,
        previousOwner === null ? [owner, now, now, jobId] : [owner, now, now, jobId, previousOwner],
      ),
    );
    const job = await this.get(jobId);
    return job?.owner === owner;
  }

  /**
   * The first statement of a batch's transaction: writes the job's row, then checks that `owner` still holds it.
   * Writing first takes the database's write lock before anything is read. On SQLite a transaction that reads and
   * then writes fails at once with SQLITE_BUSY when another process (the API scoring what the command line stores)
   * committed in between, instead of waiting its turn; on PostgreSQL it locks the row against a concurrent takeover.
   */
  async holdForBatch(manager: EntityManager, jobId: string, owner: string, now: string): Promise<void> {
    const dialect = dialectOf(manager);
    const p = (i: number) => dialect.param(i);
    await manager.query(`UPDATE import_jobs SET heartbeat_at = ${p(0)} WHERE id = ${p(1)} AND owner = ${p(2)}`, [now, jobId, owner]);
    const [row] = await manager.query(`SELECT owner FROM import_jobs WHERE id = ${p(0)}`, [jobId]);
    if (row?.owner !== owner) {
      throw new JobOwnershipLost(jobId);
    }
  }

  /** Adds a batch's counts and errors and moves the cursor, in the transaction `holdForBatch` began. */
  async commit(manager: EntityManager, jobId: string, progress: CommittedProgress, now: string): Promise<void> {
    const dialect = dialectOf(manager);
    const p = (i: number) => dialect.param(i);
    const { tally } = progress;
    await insertRows(
      manager,
      'import_job_errors',
      ['job_id', 'kind', 'line', 'item', 'field', 'reason'],
      [
        ...tally.errors.map((error) => [jobId, 'error', error.line, error.item, error.field, error.reason]),
        ...tally.notices.map((notice) => [jobId, 'notice', notice.line, notice.item, notice.field, notice.reason]),
      ],
    );
    await manager.query(
      `UPDATE import_jobs SET
         received = received + ${p(0)}, created = created + ${p(1)}, updated = updated + ${p(2)}, unchanged = unchanged + ${p(3)},
         failed = failed + ${p(4)}, surveys_stored = surveys_stored + ${p(5)}, surveys_waiting = surveys_waiting + ${p(6)},
         error_count = error_count + ${p(7)}, records_committed = ${p(8)}, bytes_processed = ${p(9)}, lines_processed = ${p(10)},
         notice_count = notice_count + ${p(11)}, heartbeat_at = ${p(12)}
       WHERE id = ${p(13)}`,
      [
        tally.received, tally.created, tally.updated, tally.unchanged, tally.failed, tally.surveysStored, tally.surveysWaiting,
        tally.errors.length, progress.recordsCommitted, progress.bytesProcessed, progress.linesProcessed,
        tally.notices.length, now, jobId,
      ],
    );
  }

  async heartbeat(jobId: string, owner: string, now: string): Promise<void> {
    await this.lock.run(() => this.dataSource.getRepository(ImportJob).update({ id: jobId, owner }, { heartbeatAt: now }));
  }

  async finish(jobId: string, owner: string | null, status: ImportStatus, failure: string | null, now: string): Promise<void> {
    const where = owner === null ? { id: jobId } : { id: jobId, owner };
    await this.lock.run(() => this.dataSource.getRepository(ImportJob).update(where, { status, failure, finishedAt: now, owner: null }));
  }

  /** Records a run of the job's queue job starting or failing, for the Imports page. */
  async recordAttempt(jobId: string, fields: Partial<JobAttemptFields>): Promise<void> {
    await this.lock.run(() => this.dataSource.getRepository(ImportJob).update({ id: jobId }, fields));
  }

  /** A page of errors and notices in file order, for display. */
  errorsPage(jobId: string, offset: number, limit: number): Promise<ImportJobError[]> {
    return this.dataSource.getRepository(ImportJobError).find({ where: { jobId }, order: { line: 'ASC', id: 'ASC' }, skip: offset, take: limit });
  }

  /** Errors and notices in file order, a page at a time after `after` (keyset on line and id keeps a download of millions cheap). */
  errors(jobId: string, after: { line: number; id: number } | null, limit: number): Promise<ImportJobError[]> {
    const query = this.dataSource.getRepository(ImportJobError).createQueryBuilder('e').where('e.job_id = :jobId', { jobId });
    if (after) {
      query.andWhere('(e.line > :line OR (e.line = :line AND e.id > :id))', after);
    }
    return query.orderBy('e.line', 'ASC').addOrderBy('e.id', 'ASC').limit(limit).getMany();
  }
}

export class JobOwnershipLost extends Error {
  constructor(jobId: string) {
    super(`import ${jobId} was taken over by another process`);
    this.name = 'JobOwnershipLost';
  }
}
