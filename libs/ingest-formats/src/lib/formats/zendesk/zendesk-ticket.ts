import type { Channel, NativeConversation } from '@rapport/contracts';
import { CHANNELS } from '@rapport/contracts';
import { MAX_MESSAGES } from '../../common/limits';
import { outOfOrder } from '../../common/message-text';
import type { ParsedRecord } from '../../stream/parsed-record';
import { rowError } from '../../stream/parsed-record';
import { normaliseTimestamp } from '../../timestamps/normalise-timestamp';
import type { NativeSurvey } from '../survey/native-survey';
import type { SurveyBuilder } from '../survey/survey-builder';
import { ZENDESK_CHANNELS } from './zendesk-channels';
import type { ZendeskComment } from './zendesk-comments';
import { idText, readZendeskComment, zendeskMessages } from './zendesk-comments';

/** What the ticket itself says for joining comments that arrive apart from it (see ZendeskTicketRecord). */
export interface ZendeskTicketMeta {
  id: string;
  requesterId: string;
  /** The ticket's `updated_at` (else `created_at`): of several copies of a ticket, the latest wins. */
  updatedAt: string;
  /** The comments the ticket carried, or null when it carried none (no Zendesk ticket endpoint embeds them). */
  comments: ZendeskComment[] | null;
}

/**
 * One record of a Zendesk export, of one of four kinds: a ticket (`conversation` with `ticket`, and its rating as a
 * thumbs `survey`); a comment of a ticket (`comment`, from comments, audits or ticket events pages); a satisfaction
 * rating alone (`survey`); or a deleted ticket (`deleted`, its id). A ticket without comments is a conversation
 * with `transcriptMissing` and no messages, completed when its comments are joined to it.
 */
export interface ZendeskTicketRecord {
  conversation?: NativeConversation;
  survey?: NativeSurvey;
  ticket?: ZendeskTicketMeta;
  comment?: { ticketId: string; comment: ZendeskComment };
  deleted?: string;
}

export interface ZendeskMappingOptions {
  source: string;
  defaultVendor?: string;
  vendorByGroup: Readonly<Record<string, string>>;
  vendorByBrand: Readonly<Record<string, string>>;
  channelByVia: Readonly<Record<string, Channel>>;
  vendorFromNames?: boolean;
  redactPii: boolean;
  /** Group and brand names by id, from sideloaded `groups`/`brands` lists. */
  groupNames: ReadonlyMap<string, string>;
  brandNames: ReadonlyMap<string, string>;
  /** `via.channel` values already announced in this file (each default mapping is told once). */
  announcedVia: Set<string>;
}

type Json = Record<string, unknown>;
type Out = ParsedRecord<ZendeskTicketRecord>[];

/** Ratings that mean a survey was answered; `offered`/`unoffered` (sent, no answer) produce none. */
const RATING_SCORES: Readonly<Record<string, number>> = { good: 1, good_with_comment: 1, bad: 0, bad_with_comment: 0 };
const NO_RATING = ['offered', 'unoffered', ''];

/**
 * Maps one Zendesk ticket to a conversation (see `zendeskMessages` for authors and roles). A comment that cannot be
 * used (no text, e.g. attachment only; bad time; earlier than the previous comment) is reported and left out, the
 * ticket is kept. A ticket without comments is kept as transcript missing; a deleted one is told as such.
 * Returns false when the vendor could not be told and `deferUnresolved` holds: the caller retries once the file's
 * sideloaded group and brand names are read.
 */
