import type { ConversationMessageDto, DecideDisputeRequest, ReviewDetailDto, ReviewRevisionDto } from '@rapport/contracts';
import { type FormValue, toRatings } from './review-form';

export interface RatingRow {
  key: string;
  label: string;
  group: string;
  scale: string;
  rating: string;
  critical: boolean;
}

const rating = (value: number | null | undefined, scale: string) =>
  value === undefined ? 'not rated' : value === null ? 'N/A' : scale === 'yes-no' ? (value === 1 ? 'yes' : 'no') : String(value);

/** The review's ratings beside its rubric's criteria, in the rubric's order. */
export function ratingRows(review: Pick<ReviewDetailDto, 'criteria' | 'ratings'>): RatingRow[] {
  const values = new Map(review.ratings.map((entry) => [entry.criterion, entry.value]));
  return review.criteria.map((criterion) => ({
    key: criterion.key,
    label: criterion.label,
    group: criterion.group,
    scale: criterion.scale,
    rating: rating(values.get(criterion.key), criterion.scale),
    critical: criterion.critical,
  }));
}

const REVISION_REASONS: Readonly<Record<ReviewRevisionDto['reason'], string>> = {
  submit: 'submitted',
  edit: 'edited after submission',
  dispute: 'changed by an accepted dispute',
};

/** The edit history, newest first, in words. */
export function historyRows(history: readonly ReviewRevisionDto[]) {
  return [...history]
    .sort((a, b) => b.version - a.version)
    .map((revision) => ({
      version: revision.version,
      what: REVISION_REASONS[revision.reason],
      total: revision.total === null ? '—' : revision.total.toFixed(1),
      criticalFailed: revision.criticalFailed,
      at: revision.at.slice(0, 16).replace('T', ' '),
      by: revision.by ?? '',
    }));
}

/** The agents who wrote in the conversation, once each, for the coaching note's addressee. */
export function conversationAgents(messages: readonly ConversationMessageDto[]): Array<{ id: string; name: string }> {
  const agents = new Map<string, string>();
  for (const message of messages) {
    if (message.agent && !agents.has(message.agent.id)) {
      agents.set(message.agent.id, message.agent.displayName ?? message.agent.externalId);
    }
  }
  return [...agents].map(([id, name]) => ({ id, name }));
}

/** A lead's decision: accepting sends the adjusted ratings (every rated or N/A criterion), rejecting only the reply. */
export function toDecision(decision: 'accept' | 'reject', reply: string, values: Readonly<Record<string, FormValue>>): DecideDisputeRequest {
  return decision === 'accept' ? { decision, reply, ratings: toRatings(values) } : { decision, reply };
}
