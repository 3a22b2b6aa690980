import { Injectable, inject } from '@angular/core';
import type { ConversationSummaryDto } from '@rapport/contracts';
import { type Observable, forkJoin, map, of } from 'rxjs';
import { ConversationsApi } from '../conversations/conversations-api';
import type { AnalyticsSelection } from '../http/analytics-query';

/** Example conversations per rule: the ones where the rule fired, lowest CSAT first. */
export interface RuleExamplesQuery extends AnalyticsSelection {
  /** Rule ids, e.g. courtesy.curt-reply. */
  rules: readonly string[];
  perRule?: number;
}

export type RuleExamples = Record<string, ConversationSummaryDto[]>;

@Injectable({ providedIn: 'root' })
export class RuleExamplesApi {
  private readonly conversations = inject(ConversationsApi);

  /** One small page of the conversation list per rule, answered together. */
  get(query: RuleExamplesQuery): Observable<RuleExamples> {
    const { rules, perRule = 3, ...selection } = query;
    if (rules.length === 0) {
      return of({});
    }
    const requests = rules.map((rule) =>
      this.conversations.list({ ...selection, rule, sort: 'csat', csat: 'any', pageSize: perRule }).pipe(map((page): [string, ConversationSummaryDto[]] => [rule, page.items])),
    );
    return forkJoin(requests).pipe(map((entries) => Object.fromEntries(entries)));
  }
}
