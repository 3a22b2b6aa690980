import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('agents')
@Index('uq_agents_vendor_external', ['vendorId', 'externalId'], { unique: true })
export class Agent {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'vendor_id', type: 'varchar', length: 36 })
  vendorId!: string;

  @Column({ name: 'external_id', type: 'varchar', length: 200 })
  externalId!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 200, nullable: true })
  displayName!: string | null;
}
