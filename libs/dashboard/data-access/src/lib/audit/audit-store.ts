import { Injectable, inject } from '@angular/core';
import type { AuditPageDto } from '@rapport/contracts';
import type { ApiQuery } from '../http/query-params';
import { QueryStore } from '../http/query-store';
import { AuditApi } from './audit-api';

/**
 * Signal store of the audit log page for the filters last asked for. It does not follow data changes: every action
 * adds an entry, and the page reloads only when asked.
 */
@Injectable({ providedIn: 'root' })
export class AuditStore {
  private readonly api = inject(AuditApi);
  private readonly query = new QueryStore<ApiQuery, AuditPageDto>((query) => this.api.list(query));

  readonly state = this.query.state;

  load(query: ApiQuery): void {
    this.query.load(query);
  }

  reload(): void {
    this.query.reload();
  }
}
