import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock, Principal } from '@rapport/api-core';
import { AuditService } from '@rapport/api-audit';
import { reportSettingsDefaults, reportSettingsSchema, type ReportSettingsDto } from '@rapport/contracts';
import { Setting } from './setting.entity';

export const REPORT_SETTINGS_KEY = 'reports';

/** What reports may show: read by every client role and by report generation, changed by administrators, audited. */
@Injectable()
export class ReportSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async get(): Promise<ReportSettingsDto> {
    const stored = await this.dataSource.getRepository(Setting).findOneBy({ key: REPORT_SETTINGS_KEY });
    const parsed = reportSettingsSchema.safeParse(stored?.value);
    return parsed.success ? parsed.data : { ...reportSettingsDefaults };
  }

  async update(settings: ReportSettingsDto, actor: Principal, ip: string | null): Promise<ReportSettingsDto> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Setting);
      const before = reportSettingsSchema.safeParse((await repository.findOneBy({ key: REPORT_SETTINGS_KEY }))?.value);
      await repository.save(repository.create({ key: REPORT_SETTINGS_KEY, value: settings, updatedAt: this.clock.now().toISOString(), updatedBy: actor.id }));
      const details = { before: before.success ? before.data : reportSettingsDefaults, after: settings };
      await this.audit.record({ actor, action: 'settings.change', target: { type: 'settings', id: REPORT_SETTINGS_KEY }, ip, details }, manager);
      return { ...settings };
    });
  }
}
