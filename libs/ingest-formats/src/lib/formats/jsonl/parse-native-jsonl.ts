import type { NativeConversation } from '@rapport/contracts';
import { nativeConversationSchema } from '@rapport/contracts';
import { IdRegistry } from '../../common/id-registry';
import type { CommonParseOptions } from '../../common/limits';
import { DEFAULT_MAX_RECORD_CHARS } from '../../common/limits';
import { putInTimeOrder } from '../../common/message-order';
import { prepareText } from '../../common/message-text';
import { describeIssues } from '../../common/zod-issues';
import type { ChunkSource, ParsedNotice, ParsedRecord, ParseStream } from '../../stream/parsed-record';
import { notice, rowError } from '../../stream/parsed-record';
import { createParseStream } from '../../stream/parse-stream';
import { parseJson, readLines } from '../../stream/read-lines';
import { normaliseTimestamp } from '../../timestamps/normalise-timestamp';

export interface NativeJsonlOptions extends CommonParseOptions {
  /** `source` for lines that do not give one; default `jsonl`. */
  source?: string;
}

/**
 * JSON Lines of the native conversation shape, one conversation per line. A line is the unit of rejection: any
 * problem in it (schema, timestamps, empty text, duplicate id) rejects the whole line. Messages out of time order are
 * sorted and exact duplicate messages left out, each with a notice.
 */
export function parseNativeJsonl(source: ChunkSource, options: NativeJsonlOptions = {}): ParseStream<NativeConversation> {
  const defaultSource = options.source ?? 'jsonl';
  const redact = options.redactPii ?? false;
  return createParseStream(source, (input) => {
    const ids = new IdRegistry(options.idSpill);
    return readLines<NativeConversation>(input, options.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS, (text, line, out) => {
      const record = readConversation(text, line, defaultSource, redact, ids);
      out.push(...(record.kind === 'ok' ? [...putMessagesInTimeOrder(record.value, line), record] : [record]));
    });
  }, options.encoding);
}

function readConversation(
  text: string,
  line: number,
  defaultSource: string,
  redact: boolean,
  ids: IdRegistry,
): ParsedRecord<NativeConversation> {
  const json = parseJson(text);
  if (json.error !== undefined) {
    return rowError(line, json.error);
  }
  const raw = json.value;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return rowError(line, 'each line must be a JSON object (one conversation)');
  }
  const withSource = 'source' in raw ? raw : { ...raw, source: defaultSource };
  const parsed = nativeConversationSchema.safeParse(withSource, { reportInput: true });
  if (!parsed.success) {
    const issue = describeIssues(parsed.error);
    return rowError(line, issue.reason, issue.field);
  }
  const conversation = parsed.data;
  const problem = normaliseConversation(conversation, redact);
  if (typeof problem !== 'number') {
    return rowError(line, problem.reason, problem.field);
  }
  const first = ids.add(`${conversation.source}\u0000${conversation.externalId}`, line);
  if (first !== undefined) {
    return rowError(line, `duplicate externalId ${JSON.stringify(conversation.externalId)} (first on line ${first})`, 'externalId');
  }
  return { kind: 'ok', line, value: conversation, ...(redact ? { redactions: problem } : {}) };
}

/**
 * Normalises timestamps to UTC, checks texts and message order, redacts when asked (in place).
 * Returns the number of redactions, or the first problem.
 */
function normaliseConversation(conversation: NativeConversation, redact: boolean): number | { field: string; reason: string } {
  const createdAt = normaliseTimestamp(conversation.createdAt);
  if (createdAt === null) {
    return { field: 'createdAt', reason: `cannot read timestamp ${JSON.stringify(conversation.createdAt)}` };
  }
  conversation.createdAt = createdAt;
  if (conversation.closedAt !== undefined) {
    const closedAt = normaliseTimestamp(conversation.closedAt);
    if (closedAt === null) {
      return { field: 'closedAt', reason: `cannot read timestamp ${JSON.stringify(conversation.closedAt)}` };
    }
    conversation.closedAt = closedAt;
  }
  let redactions = 0;
  for (let i = 0; i < conversation.messages.length; i++) {
    const message = conversation.messages[i];
    if (message === undefined) {
      continue;
    }
    const at = normaliseTimestamp(message.at);
    if (at === null) {
      return { field: `messages[${i}].at`, reason: `cannot read timestamp ${JSON.stringify(message.at)}` };
    }
    const text = prepareText(message.text, redact);
    if (text.error !== undefined) {
      return { field: `messages[${i}].text`, reason: text.error };
    }
    message.at = at;
    message.text = text.text;
    redactions += text.redactions;
  }
  return redactions;
}

/** Sorts the messages by time and leaves out exact duplicates (in place), with a notice for each change. */
function putMessagesInTimeOrder(conversation: NativeConversation, line: number): ParsedNotice[] {
  return putInTimeOrder(conversation, {
    outOfOrder: (i) =>
      notice(
        line,
        `messages[${i}] is earlier than messages[${i - 1}]: the messages were sorted by time (equal times keep their order)`,
        `messages[${i}].at`,
      ),
    duplicate: (index, of) =>
      notice(line, `messages[${index}] repeats messages[${of}] (same time, author and text): left out`, `messages[${index}]`),
  });
}
