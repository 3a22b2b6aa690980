import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ConnectorSyncAnswer, ZendeskConnectorDto, ZendeskConnectorInput } from '@rapport/contracts';
import type { Observable } from 'rxjs';

/** The Zendesk connector (administrators). */
@Injectable({ providedIn: 'root' })
export class ConnectorsApi {
  private readonly http = inject(HttpClient);

  zendesk(): Observable<ZendeskConnectorDto> {
    return this.http.get<ZendeskConnectorDto>('/api/connectors/zendesk');
  }

  saveZendesk(input: ZendeskConnectorInput): Observable<ZendeskConnectorDto> {
    return this.http.put<ZendeskConnectorDto>('/api/connectors/zendesk', input);
  }

  syncZendesk(): Observable<ConnectorSyncAnswer> {
    return this.http.post<ConnectorSyncAnswer>('/api/connectors/zendesk/sync', {});
  }
}
