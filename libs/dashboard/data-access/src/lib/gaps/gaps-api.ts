import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { GapMetric, GapsResponse } from '@rapport/contracts';
import type { Observable } from 'rxjs';
import type { AnalyticsSelection } from '../http/analytics-query';
import { toHttpParams } from '../http/query-params';

/** Language and culture gaps: metric × language × vendor cells, case-mix adjusted, with BH-controlled flags. */
export interface GapsQuery extends AnalyticsSelection {
  metrics?: readonly GapMetric[];
}

@Injectable({ providedIn: 'root' })
export class GapsApi {
  private readonly http = inject(HttpClient);

  get(query: GapsQuery): Observable<GapsResponse> {
    return this.http.get<GapsResponse>('/api/analytics/gaps', { params: toHttpParams(query) });
  }
}
