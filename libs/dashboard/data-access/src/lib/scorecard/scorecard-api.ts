import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ScorecardResponse } from '@rapport/contracts';
import type { Observable } from 'rxjs';
import type { AnalyticsSelection } from '../http/analytics-query';
import { toHttpParams } from '../http/query-params';

/** Monthly vendor scorecards: at most twelve months per request, every metric with interval, change and rank. */
@Injectable({ providedIn: 'root' })
export class ScorecardApi {
  private readonly http = inject(HttpClient);

  get(query: AnalyticsSelection): Observable<ScorecardResponse> {
    return this.http.get<ScorecardResponse>('/api/analytics/scorecard', { params: toHttpParams(query) });
  }

  /** Where the scorecard PDF of a month is downloaded from. */
  pdfUrl(month: string): string {
    return `/api/reports/scorecard.pdf?${toHttpParams({ month }).toString()}`;
  }
}
