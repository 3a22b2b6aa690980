import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Formality, HolidayDto } from '@rapport/contracts';

/** Weekly opening hours in the vendor's time zone: weekday (0 = Sunday) → [openMinute, closeMinute) pairs. */
export type WeeklyHours = Record<number, Array<[number, number]>>;

@Entity('vendors')
export class Vendor {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 100, unique: true })
  slug!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 2 })
  country!: string;

  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone!: string;

  @Column({ type: 'simple-json' })
  sites!: string[];

  @Column({ name: 'business_hours', type: 'simple-json' })
  businessHours!: WeeklyHours;

  /** What the client's customers expect per language in this vendor's market, e.g. formal German. */
  @Column({ name: 'expected_formality', type: 'simple-json' })
  expectedFormality!: Partial<Record<string, Formality>>;

  /** Local dates on which the vendor's sites are closed, sorted by date. */
  @Column({ type: 'simple-json', default: '[]' })
  holidays!: HolidayDto[];

  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;
}
