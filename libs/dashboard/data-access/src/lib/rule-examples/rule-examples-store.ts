import { Injectable, inject } from '@angular/core';
import { DataChanges } from '../http/data-changes';
import { QueryStore } from '../http/query-store';
import { type RuleExamples, RuleExamplesApi, type RuleExamplesQuery } from './rule-examples-api';

/** Signal store of example conversations for the rules a page shows. */
@Injectable({ providedIn: 'root' })
export class RuleExamplesStore {
  private readonly api = inject(RuleExamplesApi);
  private readonly query = new QueryStore<RuleExamplesQuery, RuleExamples>((examples) => this.api.get(examples), inject(DataChanges));

  readonly state = this.query.state;

  load(query: RuleExamplesQuery): void {
    this.query.load(query);
  }

  reload(): void {
    this.query.reload();
  }
}
