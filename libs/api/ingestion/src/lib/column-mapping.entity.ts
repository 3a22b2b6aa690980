import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ImportFormat } from '@rapport/contracts';

/** A saved header mapping for a client's CSV export, chosen by name when importing. */
@Entity('column_mappings')
export class ColumnMapping {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 200, unique: true })
  name!: string;

  @Column({ type: 'varchar', length: 30 })
  format!: ImportFormat;

  @Column({ type: 'simple-json' })
  mapping!: Record<string, string>;

  @Column({ type: 'simple-json' })
  defaults!: Record<string, string>;

  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;
}
