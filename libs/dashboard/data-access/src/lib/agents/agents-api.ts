import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AgentMetric, AgentRankingResponse, AgentSort } from '@rapport/contracts';
import type { Observable } from 'rxjs';
import type { AnalyticsSelection } from '../http/analytics-query';
import { toHttpParams } from '../http/query-params';

/** One vendor's agents, ranked on a metric after empirical-Bayes shrinkage. */
export interface AgentRankingQuery extends AnalyticsSelection {
  vendor: string;
  metric?: AgentMetric;
  sort?: AgentSort;
  page?: number;
  pageSize?: number;
}

@Injectable({ providedIn: 'root' })
export class AgentsApi {
  private readonly http = inject(HttpClient);

  ranking(query: AgentRankingQuery): Observable<AgentRankingResponse> {
    return this.http.get<AgentRankingResponse>('/api/analytics/agents', { params: toHttpParams(query) });
  }
}
