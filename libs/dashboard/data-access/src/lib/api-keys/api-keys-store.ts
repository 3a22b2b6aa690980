import { Injectable, inject } from '@angular/core';
import type { ApiKeyDto, CreateApiKeyRequest, CreatedApiKeyDto } from '@rapport/contracts';
import { Mutation } from '../http/mutation';
import { RemoteResource, upsertBy } from '../http/remote-resource';
import { ApiKeysApi } from './api-keys-api';

/** API keys; a new key's secret stays in `creating` until dismissed with `creating.reset()`. */
@Injectable({ providedIn: 'root' })
export class ApiKeysStore {
  private readonly api = inject(ApiKeysApi);
  private readonly resource = new RemoteResource(() => this.api.list());

  readonly state = this.resource.state;
  readonly creating = new Mutation<CreateApiKeyRequest, CreatedApiKeyDto>((key) => this.api.create(key));
  readonly revoking = new Mutation<string, ApiKeyDto>((id) => this.api.revoke(id));

  load(): void {
    this.resource.load();
  }

  create(key: CreateApiKeyRequest): void {
    this.creating.run(key, (created) => this.replace(created.apiKey));
  }

  revoke(id: string): void {
    this.revoking.run(id, (revoked) => this.replace(revoked));
  }

  private replace(key: ApiKeyDto): void {
    this.resource.update((keys) => upsertBy(keys, key, (item) => item.id));
  }
}
