import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ImportFormat, ImportStatus } from '@rapport/contracts';
import type { ImportPart } from './import-parts';

/** PostgreSQL returns BIGINT as text; byte counts of multi-gigabyte files need 64 bits. */
const bigintAsNumber = {
  to: (value: number) => value,
  from: (value: string | number | null) => (value === null ? 0 : Number(value)),
};

/**
 * One file import. Counts and the resume cursor (`recordsCommitted`) are written in the same transaction as each
 * batch of records, so after a crash the row says exactly what is stored and a re-run continues from there.
 */
@Entity('import_jobs')
export class ImportJob {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 30 })
  format!: ImportFormat;

  @Column({ type: 'varchar', length: 20 })
  status!: ImportStatus;

  @Column({ name: 'file_name', type: 'varchar', length: 300 })
  fileName!: string;

  /** Where the file is read from: the stored upload, or the user's file for command-line imports. */
  @Column({ name: 'file_path', type: 'varchar', length: 1000 })
  filePath!: string;

  /** The files of an import of several files or of a zip, in reading order; null for one plain file (`filePath`). */
  @Column({ type: 'simple-json', nullable: true })
  parts!: ImportPart[] | null;

  /** Whether the file belongs to the import (an upload, deleted when done) or to the user (command line). */
  @Column({ name: 'owns_file', type: 'boolean' })
  ownsFile!: boolean;

  /** Identifies a command-line file (path, size, modification time, options) so re-running resumes this job. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  fingerprint!: string | null;

  /** Parser options (column mapping, defaults, PII redaction…), frozen when the job is created. */
  @Column({ type: 'simple-json' })
  options!: Record<string, unknown>;

  /**
   * An API key's limits (its source and vendor), or the vendor the command line's `--vendor` binds the import to,
   * applied to every record; null for users and the command line without `--vendor`.
   */
  @Column({ name: 'write_scope', type: 'simple-json', nullable: true })
  writeScope!: { source?: string; vendorScope: string | null; writer?: string } | null;

  /** Who started the import, for the history list: a user's email, an API key's name, or the command line. */
  @Column({ name: 'created_by', type: 'varchar', length: 300, nullable: true })
  createdBy!: string | null;

  @Column({ name: 'bytes_total', type: 'bigint', transformer: bigintAsNumber })
  bytesTotal!: number;

  @Column({ name: 'bytes_processed', type: 'bigint', transformer: bigintAsNumber })
  bytesProcessed!: number;

  @Column({ name: 'lines_processed', type: 'integer' })
  linesProcessed!: number;

  /** Parser records (stored or rejected) committed so far, in file order: the resume cursor. */
  @Column({ name: 'records_committed', type: 'integer' })
  recordsCommitted!: number;

  @Column({ type: 'integer' })
  received!: number;

  @Column({ type: 'integer' })
  created!: number;

  @Column({ type: 'integer' })
  updated!: number;

  @Column({ type: 'integer' })
  unchanged!: number;

  @Column({ type: 'integer' })
  failed!: number;

  @Column({ name: 'surveys_stored', type: 'integer' })
  surveysStored!: number;

  @Column({ name: 'surveys_waiting', type: 'integer' })
  surveysWaiting!: number;

  @Column({ name: 'error_count', type: 'integer' })
  errorCount!: number;

  @Column({ name: 'notice_count', type: 'integer', default: 0 })
  noticeCount!: number;

  @Column({ type: 'text', nullable: true })
  failure!: string | null;

  /** The process running the job (`host:pid`); another process takes over only when this one is gone. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  owner!: string | null;

  @Column({ name: 'heartbeat_at', type: 'varchar', length: 30, nullable: true })
  heartbeatAt!: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;

  @Column({ name: 'started_at', type: 'varchar', length: 30, nullable: true })
  startedAt!: string | null;

  @Column({ name: 'finished_at', type: 'varchar', length: 30, nullable: true })
  finishedAt!: string | null;

  /** The queue job's runs (see `JobAttemptFields`), written by the job as it runs: the Imports page's job state. */
  @Column({ type: 'integer', default: 0 })
  attempt!: number;

  @Column({ name: 'max_attempts', type: 'integer', default: 0 })
  maxAttempts!: number;

  @Column({ name: 'last_failure', type: 'text', nullable: true })
  lastFailure!: string | null;

  @Column({ name: 'next_retry_at', type: 'varchar', length: 30, nullable: true })
  nextRetryAt!: string | null;
}
