import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { Clock, Principal } from '@rapport/api-core';
import { AuditAction, AuditOutcome, AuditPageDto, AuditQuery, toCsv } from '@rapport/contracts';
import { AuditEntry, toAuditEntryDto } from './audit-entry.entity';

/** Who acted: a signed-in user or API key, the system itself (boot tasks), or an unauthenticated caller (failed sign-ins). */
export type AuditActor = Principal | { kind: 'system' | 'anonymous'; label?: string };

export interface AuditEvent {
  actor: AuditActor;
  action: AuditAction;
  outcome?: AuditOutcome;
  target?: { type: string; id: string | null };
  /** The vendor whose data the action touched, so vendor-related history can be filtered. */
  vendorId?: string | null;
  ip?: string | null;
  details?: Record<string, unknown>;
}

/** Most rows one CSV export holds; narrower filters export the rest. */
export const AUDIT_EXPORT_MAX_ROWS = 50_000;

const CSV_HEADER = ['id', 'at', 'actor_kind', 'actor_id', 'actor', 'action', 'outcome', 'target_type', 'target_id', 'vendor_id', 'ip', 'details'];

/**
 * The one writer of the audit log. It only ever inserts: there is no update or delete path here, and the
 * database rejects both with triggers. Features record inside their own transaction by passing its manager,
 * so a change and its audit entry are stored together or not at all.
 */
@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>,
    private readonly clock: Clock,
  ) {}

  async record(event: AuditEvent, manager?: EntityManager): Promise<void> {
    const actor = event.actor;
    const row: Omit<AuditEntry, 'id'> = {
      at: this.clock.now().toISOString(),
      actorKind: actor.kind,
      actorId: 'id' in actor ? actor.id : null,
      actorLabel: actor.label?.slice(0, 300) ?? null,
      action: event.action,
      outcome: event.outcome ?? 'success',
      targetType: event.target?.type ?? null,
      targetId: event.target?.id ?? null,
      vendorId: event.vendorId ?? null,
      ip: event.ip?.slice(0, 64) ?? null,
      details: event.details ?? null,
    };
    const repository = manager ? manager.getRepository(AuditEntry) : this.entries;
    await repository.save(repository.create(row));
  }

  /** Newest first, one page at a time; `nextBefore` continues with older entries. */
  async list(query: AuditQuery): Promise<AuditPageDto> {
    const rows = await this.find(query, query.limit + 1);
    const page = rows.slice(0, query.limit);
    return { entries: page.map(toAuditEntryDto), nextBefore: rows.length > query.limit ? Number(page[page.length - 1]?.id) : null };
  }

  /** The filtered log as CSV, every text cell neutralised against spreadsheet formulas. */
  async exportCsv(query: AuditQuery): Promise<{ csv: string; rows: number }> {
    const rows = (await this.find(query, AUDIT_EXPORT_MAX_ROWS)).map(toAuditEntryDto);
    const csv = toCsv(
      CSV_HEADER,
      rows.map((entry) => [
        entry.id,
        entry.at,
        entry.actorKind,
        entry.actorId,
        entry.actorLabel,
        entry.action,
        entry.outcome,
        entry.targetType,
        entry.targetId,
        entry.vendorId,
        entry.ip,
        entry.details ? JSON.stringify(entry.details) : null,
      ]),
    );
    return { csv, rows: rows.length };
  }

  private find(query: AuditQuery, limit: number): Promise<AuditEntry[]> {
    const builder = this.entries.createQueryBuilder('entry').orderBy('entry.id', 'DESC').limit(limit);
    if (query.actorId) {
      builder.andWhere('entry.actorId = :actorId', { actorId: query.actorId });
    }
    if (query.action) {
      // `user.` selects the whole area; `user.create` one action.
      if (query.action.endsWith('.')) {
        builder.andWhere('entry.action LIKE :action', { action: `${query.action}%` });
      } else {
        builder.andWhere('entry.action = :action', { action: query.action });
      }
    }
    if (query.outcome) {
      builder.andWhere('entry.outcome = :outcome', { outcome: query.outcome });
    }
    if (query.targetType) {
      builder.andWhere('entry.targetType = :targetType', { targetType: query.targetType });
    }
    if (query.targetId) {
      builder.andWhere('entry.targetId = :targetId', { targetId: query.targetId });
    }
    if (query.vendorId) {
      builder.andWhere('entry.vendorId = :vendorId', { vendorId: query.vendorId });
    }
    // Stored times are `toISOString()` strings; normalising the bounds the same way keeps string comparison exact.
    if (query.from) {
      builder.andWhere('entry.at >= :from', { from: new Date(query.from).toISOString() });
    }
    if (query.to) {
      builder.andWhere('entry.at < :to', { to: new Date(query.to).toISOString() });
    }
    if (query.before) {
      builder.andWhere('entry.id < :before', { before: query.before });
    }
    return builder.getMany();
  }
}
