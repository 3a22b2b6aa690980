import { Injectable, inject } from '@angular/core';
import type { ConversationDetailDto } from '@rapport/contracts';
import { DataChanges } from '../http/data-changes';
import { QueryStore } from '../http/query-store';
import { ConversationsApi } from './conversations-api';

/** Signal store of one conversation with its transcript, surveys and evidence, keyed by `{ id }`. */
@Injectable({ providedIn: 'root' })
export class ConversationStore {
  private readonly api = inject(ConversationsApi);
  private readonly query = new QueryStore<{ id: string }, ConversationDetailDto>(({ id }) => this.api.get(id), inject(DataChanges));

  readonly state = this.query.state;

  load(id: string): void {
    this.query.load({ id });
  }

  reload(): void {
    this.query.reload();
  }
}
