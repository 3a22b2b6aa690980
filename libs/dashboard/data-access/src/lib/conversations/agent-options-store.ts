import { Injectable, inject } from '@angular/core';
import type { AgentOptionsDto } from '@rapport/contracts';
import { DataChanges } from '../http/data-changes';
import { QueryStore } from '../http/query-store';
import { type AgentOptionsQuery, ConversationsApi } from './conversations-api';

/** Signal store of the agents the conversation list's agent filter offers for the text last typed. */
@Injectable({ providedIn: 'root' })
export class AgentOptionsStore {
  private readonly api = inject(ConversationsApi);
  private readonly query = new QueryStore<AgentOptionsQuery, AgentOptionsDto>((options) => this.api.agents(options), inject(DataChanges));

  readonly state = this.query.state;

  load(query: AgentOptionsQuery): void {
    this.query.load(query);
  }
}
