import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ReviewedScoreDto } from '@rapport/contracts';
import { DataChanges } from '../http/data-changes';
import { QueryStore } from '../http/query-store';
import { toHttpParams } from '../http/query-params';

/** Reviewed QA scores of the conversations of a period (`GET /api/reviews/vendor-scores?periodOf=conversation`). */
export type ReviewedScoresQuery = {
  /** YYYY-MM-DD, first day of the period. */
  from: string;
  /** YYYY-MM-DD, last day of the period. */
  to: string;
  periodOf: 'conversation';
};

/** The reviewed-scores query for whole months, as the scorecard and compare pages pick them (YYYY-MM). */
export function reviewedScoresQuery(fromMonth: string, toMonth: string): ReviewedScoresQuery {
  const [year, month] = toMonth.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  return { from: `${fromMonth}-01`, to: lastDay, periodOf: 'conversation' };
}

/** Signal store of each vendor's reviewed QA score for the period last asked for (partners get their own vendor). */
@Injectable({ providedIn: 'root' })
export class ReviewedScoresStore {
  private readonly http = inject(HttpClient);
  private readonly query = new QueryStore<ReviewedScoresQuery, ReviewedScoreDto[]>(
    (query) => this.http.get<ReviewedScoreDto[]>('/api/reviews/vendor-scores', { params: toHttpParams(query) }),
    inject(DataChanges),
  );

  readonly state = this.query.state;

  load(query: ReviewedScoresQuery): void {
    this.query.load(query);
  }
}