export function mapZendeskTicket(
  ticket: Json,
  where: { line: number; item: number; repeat?: boolean; deferUnresolved?: boolean },
  options: ZendeskMappingOptions,
  surveys: SurveyBuilder,
  out: Out,
): boolean {
  const externalId = idText(ticket['id']);
  const label = externalId === undefined ? `ticket ${where.item}` : `ticket ${where.item} (id ${externalId})`;
  const fail = (reason: string, field?: string): true => {
    out.push({ ...rowError(where.line, `${label}: ${reason}`, field), item: where.item });
    return true;
  };
  if (externalId === undefined) {
    return fail('id is required', 'id');
  }
  if (ticket['status'] === 'deleted') {
    out.push({ kind: 'ok', line: where.line, item: where.item, value: { deleted: externalId } });
    return true;
  }
  const createdAt = normaliseTimestamp(String(ticket['created_at'] ?? ''));
  if (createdAt === null) {
    return fail(`cannot read timestamp ${JSON.stringify(ticket['created_at'])}`, 'created_at');
  }
  const vendor = resolveVendor(ticket, options);
  if (typeof vendor !== 'string') {
    return where.deferUnresolved === true ? false : fail(vendor.error, vendor.field);
  }
  const via = asObject(ticket['via'])['channel'];
  const own = typeof via === 'string' ? lookup(options.channelByVia, via) : undefined;
  const channel = own ?? (typeof via === 'string' ? lookup(ZENDESK_CHANNELS, via) : undefined);
  if (channel === undefined || !CHANNELS.includes(channel)) {
    return fail(
      `unknown via.channel ${JSON.stringify(via)}: map it to one of ${CHANNELS.join(', ')} with channelByVia`,
      'via.channel',
    );
  }
  if (own === undefined && typeof via === 'string' && !options.announcedVia.has(via)) {
    // The default mappings are a guess about the client's setup: the result says each one used, once per file.
    options.announcedVia.add(via);
    out.push({
      kind: 'notice',
      notice: {
        line: where.line,
        field: 'via.channel',
        reason: `via.channel "${via}" is read as ${channel} (default mapping; channelByVia changes it)`,
      },
      item: where.item,
    });
  }
  const requester = idText(ticket['requester_id']);
  if (requester === undefined) {
    return fail('requester_id is required to tell the customer from the agents', 'requester_id');
  }
  const embedded = Array.isArray(ticket['comments']) ? ticket['comments'] : null;
  const comments = embedded === null ? null : readComments(embedded, options.redactPii, fail);
  const messages = comments === null ? [] : zendeskMessages(comments.list, requester);
  if (comments !== null && messages.length === 0) {
    return fail('ticket has no usable comments', 'comments');
  }
  const conversation: NativeConversation = {
    source: options.source,
    externalId,
    vendor,
    channel,
    createdAt,
    // The requester is the customer: kept (pseudonymised at storage) for the 72-hour recontact signal.
    customerId: requester.slice(0, 200),
    messages,
  };
  if (comments === null) {
    conversation.transcriptMissing = true;
  }
  const groupId = idText(ticket['group_id']);
  const queue = asObject(ticket['group'])['name'] ?? (groupId ? options.groupNames.get(groupId) : undefined) ?? ticket['group_id'];
  if (typeof queue === 'string' || typeof queue === 'number') {
    conversation.queue = String(queue).slice(0, 200);
  }
  const tags = Array.isArray(ticket['tags']) ? ticket['tags'].filter(isShortText) : [];
  if (tags.length > 0) {
    conversation.tags = [...new Set(tags)].slice(0, 100);
  }
  const status = ticket['status'];
  const updatedAt = normaliseTimestamp(String(ticket['updated_at'] ?? ''));
  if ((status === 'solved' || status === 'closed') && updatedAt !== null) {
    conversation.closedAt = updatedAt;
  }
  // A repeated ticket's rating is the same answer again: the survey check would call it a second answer.
  const rating = readRating(ticket, { externalId, vendor }, updatedAt ?? createdAt, where.line, surveys, (reason, field) =>
    where.repeat === true ? true : fail(reason, field),
  );
  const value: ZendeskTicketRecord = {
    conversation,
    ticket: { id: externalId, requesterId: requester, updatedAt: updatedAt ?? createdAt, comments: comments?.list ?? null },
  };
  if (rating !== undefined) {
    value.survey = rating.value;
  }
  out.push({
    kind: 'ok',
    line: where.line,
    item: where.item,
    value,
    ...(options.redactPii ? { redactions: (comments?.redactions ?? 0) + (rating?.redactions ?? 0) } : {}),
  });
  return true;
}

