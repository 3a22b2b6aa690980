import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AuditPageDto } from '@rapport/contracts';
import type { Observable } from 'rxjs';
import { type ApiQuery, toHttpParams } from '../http/query-params';

const AUDIT = '/api/audit';

/** The audit log (administrators only): a page of entries, newest first, and the same filters as a CSV file. */
@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  list(query: ApiQuery): Observable<AuditPageDto> {
    return this.http.get<AuditPageDto>(AUDIT, { params: toHttpParams(query) });
  }
}

/** The address of the CSV download with the filters on screen (paging left out: the file holds every match). */
export function auditCsvUrl(query: ApiQuery): string {
  const filters = Object.fromEntries(Object.entries(query).filter(([name]) => name !== 'before' && name !== 'limit'));
  const params = toHttpParams(filters).toString();
  return params ? `${AUDIT}/export?${params}` : `${AUDIT}/export`;
}
