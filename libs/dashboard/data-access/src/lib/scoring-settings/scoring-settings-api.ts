import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ScorerCardDto, ScoringRescoreProgressDto, ScoringSettingsDto, ScoringSettingsSavedDto } from '@rapport/contracts';
import type { Observable } from 'rxjs';

/** Weights of the overall score and response-time targets per channel, and the rescore a change of them starts. */
@Injectable({ providedIn: 'root' })
export class ScoringSettingsApi {
  private readonly http = inject(HttpClient);

  get(): Observable<ScoringSettingsDto> {
    return this.http.get<ScoringSettingsDto>('/api/settings/scoring');
  }

  save(settings: ScoringSettingsDto): Observable<ScoringSettingsSavedDto> {
    return this.http.put<ScoringSettingsSavedDto>('/api/settings/scoring', settings);
  }

  /** How far the background rescore after the last change of settings or vendor profiles has got. */
  rescoreProgress(): Observable<ScoringRescoreProgressDto> {
    return this.http.get<ScoringRescoreProgressDto>('/api/settings/scoring/rescore');
  }

  /** The scorer card: cross-validated figures per language and dimension, with their data sources. */
  card(): Observable<ScorerCardDto> {
    return this.http.get<ScorerCardDto>('/api/scoring/card');
  }
}
