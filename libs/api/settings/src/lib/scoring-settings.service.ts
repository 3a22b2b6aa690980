import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock, Principal } from '@rapport/api-core';
import { AuditService } from '@rapport/api-audit';
import type { ScoringSettingsDto } from '@rapport/contracts';
import { readStoredScoringSettings, ScoringSettingsContext, toScoringContext } from './scoring-settings';
import { Setting } from './setting.entity';

const SCORING_KEY = 'scoring';

/**
 * Scoring weights and SLA targets: read by every client role, changed by administrators, each change recorded
 * in the audit log in the same transaction. Ingestion builds its scoring context from `current()`.
 */
@Injectable()
export class ScoringSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async get(): Promise<ScoringSettingsDto> {
    const row = await this.dataSource.getRepository(Setting).findOneBy({ key: SCORING_KEY });
    return readStoredScoringSettings(row?.value);
  }

  /** Weights and SLA targets (with each channel's clock) to lay over the scorer's default context. */
  async current(): Promise<ScoringSettingsContext> {
    return toScoringContext(await this.get());
  }

  async update(settings: ScoringSettingsDto, actor: Principal, ip: string | null): Promise<ScoringSettingsDto> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Setting);
      const before = readStoredScoringSettings((await repository.findOneBy({ key: SCORING_KEY }))?.value);
      await repository.save(repository.create({ key: SCORING_KEY, value: settings, updatedAt: this.clock.now().toISOString(), updatedBy: actor.id }));
      await this.audit.record({ actor, action: 'settings.change', target: { type: 'settings', id: SCORING_KEY }, ip, details: { before, after: settings } }, manager);
      return readStoredScoringSettings(settings);
    });
  }
}
