import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AssignmentDto,
  CalibrationReportDto,
  CreateCalibrationRequest,
  CreateQueueRequest,
  QueueDto,
  RefillSchedule,
  ReviewerDto,
} from '@rapport/contracts';
import type { Observable } from 'rxjs';

/** Queues and calibration sessions, run by QA leads (see libs/api/reviews/README.md). */
@Injectable({ providedIn: 'root' })
export class ReviewQueuesApi {
  private readonly http = inject(HttpClient);

  /** Queues and calibration sessions, newest first, with their progress. */
  list(): Observable<QueueDto[]> {
    return this.http.get<QueueDto[]>('/api/reviews/queues');
  }

  create(queue: CreateQueueRequest): Observable<QueueDto> {
    return this.http.post<QueueDto>('/api/reviews/queues', queue);
  }

  refill(queueId: string): Observable<QueueDto> {
    return this.http.post<QueueDto>(`/api/reviews/queues/${encodeURIComponent(queueId)}/refill`, {});
  }

  /** Changes a sampling queue's refill schedule; null: on request only. */
  setSchedule(queueId: string, refill: RefillSchedule | null): Observable<QueueDto> {
    return this.http.put<QueueDto>(`/api/reviews/queues/${encodeURIComponent(queueId)}/schedule`, { refill });
  }

  assignments(queueId: string): Observable<AssignmentDto[]> {
    return this.http.get<AssignmentDto[]>(`/api/reviews/queues/${encodeURIComponent(queueId)}/assignments`);
  }

  /** The active QA reviewers and leads a lead may name. */
  reviewers(): Observable<ReviewerDto[]> {
    return this.http.get<ReviewerDto[]>('/api/reviews/reviewers');
  }

  createCalibration(session: CreateCalibrationRequest): Observable<QueueDto> {
    return this.http.post<QueueDto>('/api/reviews/calibrations', session);
  }

  calibrationReport(queueId: string): Observable<CalibrationReportDto> {
    return this.http.get<CalibrationReportDto>(`/api/reviews/calibrations/${encodeURIComponent(queueId)}/report`);
  }
}
