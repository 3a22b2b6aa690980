import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AgreementDto,
  AssignmentDto,
  CoachingNoteDto,
  CoachingNoteRequest,
  DecideDisputeRequest,
  DisputeDto,
  ReviewDetailDto,
  ReviewDraftRequest,
  ReviewDto,
  ReviewWorkspaceDto,
} from '@rapport/contracts';
import type { Observable } from 'rxjs';

/** The QA review routes under `/api/reviews` the dashboard uses (see libs/api/reviews/README.md). */
@Injectable({ providedIn: 'root' })
export class ReviewsApi {
  private readonly http = inject(HttpClient);

  myAssignments(): Observable<AssignmentDto[]> {
    return this.http.get<AssignmentDto[]>('/api/reviews/assignments/mine');
  }

  workspace(assignmentId: string): Observable<ReviewWorkspaceDto> {
    return this.http.get<ReviewWorkspaceDto>(`/api/reviews/assignments/${encodeURIComponent(assignmentId)}`);
  }

  saveDraft(assignmentId: string, draft: ReviewDraftRequest): Observable<ReviewDto> {
    return this.http.put<ReviewDto>(`/api/reviews/assignments/${encodeURIComponent(assignmentId)}/review`, draft);
  }

  submit(assignmentId: string, draft: ReviewDraftRequest): Observable<ReviewDto> {
    return this.http.post<ReviewDto>(`/api/reviews/assignments/${encodeURIComponent(assignmentId)}/submit`, draft);
  }

  reviews(): Observable<ReviewDto[]> {
    return this.http.get<ReviewDto[]>('/api/reviews');
  }

  /** One review with its rubric criteria, version history, disputes and coaching notes. */
  review(reviewId: string): Observable<ReviewDetailDto> {
    return this.http.get<ReviewDetailDto>(`/api/reviews/${encodeURIComponent(reviewId)}`);
  }

  coaching(): Observable<CoachingNoteDto[]> {
    return this.http.get<CoachingNoteDto[]>('/api/reviews/coaching');
  }

  writeNote(reviewId: string, note: CoachingNoteRequest): Observable<CoachingNoteDto> {
    return this.http.post<CoachingNoteDto>(`/api/reviews/${encodeURIComponent(reviewId)}/coaching`, note);
  }

  acknowledge(noteId: string): Observable<CoachingNoteDto> {
    return this.http.post<CoachingNoteDto>(`/api/reviews/coaching/${encodeURIComponent(noteId)}/acknowledge`, {});
  }

  disputes(): Observable<DisputeDto[]> {
    return this.http.get<DisputeDto[]>('/api/reviews/disputes');
  }

  openDispute(reviewId: string, reason: string): Observable<DisputeDto> {
    return this.http.post<DisputeDto>(`/api/reviews/${encodeURIComponent(reviewId)}/disputes`, { reason });
  }

  decide(disputeId: string, decision: DecideDisputeRequest): Observable<DisputeDto> {
    return this.http.post<DisputeDto>(`/api/reviews/disputes/${encodeURIComponent(disputeId)}/decision`, decision);
  }

  agreement(): Observable<AgreementDto> {
    return this.http.get<AgreementDto>('/api/reviews/agreement');
  }
}
