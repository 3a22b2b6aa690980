import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock, Principal } from '@rapport/api-core';
import { AuditService } from '@rapport/api-audit';
import { IngestionLock } from '@rapport/api-database';
import { readStoredScoringSettings, SCORING_SETTINGS_KEY, ScoringSettingsContext } from './scoring-settings/stored-scoring-settings';
import { ScoringSettingsReader, toSnapshot } from './scoring-settings/scoring-settings-reader';
import { ScoringWorker } from './scoring-worker';
import type { ScoringRescoreProgressDto, ScoringSettingsDto, ScoringSettingsSavedDto } from '@rapport/contracts';
import { Setting } from './setting.entity';

/**
 * Scoring weights and SLA targets: read by every client role, changed by administrators, each change recorded in the
 * audit log in the same transaction. Scoring reads them through `ScoringSettingsReader` (the same read as `get`);
 * a change starts scoring again, in the background, the conversations scored with the earlier settings.
 */
@Injectable()
export class ScoringSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: ScoringSettingsReader,
    private readonly worker: ScoringWorker,
    private readonly lock: IngestionLock,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async get(): Promise<ScoringSettingsDto> {
    return (await this.reader.current()).settings;
  }

  /** Weights and SLA targets (with each channel's clock) as the scorer lays them over its default context. */
  async current(): Promise<ScoringSettingsContext> {
    return (await this.reader.current()).context;
  }

  async update(settings: ScoringSettingsDto, actor: Principal, ip: string | null): Promise<ScoringSettingsSavedDto> {
    // Under the ingestion lock: scoring writes in transactions of its own, and SQLite shares one connection.
    const saved = await this.lock.run(() =>
      this.dataSource.transaction(async (manager) => {
        const repository = manager.getRepository(Setting);
        const before = readStoredScoringSettings((await repository.findOneBy({ key: SCORING_SETTINGS_KEY }))?.value);
        await repository.save(repository.create({ key: SCORING_SETTINGS_KEY, value: settings, updatedAt: this.clock.now().toISOString(), updatedBy: actor.id }));
        // The fingerprint ties the scores computed with these settings (conversations.settings_fingerprint) to this entry.
        const details = { before, after: settings, fingerprint: toSnapshot(settings).fingerprint };
        await this.audit.record({ actor, action: 'settings.change', target: { type: 'settings', id: SCORING_SETTINGS_KEY }, ip, details }, manager);
        return readStoredScoringSettings(settings);
      }),
    );
    return { ...saved, rescore: await this.worker.rescoreOutdated() };
  }

  /** How far the background rescore after the last change has got. */
  rescoreProgress(): Promise<ScoringRescoreProgressDto> {
    return this.worker.outdatedProgress();
  }
}
