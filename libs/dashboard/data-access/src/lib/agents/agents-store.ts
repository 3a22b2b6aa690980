import { Injectable, inject } from '@angular/core';
import type { AgentRankingResponse } from '@rapport/contracts';
import { DataChanges } from '../http/data-changes';
import { QueryStore } from '../http/query-store';
import { type AgentRankingQuery, AgentsApi } from './agents-api';

/** Signal store of one vendor's agent ranking for the filters last asked for. */
@Injectable({ providedIn: 'root' })
export class AgentsStore {
  private readonly api = inject(AgentsApi);
  private readonly query = new QueryStore<AgentRankingQuery, AgentRankingResponse>((ranking) => this.api.ranking(ranking), inject(DataChanges));

  readonly state = this.query.state;

  load(query: AgentRankingQuery): void {
    this.query.load(query);
  }

  reload(): void {
    this.query.reload();
  }
}
