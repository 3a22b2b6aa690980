import { Injectable, inject } from '@angular/core';
import type { DriversResponse } from '@rapport/contracts';
import type { AnalyticsSelection } from '../http/analytics-query';
import { DataChanges } from '../http/data-changes';
import { QueryStore } from '../http/query-store';
import { DriversApi } from './drivers-api';

/** Signal store of the CSAT drivers for the filters last asked for. */
@Injectable({ providedIn: 'root' })
export class DriversStore {
  private readonly api = inject(DriversApi);
  private readonly query = new QueryStore<AnalyticsSelection, DriversResponse>((selection) => this.api.get(selection), inject(DataChanges));

  readonly state = this.query.state;

  load(selection: AnalyticsSelection): void {
    this.query.load(selection);
  }

  reload(): void {
    this.query.reload();
  }
}
