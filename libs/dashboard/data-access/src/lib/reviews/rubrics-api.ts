import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { RubricDto, RubricInput } from '@rapport/contracts';
import type { Observable } from 'rxjs';

/** Rubrics under `/api/reviews/rubrics`: every client role reads them, leads and administrators change them. */
@Injectable({ providedIn: 'root' })
export class RubricsApi {
  private readonly http = inject(HttpClient);

  list(): Observable<RubricDto[]> {
    return this.http.get<RubricDto[]>('/api/reviews/rubrics');
  }

  create(rubric: RubricInput): Observable<RubricDto> {
    return this.http.post<RubricDto>('/api/reviews/rubrics', rubric);
  }

  /** Answers the rubric's current version: the next one when the version edited was already in use. */
  update(rubricId: string, rubric: RubricInput): Observable<RubricDto> {
    return this.http.put<RubricDto>(`/api/reviews/rubrics/${encodeURIComponent(rubricId)}`, rubric);
  }
}