function readComments(
  comments: readonly unknown[],
  redact: boolean,
  fail: (reason: string, field: string) => void,
): { list: ZendeskComment[]; redactions: number } {
  const list: ZendeskComment[] = [];
  let redactions = 0;
  let previousAt = '';
  let previousIndex = -1;
  comments.forEach((raw, i) => {
    const read = readZendeskComment(asObject(raw), redact);
    if (read.error !== undefined) {
      const separator = read.field === 'body' ? ' ' : ': ';
      return fail(`comment ${i + 1}${separator}${read.error}`, `comments[${i}].${read.field}`);
    }
    const at = read.comment.at;
    if (at < previousAt) {
      return fail(
        `comment ${i + 1}: ${outOfOrder(at, previousAt, `comment ${previousIndex + 1}`)}`,
        `comments[${i}].created_at`,
      );
    }
    if (list.length >= MAX_MESSAGES) {
      return fail(
        `comment ${i + 1}: the ticket already has ${MAX_MESSAGES} comments, the most one conversation can hold`,
        'comments',
      );
    }
    list.push(read.comment);
    redactions += read.redactions;
    previousAt = at;
    previousIndex = i;
  });
  return { list, redactions };
}

/** The ticket's rating, as an answer rating the ticket's conversation of the ticket's vendor. */
function readRating(
  ticket: Json,
  { externalId, vendor }: { externalId: string; vendor: string },
  fallbackAt: string,
  line: number,
  surveys: SurveyBuilder,
  fail: (reason: string, field: string) => void,
): { value: NativeSurvey; redactions: number } | undefined {
  const rating = asObject(ticket['satisfaction_rating']);
  const score = typeof rating['score'] === 'string' ? rating['score'] : '';
  if (NO_RATING.includes(score)) {
    return undefined;
  }
  const value = lookup(RATING_SCORES, score);
  if (value === undefined) {
    fail(
      `unknown satisfaction_rating.score ${JSON.stringify(score)} (expected good, bad, offered or unoffered)`,
      'satisfaction_rating.score',
    );
    return undefined;
  }
  const record = surveys.build(
    {
      conversationExternalId: externalId,
      questionKey: 'csat',
      score: value,
      scale: 'thumbs',
      comment: rating['comment'],
      answeredAt: rating['updated_at'] ?? rating['created_at'] ?? fallbackAt,
      agentId: idText(ticket['assignee_id']),
      vendor,
    },
    line,
  );
  if (record.kind === 'error') {
    fail(`satisfaction rating: ${record.error.reason}`, `satisfaction_rating.${record.error.field ?? 'score'}`);
    return undefined;
  }
  return { value: record.value, redactions: record.redactions ?? 0 };
}

export function resolveVendor(ticket: Json, options: ZendeskMappingOptions): string | { error: string; field: string } {
  const group = asObject(ticket['group']);
  const brand = asObject(ticket['brand']);
  const groupId = idText(ticket['group_id']) ?? idText(group['id']);
  const brandId = idText(ticket['brand_id']) ?? idText(brand['id']);
  // `include=groups,brands` puts the names in top-level lists, not in the ticket.
  const groupName = idText(group['name']) ?? (groupId === undefined ? undefined : options.groupNames.get(groupId));
  const brandName = idText(brand['name']) ?? (brandId === undefined ? undefined : options.brandNames.get(brandId));
  const groupKeys = [groupId, groupName];
  const brandKeys = [brandId, brandName];
  for (const key of groupKeys) {
    const vendor = key === undefined ? undefined : lookup(options.vendorByGroup, key);
    if (vendor !== undefined) {
      return vendor;
    }
  }
  for (const key of brandKeys) {
    const vendor = key === undefined ? undefined : lookup(options.vendorByBrand, key);
    if (vendor !== undefined) {
      return vendor;
    }
  }
  if (options.defaultVendor !== undefined && options.defaultVendor !== '') {
    return options.defaultVendor;
  }
  const named = options.vendorFromNames ? (groupName ?? brandName) : undefined;
  if (named !== undefined && named.trim() !== '') {
    return named.trim().slice(0, 100);
  }
  const describe = (id: string | undefined, name: string | undefined): string =>
    id === undefined ? (name === undefined ? 'none' : JSON.stringify(name)) : `${id}${name === undefined ? '' : ` (${JSON.stringify(name)})`}`;
  return {
    field: groupId !== undefined || brandId === undefined ? 'group_id' : 'brand_id',
    error: `cannot tell the vendor: group_id ${describe(groupId, groupName)} is not in vendorByGroup, brand_id ${describe(brandId, brandName)} is not in vendorByBrand, and no vendor is set for the import`,
  };
}

export function lookup<V>(map: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

export function asObject(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
}


function isShortText(value: unknown): value is string {
  return typeof value === 'string' && value !== '' && value.length <= 100;
}
