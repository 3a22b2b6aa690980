import { Injectable, inject } from '@angular/core';
import type { ScorecardResponse } from '@rapport/contracts';
import type { AnalyticsSelection } from '../http/analytics-query';
import { DataChanges } from '../http/data-changes';
import { QueryStore } from '../http/query-store';
import { ScorecardApi } from './scorecard-api';

/** Signal store of the scorecard for the filters last asked for. */
@Injectable({ providedIn: 'root' })
export class ScorecardStore {
  private readonly api = inject(ScorecardApi);
  private readonly query = new QueryStore<AnalyticsSelection, ScorecardResponse>((selection) => this.api.get(selection), inject(DataChanges));

  readonly state = this.query.state;

  load(selection: AnalyticsSelection): void {
    this.query.load(selection);
  }

  reload(): void {
    this.query.reload();
  }
}
