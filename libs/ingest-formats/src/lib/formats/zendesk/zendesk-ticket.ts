import type { Channel, NativeConversation, NativeMessage } from '@rapport/contracts';
import { CHANNELS } from '@rapport/contracts';
import { MAX_MESSAGES } from '../../common/limits';
import { outOfOrder, prepareText } from '../../common/message-text';
import type { ParsedRecord } from '../../stream/parsed-record';
import { rowError } from '../../stream/parsed-record';
import { normaliseTimestamp } from '../../timestamps/normalise-timestamp';
import type { NativeSurvey } from '../survey/native-survey';
import type { SurveyBuilder } from '../survey/survey-builder';
import { ZENDESK_CHANNELS } from './zendesk-channels';

/** One imported Zendesk ticket: the conversation, and its satisfaction rating as a thumbs survey answer. */
export interface ZendeskTicketRecord {
  conversation: NativeConversation;
  survey?: NativeSurvey;
}

export interface ZendeskMappingOptions {
  source: string;
  defaultVendor?: string;
  vendorByGroup: Readonly<Record<string, string>>;
  vendorByBrand: Readonly<Record<string, string>>;
  channelByVia: Readonly<Record<string, Channel>>;
  vendorFromNames?: boolean;
  redactPii: boolean;
}

type Json = Record<string, unknown>;
type Out = ParsedRecord<ZendeskTicketRecord>[];

/** Ratings that mean a survey was answered; `offered`/`unoffered` (sent, no answer) produce none. */
const RATING_SCORES: Readonly<Record<string, number>> = { good: 1, good_with_comment: 1, bad: 0, bad_with_comment: 0 };
const NO_RATING = ['offered', 'unoffered', ''];
/** Zendesk's author id for system comments (triggers, automations). */
const SYSTEM_AUTHOR = '-1';

/**
 * Maps one Zendesk ticket to a conversation. The requester is the customer, author -1 is the system, every other
 * author is the vendor's agent side; non-public comments are internal notes. A comment that cannot be used (no text,
 * e.g. attachment only; bad time; earlier than the previous comment) is reported and left out, the ticket is kept.
 */
export function mapZendeskTicket(
  ticket: Json,
  where: { line: number; item: number },
  options: ZendeskMappingOptions,
  surveys: SurveyBuilder,
  out: Out,
): void {
  const fail = (reason: string, field?: string): void => {
    out.push({ ...rowError(where.line, `ticket ${where.item}: ${reason}`, field), item: where.item });
  };
  const externalId = idText(ticket['id']);
  if (externalId === undefined) {
    return fail('id is required', 'id');
  }
  const createdAt = normaliseTimestamp(String(ticket['created_at'] ?? ''));
  if (createdAt === null) {
    return fail(`cannot read timestamp ${JSON.stringify(ticket['created_at'])}`, 'created_at');
  }
  const vendor = resolveVendor(ticket, options);
  if (typeof vendor !== 'string') {
    return fail(vendor.error, vendor.field);
  }
  const via = asObject(ticket['via'])['channel'];
  const channel =
    typeof via === 'string' ? (lookup(options.channelByVia, via) ?? lookup(ZENDESK_CHANNELS, via)) : undefined;
  if (channel === undefined || !CHANNELS.includes(channel)) {
    return fail(
      `unknown via.channel ${JSON.stringify(via)}: map it to one of ${CHANNELS.join(', ')} with channelByVia`,
      'via.channel',
    );
  }
  const requester = idText(ticket['requester_id']);
  if (requester === undefined) {
    return fail('requester_id is required to tell the customer from the agents', 'requester_id');
  }
  const messages = readComments(ticket, requester, createdAt, options.redactPii, (reason, field) =>
    fail(reason, field),
  );
  if (messages.list.length === 0) {
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
    messages: messages.list,
  };
  const queue = asObject(ticket['group'])['name'] ?? ticket['group_id'];
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
  const survey = readRating(ticket, { externalId, vendor }, updatedAt ?? createdAt, where.line, surveys, fail);
  out.push({
    kind: 'ok',
    line: where.line,
    item: where.item,
    value: survey === undefined ? { conversation } : { conversation, survey: survey.value },
    ...(options.redactPii ? { redactions: messages.redactions + (survey?.redactions ?? 0) } : {}),
  });
}

function readComments(
  ticket: Json,
  requester: string,
  createdAt: string,
  redact: boolean,
  fail: (reason: string, field: string) => void,
): { list: NativeMessage[]; redactions: number } {
  const comments = Array.isArray(ticket['comments']) ? ticket['comments'] : [];
  const list: NativeMessage[] = [];
  let redactions = 0;
  if (comments.length === 0 && typeof ticket['description'] === 'string') {
    const text = prepareText(ticket['description'], redact);
    if (text.error === undefined) {
      list.push({ role: 'customer', at: createdAt, text: text.text });
      redactions += text.redactions;
    }
    return { list, redactions };
  }
  let previousAt = '';
  let previousIndex = -1;
  comments.forEach((raw, i) => {
    const comment = asObject(raw);
    const body = comment['plain_body'] ?? comment['body'];
    const text = prepareText(typeof body === 'string' ? body : '', redact);
    if (text.error !== undefined) {
      return fail(`comment ${i + 1} has no text (attachment only?) and was left out`, `comments[${i}].body`);
    }
    const at = normaliseTimestamp(String(comment['created_at'] ?? ''));
    if (at === null) {
      return fail(
        `comment ${i + 1}: cannot read timestamp ${JSON.stringify(comment['created_at'])}`,
        `comments[${i}].created_at`,
      );
    }
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
    const author = idText(comment['author_id']);
    const role = author === SYSTEM_AUTHOR ? 'system' : author === requester ? 'customer' : 'agent';
    const message: NativeMessage = { role, at, text: text.text };
    if (role === 'agent' && author !== undefined) {
      message.agentId = author;
    }
    if (comment['public'] === false) {
      message.internal = true;
    }
    list.push(message);
    redactions += text.redactions;
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

function resolveVendor(ticket: Json, options: ZendeskMappingOptions): string | { error: string; field: string } {
  const group = asObject(ticket['group']);
  const brand = asObject(ticket['brand']);
  const groupKeys = [idText(ticket['group_id']), idText(group['id']), idText(group['name'])];
  const brandKeys = [idText(ticket['brand_id']), idText(brand['id']), idText(brand['name'])];
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
  const named = options.vendorFromNames ? (idText(group['name']) ?? idText(brand['name'])) : undefined;
  if (named !== undefined && named.trim() !== '') {
    return named.trim().slice(0, 100);
  }
  const group0 = groupKeys.find((k) => k !== undefined);
  return {
    field: 'group_id',
    error: `cannot tell the vendor: group ${JSON.stringify(group0 ?? null)} is not in vendorByGroup, the brand is not in vendorByBrand and no default vendor is set`,
  };
}

function lookup<V>(map: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

function asObject(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
}

function idText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) {
    return String(value);
  }
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function isShortText(value: unknown): value is string {
  return typeof value === 'string' && value !== '' && value.length <= 100;
}
