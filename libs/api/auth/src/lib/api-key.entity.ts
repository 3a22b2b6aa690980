import type { ApiKeyScope } from '@rapport/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A credential for a system rather than a person: an ingestion key (write-only, for one source) or a read key (reads
 * for reporting jobs and warehouses), either optionally bound to one vendor.
 */
@Entity('api_keys')
export class ApiKey {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  prefix!: string;

  @Column({ name: 'key_hash', type: 'varchar', length: 64, unique: true })
  keyHash!: string;

  @Column({ type: 'varchar', length: 10, default: 'ingest' })
  scope!: ApiKeyScope;

  /** The source an ingestion key writes; empty for read keys. */
  @Column({ type: 'varchar', length: 100 })
  source!: string;

  @Column({ name: 'vendor_id', type: 'varchar', length: 36, nullable: true })
  vendorId!: string | null;

  @Column({ name: 'created_by', type: 'varchar', length: 36, nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;

  @Column({ name: 'last_used_at', type: 'varchar', length: 30, nullable: true })
  lastUsedAt!: string | null;

  @Column({ name: 'revoked_at', type: 'varchar', length: 30, nullable: true })
  revokedAt!: string | null;
}
