import { Injectable, inject } from '@angular/core';
import type { CoverageResponse } from '@rapport/contracts';
import type { AnalyticsSelection } from '../http/analytics-query';
import { DataChanges } from '../http/data-changes';
import { QueryStore } from '../http/query-store';
import { CoverageApi } from './coverage-api';

/** Signal store of the coverage heatmap for the filters last asked for. */
@Injectable({ providedIn: 'root' })
export class CoverageStore {
  private readonly api = inject(CoverageApi);
  private readonly query = new QueryStore<AnalyticsSelection, CoverageResponse>((selection) => this.api.get(selection), inject(DataChanges));

  readonly state = this.query.state;

  load(selection: AnalyticsSelection): void {
    this.query.load(selection);
  }

  reload(): void {
    this.query.reload();
  }
}
