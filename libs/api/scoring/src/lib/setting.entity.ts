import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One named group of settings stored as JSON; a row appears the first time an administrator saves the group. */
@Entity('settings')
export class Setting {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  key!: string;

  @Column({ type: 'simple-json' })
  value!: unknown;

  @Column({ name: 'updated_at', type: 'varchar', length: 30 })
  updatedAt!: string;

  @Column({ name: 'updated_by', type: 'varchar', length: 100, nullable: true })
  updatedBy!: string | null;
}
