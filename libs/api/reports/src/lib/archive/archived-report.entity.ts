import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A kept report. The PDF lives in the row (base64 text, the same column type on SQLite and PostgreSQL): every API
 * instance and the workers read and write the same archive without a shared disk, and a database backup
 * holds the reports with the data they were made from. Reports are a few hundred kilobytes, a dozen a month.
 */
@Entity('report_archive')
export class ArchivedReport {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 10 })
  kind!: 'monthly' | 'vendor';

  @Column({ type: 'varchar', length: 7 })
  month!: string;

  /** '' for the monthly report, so (kind, month, vendor_key) is unique on both databases. */
  @Column({ name: 'vendor_key', type: 'varchar', length: 36 })
  vendorKey!: string;

  @Column({ name: 'vendor_id', type: 'varchar', length: 36, nullable: true })
  vendorId!: string | null;

  @Column({ type: 'varchar', length: 10 })
  status!: 'pending' | 'ready' | 'failed';

  @Column({ name: 'file_name', type: 'varchar', length: 200 })
  fileName!: string;

  @Column({ type: 'text', nullable: true })
  content!: string | null;

  @Column({ type: 'integer', nullable: true })
  bytes!: number | null;

  @Column({ name: 'requested_at', type: 'varchar', length: 30 })
  requestedAt!: string;

  @Column({ name: 'generated_at', type: 'varchar', length: 30, nullable: true })
  generatedAt!: string | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  /** The generation job's runs (see `JobAttemptFields`): reset when the report is requested again. */
  @Column({ type: 'integer' })
  attempt!: number;

  @Column({ name: 'max_attempts', type: 'integer' })
  maxAttempts!: number;

  @Column({ name: 'last_failure', type: 'text', nullable: true })
  lastFailure!: string | null;

  @Column({ name: 'next_retry_at', type: 'varchar', length: 30, nullable: true })
  nextRetryAt!: string | null;
}
