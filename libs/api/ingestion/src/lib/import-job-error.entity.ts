import type { ImportRowKind } from '@rapport/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One rejected row of an import (`error`), or one thing it changed or decided (`notice`), with where and why. */
@Entity('import_job_errors')
@Index('ix_import_job_errors_job', ['jobId', 'line', 'id'])
export class ImportJobError {
  @PrimaryGeneratedColumn('increment')
  id!: number;

  @Column({ name: 'job_id', type: 'varchar', length: 36 })
  jobId!: string;

  @Column({ type: 'integer' })
  line!: number;

  /** Position of the item in a JSON export, when the format has items. */
  @Column({ type: 'integer', nullable: true })
  item!: number | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  field!: string | null;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'varchar', length: 10, default: 'error' })
  kind!: ImportRowKind;
}
