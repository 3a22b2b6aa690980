import { Injectable, inject } from '@angular/core';
import type { ConnectorSyncAnswer, ZendeskConnectorDto, ZendeskConnectorInput } from '@rapport/contracts';
import { Mutation } from '../http/mutation';
import { RemoteResource } from '../http/remote-resource';
import { ConnectorsApi } from './connectors-api';

/** The Zendesk connector's settings and sync status; a sync reloads the status. */
@Injectable({ providedIn: 'root' })
export class ZendeskConnectorStore {
  private readonly api = inject(ConnectorsApi);
  private readonly resource = new RemoteResource<ZendeskConnectorDto>(() => this.api.zendesk());

  readonly state = this.resource.state;
  readonly saving = new Mutation<ZendeskConnectorInput, ZendeskConnectorDto>((input) => this.api.saveZendesk(input));
  readonly syncing = new Mutation<void, ConnectorSyncAnswer>(() => this.api.syncZendesk());

  load(): void {
    this.resource.load();
  }

  save(input: ZendeskConnectorInput): void {
    this.syncing.reset();
    this.saving.run(input, (saved) => this.resource.set(saved));
  }

  sync(): void {
    this.saving.reset();
    this.syncing.run(undefined, () => this.resource.load());
  }
}
