import { Injectable, inject } from '@angular/core';
import type { ConversationPageDto } from '@rapport/contracts';
import { DataChanges } from '../http/data-changes';
import { QueryStore } from '../http/query-store';
import { ConversationsApi, type ConversationsQuery } from './conversations-api';

/** Signal store of one page of the conversation list for the filters last asked for. */
@Injectable({ providedIn: 'root' })
export class ConversationListStore {
  private readonly api = inject(ConversationsApi);
  private readonly query = new QueryStore<ConversationsQuery, ConversationPageDto>((list) => this.api.list(list), inject(DataChanges));

  readonly state = this.query.state;

  load(query: ConversationsQuery): void {
    this.query.load(query);
  }

  reload(): void {
    this.query.reload();
  }
}
