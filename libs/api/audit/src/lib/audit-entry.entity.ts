import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditEntryDto } from '@rapport/contracts';

@Entity('audit_log')
export class AuditEntry {
  @PrimaryGeneratedColumn('increment')
  id!: number;

  @Column({ type: 'varchar', length: 30 })
  at!: string;

  @Column({ name: 'actor_kind', type: 'varchar', length: 20 })
  actorKind!: AuditEntryDto['actorKind'];

  @Column({ name: 'actor_id', type: 'varchar', length: 100, nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_label', type: 'varchar', length: 300, nullable: true })
  actorLabel!: string | null;

  @Column({ type: 'varchar', length: 60 })
  action!: string;

  @Column({ type: 'varchar', length: 20 })
  outcome!: AuditEntryDto['outcome'];

  @Column({ name: 'target_type', type: 'varchar', length: 60, nullable: true })
  targetType!: string | null;

  @Column({ name: 'target_id', type: 'varchar', length: 100, nullable: true })
  targetId!: string | null;

  @Column({ name: 'vendor_id', type: 'varchar', length: 36, nullable: true })
  vendorId!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;

  @Column({ type: 'simple-json', nullable: true })
  details!: Record<string, unknown> | null;
}

export function toAuditEntryDto(entry: AuditEntry): AuditEntryDto {
  return {
    id: Number(entry.id),
    at: entry.at,
    actorKind: entry.actorKind,
    actorId: entry.actorId,
    actorLabel: entry.actorLabel,
    action: entry.action as AuditEntryDto['action'],
    outcome: entry.outcome,
    targetType: entry.targetType,
    targetId: entry.targetId,
    vendorId: entry.vendorId,
    ip: entry.ip,
    details: entry.details,
  };
}
