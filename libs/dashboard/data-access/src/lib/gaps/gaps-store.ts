import { Injectable, inject } from '@angular/core';
import type { GapsResponse } from '@rapport/contracts';
import { DataChanges } from '../http/data-changes';
import { QueryStore } from '../http/query-store';
import { GapsApi, type GapsQuery } from './gaps-api';

/** Signal store of the gap analysis for the filters last asked for. */
@Injectable({ providedIn: 'root' })
export class GapsStore {
  private readonly api = inject(GapsApi);
  private readonly query = new QueryStore<GapsQuery, GapsResponse>((gaps) => this.api.get(gaps), inject(DataChanges));

  readonly state = this.query.state;

  load(query: GapsQuery): void {
    this.query.load(query);
  }

  reload(): void {
    this.query.reload();
  }
}
