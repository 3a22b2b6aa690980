import { Injectable, inject } from '@angular/core';
import type { ComparisonResponse } from '@rapport/contracts';
import type { AnalyticsSelection } from '../http/analytics-query';
import { DataChanges } from '../http/data-changes';
import { QueryStore } from '../http/query-store';
import { ComparisonApi } from './comparison-api';

/** Signal store of the vendor comparison for the filters last asked for. */
@Injectable({ providedIn: 'root' })
export class ComparisonStore {
  private readonly api = inject(ComparisonApi);
  private readonly query = new QueryStore<AnalyticsSelection, ComparisonResponse>((selection) => this.api.get(selection), inject(DataChanges));

  readonly state = this.query.state;

  load(selection: AnalyticsSelection): void {
    this.query.load(selection);
  }

  reload(): void {
    this.query.reload();
  }
}
