import type { ParsedRecord } from '../../stream/parsed-record';
import { rowError } from '../../stream/parsed-record';
import type { SurveyBuilder } from '../survey/survey-builder';
import { idText, readZendeskComment } from './zendesk-comments';
import type { ZendeskMappingOptions, ZendeskTicketRecord } from './zendesk-ticket';
import { asObject, lookup } from './zendesk-ticket';

type Json = Record<string, unknown>;
type Out = ParsedRecord<ZendeskTicketRecord>[];

/** Ratings that mean a survey was answered; `offered`/`unoffered` (sent, no answer) produce none. */
const RATING_SCORES: Readonly<Record<string, number>> = { good: 1, good_with_comment: 1, bad: 0, bad_with_comment: 0 };

/** One comment of a `{"comments": [...]}` page; the page does not name its ticket, the import's `ticketId` does. */
export function readComment(raw: Json, ticketId: string | undefined, line: number, item: number, redact: boolean, out: Out): void {
  if (ticketId === undefined) {
    out.push({
      ...rowError(line, `comment ${item}: which ticket? a comments page does not name it: give the ticketId option (or name the file like tickets-123-comments.json)`, 'ticketId'),
      item,
    });
    return;
  }
  pushComment(raw, ticketId, undefined, { line, item, label: `comment ${item} of ticket ${ticketId}` }, redact, out);
}

/** The Comment events of one audit (`{"audits": [...]}`), at the audit's time when the event has none. */
export function readAudit(audit: Json, line: number, item: number, redact: boolean, out: Out): void {
  const ticketId = idText(audit['ticket_id']);
  if (ticketId === undefined) {
    out.push({ ...rowError(line, `audit ${item}: ticket_id is required`, 'ticket_id'), item });
    return;
  }
  const events = Array.isArray(audit['events']) ? audit['events'] : [];
  events.forEach((raw, i) => {
    const event = asObject(raw);
    if (event['type'] === 'Comment') {
      const comment = { author_id: audit['author_id'], ...event };
      pushComment(comment, ticketId, audit['created_at'], { line, item, label: `audit ${item} (ticket ${ticketId}) event ${i + 1}` }, redact, out);
    }
  });
}

/** The Comment child events of one incremental ticket event (`{"ticket_events": [...]}`). */
export function readTicketEvent(event: Json, line: number, item: number, redact: boolean, out: Out): void {
  const ticketId = idText(event['ticket_id']);
  if (ticketId === undefined) {
    out.push({ ...rowError(line, `ticket event ${item}: ticket_id is required`, 'ticket_id'), item });
    return;
  }
  const children = Array.isArray(event['child_events']) ? event['child_events'] : [];
  children.forEach((raw, i) => {
    const child = asObject(raw);
    if (child['event_type'] === 'Comment') {
      const comment = { author_id: event['updater_id'], ...child };
      const at = event['created_at'] ?? event['timestamp'];
      pushComment(comment, ticketId, at, { line, item, label: `ticket event ${item} (ticket ${ticketId}) child ${i + 1}` }, redact, out);
    }
  });
}

/** One satisfaction rating (`{"satisfaction_ratings": [...]}`) as a thumbs answer joined to its ticket by id. */
export function readSatisfactionRating(
  rating: Json,
  line: number,
  item: number,
  options: ZendeskMappingOptions,
  surveys: SurveyBuilder,
  out: Out,
): void {
  const ticketId = idText(rating['ticket_id']);
  const label = `satisfaction rating ${item}${ticketId === undefined ? '' : ` (ticket ${ticketId})`}`;
  const score = typeof rating['score'] === 'string' ? rating['score'] : '';
  if (score === 'offered' || score === 'unoffered' || score === '') {
    return;
  }
  const value = lookup(RATING_SCORES, score);
  if (value === undefined) {
    out.push({ ...rowError(line, `${label}: unknown score ${JSON.stringify(score)} (expected good, bad, offered or unoffered)`, 'score'), item });
    return;
  }
  const groupId = idText(rating['group_id']);
  const vendor = groupId === undefined ? undefined : lookup(options.vendorByGroup, groupId);
  const record = surveys.build(
    {
      conversationExternalId: ticketId,
      questionKey: 'csat',
      score: value,
      scale: 'thumbs',
      comment: rating['comment'],
      answeredAt: rating['updated_at'] ?? rating['created_at'],
      agentId: idText(rating['assignee_id']),
      ...(vendor === undefined ? {} : { vendor }),
    },
    line,
  );
  if (record.kind === 'error') {
    out.push({ ...rowError(line, `${label}: ${record.error.reason}`, record.error.field), item });
    return;
  }
  out.push({ kind: 'ok', line, item, value: { survey: record.value }, ...(options.redactPii ? { redactions: record.redactions ?? 0 } : {}) });
}

function pushComment(
  raw: Json,
  ticketId: string,
  fallbackAt: unknown,
  where: { line: number; item: number; label: string },
  redact: boolean,
  out: Out,
): void {
  const read = readZendeskComment(raw, redact, fallbackAt);
  if (read.error !== undefined) {
    out.push({ ...rowError(where.line, `${where.label}: ${read.error}`, read.field), item: where.item });
    return;
  }
  out.push({
    kind: 'ok',
    line: where.line,
    item: where.item,
    value: { comment: { ticketId, comment: read.comment } },
    ...(redact ? { redactions: read.redactions } : {}),
  });
}
