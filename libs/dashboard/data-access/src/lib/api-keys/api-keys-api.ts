import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ApiKeyDto, CreateApiKeyRequest, CreatedApiKeyDto } from '@rapport/contracts';
import type { Observable } from 'rxjs';

/** Ingestion API keys (administrators only): the secret is returned once, at creation. */
@Injectable({ providedIn: 'root' })
export class ApiKeysApi {
  private readonly http = inject(HttpClient);

  list(): Observable<ApiKeyDto[]> {
    return this.http.get<ApiKeyDto[]>('/api/api-keys');
  }

  create(key: CreateApiKeyRequest): Observable<CreatedApiKeyDto> {
    return this.http.post<CreatedApiKeyDto>('/api/api-keys', key);
  }

  revoke(id: string): Observable<ApiKeyDto> {
    return this.http.delete<ApiKeyDto>(`/api/api-keys/${encodeURIComponent(id)}`);
  }
}
