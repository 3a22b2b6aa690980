import { Injectable, inject } from '@angular/core';
import type { ImportJobDto } from '@rapport/contracts';
import { QueryStore } from '../http/query-store';
import { type ImportPage, ImportsApi } from './imports-api';

export interface ImportHistoryQuery {
  [name: string]: number;
  limit: number;
  offset: number;
}

/** Signal store of one page of the import history, newest first. */
@Injectable({ providedIn: 'root' })
export class ImportHistoryStore {
  private readonly api = inject(ImportsApi);
  private readonly query = new QueryStore<ImportHistoryQuery, ImportPage<ImportJobDto>>((page) => this.api.history(page));

  readonly state = this.query.state;

  load(query: ImportHistoryQuery): void {
    this.query.load(query);
  }

  reload(): void {
    this.query.reload();
  }
}
