import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { DriversResponse } from '@rapport/contracts';
import type { Observable } from 'rxjs';
import type { AnalyticsSelection } from '../http/analytics-query';
import { toHttpParams } from '../http/query-params';

/** What drives CSAT: each quality dimension's link to it, and the rules whose firing goes with lower CSAT. */
@Injectable({ providedIn: 'root' })
export class DriversApi {
  private readonly http = inject(HttpClient);

  get(query: AnalyticsSelection): Observable<DriversResponse> {
    return this.http.get<DriversResponse>('/api/analytics/drivers', { params: toHttpParams(query) });
  }
}
