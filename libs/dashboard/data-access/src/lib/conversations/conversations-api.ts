import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AgentOptionsDto, ConversationDetailDto, ConversationPageDto } from '@rapport/contracts';
import type { Observable } from 'rxjs';
import type { AnalyticsSelection } from '../http/analytics-query';
import { toHttpParams } from '../http/query-params';

/**
 * `GET /api/conversations`: the aggregates' selection plus what narrows to one cell (score bands, CSAT, a rule
 * that fired, signals, an agent), a text search, a page and a sort; see conversationListQuerySchema in @rapport/contracts.
 */
export interface ConversationsQuery extends AnalyticsSelection {
  overallMin?: number;
  overallMax?: number;
  courtesyMin?: number;
  courtesyMax?: number;
  comprehensionMin?: number;
  comprehensionMax?: number;
  responsivenessMin?: number;
  responsivenessMax?: number;
  csat?: string;
  rule?: string;
  signals?: readonly string[];
  /** Agent id, external id or display name. */
  agent?: string;
  /** The agent the CSAT answer is credited to: id, external id or display name. */
  csatAgent?: string;
  /** Text in the conversation's external id or messages. */
  q?: string;
  page?: number;
  pageSize?: number;
  sort?: string;
}

/** `GET /api/conversations/agents`: agents whose external id or name contains `q`, of the vendors named. */
export interface AgentOptionsQuery {
  [name: string]: string | number | readonly string[] | undefined;
  q?: string;
  vendors?: readonly string[];
  limit?: number;
}

@Injectable({ providedIn: 'root' })
export class ConversationsApi {
  private readonly http = inject(HttpClient);

  list(query: ConversationsQuery): Observable<ConversationPageDto> {
    return this.http.get<ConversationPageDto>('/api/conversations', { params: toHttpParams(query) });
  }

  agents(query: AgentOptionsQuery): Observable<AgentOptionsDto> {
    return this.http.get<AgentOptionsDto>('/api/conversations/agents', { params: toHttpParams(query) });
  }

  get(id: string): Observable<ConversationDetailDto> {
    return this.http.get<ConversationDetailDto>(`/api/conversations/${encodeURIComponent(id)}`);
  }
}
