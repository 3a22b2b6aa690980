import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ComparisonResponse } from '@rapport/contracts';
import type { Observable } from 'rxjs';
import type { AnalyticsSelection } from '../http/analytics-query';
import { toHttpParams } from '../http/query-params';

/** Two to eight vendors side by side over one period, with pairwise differences and BH significance. */
@Injectable({ providedIn: 'root' })
export class ComparisonApi {
  private readonly http = inject(HttpClient);

  get(query: AnalyticsSelection): Observable<ComparisonResponse> {
    return this.http.get<ComparisonResponse>('/api/analytics/compare', { params: toHttpParams(query) });
  }
}
