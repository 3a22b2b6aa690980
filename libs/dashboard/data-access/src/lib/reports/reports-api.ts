import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ArchivedReportListDto, RegenerateReportsDto, RegenerateReportsRequest, ReportSettingsDto } from '@rapport/contracts';
import type { Observable } from 'rxjs';

/** Kept reports and what reports may show. */
@Injectable({ providedIn: 'root' })
export class ReportsApi {
  private readonly http = inject(HttpClient);

  archive(): Observable<ArchivedReportListDto> {
    return this.http.get<ArchivedReportListDto>('/api/reports/archive');
  }

  regenerate(request: RegenerateReportsRequest): Observable<RegenerateReportsDto> {
    return this.http.post<RegenerateReportsDto>('/api/reports/archive/regenerate', request);
  }

  settings(): Observable<ReportSettingsDto> {
    return this.http.get<ReportSettingsDto>('/api/settings/reports');
  }

  saveSettings(settings: ReportSettingsDto): Observable<ReportSettingsDto> {
    return this.http.put<ReportSettingsDto>('/api/settings/reports', settings);
  }
}

/** The per-vendor report of a month (the vendor's latest month with data when none is given). */
export function vendorReportUrl(vendor: string, month: string | null): string {
  const params = new URLSearchParams({ vendor });
  if (month) {
    params.set('month', month);
  }
  return `/api/reports/vendor-scorecard.pdf?${params.toString()}`;
}
