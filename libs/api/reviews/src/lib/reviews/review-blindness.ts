import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Principal } from '@rapport/api-core';

/**
 * Reviews stay independent: a user does not read another reviewer's review of a conversation
 *  - while they hold an unsubmitted assignment of that conversation (in any queue), or
 *  - while a calibration session they take part in is open — until every assignment of the session is submitted —
 *    if the review is one of that session's.
 * Their own reviews, partners (never reviewers) and API keys are not concerned. `alias` names the `reviews` row.
 */
export function whereNotBlinded<T extends ObjectLiteral>(
  builder: SelectQueryBuilder<T>,
  principal: Pick<Principal, 'kind' | 'id'>,
  alias: string,
): SelectQueryBuilder<T> {
  if (principal.kind !== 'user') {
    return builder;
  }
  return builder.andWhere(
    `(${alias}.reviewer_id = :blindViewer OR NOT (${OWN_OPEN_ASSIGNMENT(alias)} OR ${OPEN_SESSION(alias)}))`,
    { blindViewer: principal.id },
  );
}

const UNSUBMITTED = (assignment: string, review: string) =>
  `NOT EXISTS (SELECT 1 FROM reviews ${review} WHERE ${review}.assignment_id = ${assignment}.id AND ${review}.status = 'submitted')`;

const OWN_OPEN_ASSIGNMENT = (alias: string) => `EXISTS (
  SELECT 1 FROM review_assignments ba
   WHERE ba.conversation_id = ${alias}.conversation_id AND ba.reviewer_id = :blindViewer AND ${UNSUBMITTED('ba', 'bar')})`;

const OPEN_SESSION = (alias: string) => `EXISTS (
  SELECT 1 FROM review_assignments sa JOIN review_queues sq ON sq.id = sa.queue_id
   WHERE sa.id = ${alias}.assignment_id AND sq.kind = 'calibration'
     AND EXISTS (SELECT 1 FROM review_assignments pa WHERE pa.queue_id = sq.id AND pa.reviewer_id = :blindViewer)
     AND EXISTS (SELECT 1 FROM review_assignments oa WHERE oa.queue_id = sq.id AND ${UNSUBMITTED('oa', 'oar')}))`;
