import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ScoringSettingsDto } from '@rapport/contracts';
import type { Observable } from 'rxjs';

/** Weights of the overall score and response-time targets per channel. */
@Injectable({ providedIn: 'root' })
export class ScoringSettingsApi {
  private readonly http = inject(HttpClient);

  get(): Observable<ScoringSettingsDto> {
    return this.http.get<ScoringSettingsDto>('/api/settings/scoring');
  }

  save(settings: ScoringSettingsDto): Observable<ScoringSettingsDto> {
    return this.http.put<ScoringSettingsDto>('/api/settings/scoring', settings);
  }
}
