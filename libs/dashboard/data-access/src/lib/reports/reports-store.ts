import { Injectable, inject } from '@angular/core';
import type { ArchivedReportListDto, RegenerateReportsDto, RegenerateReportsRequest, ReportSettingsDto } from '@rapport/contracts';
import { Mutation } from '../http/mutation';
import { RemoteResource } from '../http/remote-resource';
import { ReportsApi } from './reports-api';

/**
 * The report archive; a regeneration refreshes the list so the queued reports show as pending. Refreshes keep the
 * list on the page while the new one loads.
 */
@Injectable({ providedIn: 'root' })
export class ReportArchiveStore {
  private readonly api = inject(ReportsApi);
  private readonly resource = new RemoteResource<ArchivedReportListDto>(() => this.api.archive());

  readonly state = this.resource.state;
  readonly regenerating = new Mutation<RegenerateReportsRequest, RegenerateReportsDto>((request) => this.api.regenerate(request));

  load(): void {
    this.resource.load();
  }

  refresh(): void {
    this.resource.refresh();
  }

  regenerate(request: RegenerateReportsRequest): void {
    this.regenerating.run(request, () => this.resource.refresh());
  }
}

/** The report settings (administrators edit them in Settings). */
@Injectable({ providedIn: 'root' })
export class ReportSettingsStore {
  private readonly api = inject(ReportsApi);
  private readonly resource = new RemoteResource<ReportSettingsDto>(() => this.api.settings());

  readonly state = this.resource.state;
  readonly saving = new Mutation<ReportSettingsDto, ReportSettingsDto>((settings) => this.api.saveSettings(settings));

  load(): void {
    this.resource.ensureLoaded();
  }

  save(settings: ReportSettingsDto): void {
    this.saving.run(settings, (saved) => this.resource.set(saved));
  }
}
