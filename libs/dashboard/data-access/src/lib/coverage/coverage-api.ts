import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CoverageResponse } from '@rapport/contracts';
import type { Observable } from 'rxjs';
import type { AnalyticsSelection } from '../http/analytics-query';
import { toHttpParams } from '../http/query-params';

/** Hour-of-week × vendor coverage: volume, median first response, % within SLA and CSAT per hour. */
@Injectable({ providedIn: 'root' })
export class CoverageApi {
  private readonly http = inject(HttpClient);

  get(query: AnalyticsSelection): Observable<CoverageResponse> {
    return this.http.get<CoverageResponse>('/api/analytics/coverage', { params: toHttpParams(query) });
  }
}
