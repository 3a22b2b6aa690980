import type { Channel, NativeConversation, NativeMessage } from '@rapport/contracts';
import { AUTHOR_ROLES, CHANNELS } from '@rapport/contracts';
import { IdRegistry } from '../../common/id-registry';
import type { IdSpill } from '../../common/id-runs';
import { MAX_MESSAGES } from '../../common/limits';
import { messageKey, putInTimeOrder } from '../../common/message-order';
import { prepareText } from '../../common/message-text';
import { RecencyWindow } from '../../common/recency-window';
import { matchVocabulary, readBoolean, unknownValue } from '../../common/vocabulary-values';
import type { ColumnMapping } from '../../csv/column-mapping';
import { fieldPositions, resolveColumns, RowReader } from '../../csv/column-mapping';
import type { CsvRowSink } from '../../csv/read-csv';
import type { ParsedRecord } from '../../stream/parsed-record';
import { notice, rowError } from '../../stream/parsed-record';
import { normaliseTimestamp } from '../../timestamps/normalise-timestamp';
import type { MessageCsvField } from './message-csv-fields';
import { MESSAGE_CSV_FIELDS } from './message-csv-fields';

interface OpenConversation {
  lastRow: number;
  line: number;
  conversation: NativeConversation;
  /** File line of each message, in the order read. */
  lines: number[];
  redactions: number;
  /** message_id → index of its message, created at the first row that gives one. */
  messageIds?: Map<string, number>;
}

export interface MessageCsvAssemblerOptions {
  source: string;
  columnMapping: ColumnMapping;
  defaults: Partial<Record<MessageCsvField, string>>;
  redactPii: boolean;
  windowRows: number;
  maxOpenConversations: number;
  idSpill?: IdSpill;
}

type Records = ParsedRecord<NativeConversation>[];

const CLOSE_CHECK_EVERY = 1024;
const COL = fieldPositions(MESSAGE_CSV_FIELDS);

/**
 * Groups message rows into conversations. Rows of a conversation may be interleaved with other conversations'
 * rows (a time-sorted log) as long as they are at most `windowRows` rows apart; a conversation is emitted once it
 * falls out of that window or at the end of the file. A conversation id that shows up again after its conversation
 * was emitted is rejected row by row (duplicate id), since the emitted conversation cannot be amended.
 */
export class MessageCsvAssembler implements CsvRowSink<NativeConversation> {
  private reader: RowReader | undefined;
  private readonly open: RecencyWindow<string, OpenConversation>;
  private readonly conversationIds: IdRegistry;
  private rows = 0;

  constructor(private readonly options: MessageCsvAssemblerOptions) {
    this.open = new RecencyWindow(options.windowRows, options.maxOpenConversations);
    this.conversationIds = new IdRegistry(options.idSpill);
  }

  header(fields: readonly string[]): string[] | undefined {
    const resolved = resolveColumns(fields, MESSAGE_CSV_FIELDS, this.options.columnMapping, this.options.defaults);
    if (resolved.problems !== undefined) {
      return resolved.problems;
    }
    this.reader = new RowReader(MESSAGE_CSV_FIELDS, resolved.columns, this.options.defaults);
    return undefined;
  }

  row(fields: readonly string[], line: number, out: Records): void {
    const reader = this.reader;
    if (reader === undefined) {
      return;
    }
    this.rows++;
    if (this.rows % CLOSE_CHECK_EVERY === 0 || this.open.size > this.options.maxOpenConversations) {
      this.emit(this.open.closeStale(this.rows), out);
    }
    const get = (position: number): string => reader.read(fields, position);
    const externalId = get(COL.conversation_id).trim();
    if (externalId === '') {
      out.push(rowError(line, 'conversation_id is empty', 'conversation_id'));
      return;
    }
    let open = this.open.get(externalId);
    if (open === undefined) {
      const opened = this.openConversation(externalId, get, line);
      if ('error' in opened) {
        out.push(rowError(line, opened.error, opened.field));
        return;
      }
      open = opened;
    } else {
      const conflict = conflictingField(open.conversation, get);
      if (conflict !== undefined) {
        out.push(rowError(line, `${conflict} differs from the value given on line ${open.line} for this conversation`, conflict));
        return;
      }
    }
    this.open.touch(externalId, open, this.rows);
    const message = this.readMessage(get, line, open);
    if ('error' in message) {
      out.push(rowError(line, message.error, message.field));
      return;
    }
    if ('repeatOf' in message) {
      out.push(notice(line, `exact repeat of line ${message.repeatOf} (same message_id, time, author and text): left out`, 'message_id'));
      return;
    }
    open.conversation.messages.push(message.value);
    open.lines.push(line);
    open.redactions += message.redactions;
  }

  finish(out: Records): void {
    this.emit(this.open.closeAll(), out);
  }

  private openConversation(
    externalId: string,
    get: (position: number) => string,
    line: number,
  ): OpenConversation | { error: string; field: MessageCsvField } {
    if (externalId.length > 200) {
      return { error: 'conversation_id is longer than 200 characters', field: 'conversation_id' };
    }
    const vendor = get(COL.vendor).trim();
    if (vendor === '' || vendor.length > 100) {
      return { error: vendor === '' ? 'vendor is empty' : 'vendor is longer than 100 characters', field: 'vendor' };
    }
    const rawChannel = get(COL.channel);
    const channel: Channel | undefined = matchVocabulary(rawChannel, CHANNELS);
    if (channel === undefined) {
      return { error: unknownValue('channel', rawChannel, CHANNELS), field: 'channel' };
    }
    const language = get(COL.language).trim();
    if (language !== '' && (language.length < 2 || language.length > 10)) {
      return { error: `language ${JSON.stringify(language)} is not a language code`, field: 'language' };
    }
    const firstLine = this.conversationIds.add(externalId, line);
    if (firstLine !== undefined) {
      return {
        error:
          `duplicate conversation_id ${JSON.stringify(externalId)}: its conversation (first row on line ${firstLine}) ` +
          `was already complete; keep the rows of a conversation together, at most ${this.options.windowRows} rows apart`,
        field: 'conversation_id',
      };
    }
    const conversation: NativeConversation = {
      source: this.options.source,
      externalId,
      vendor,
      channel,
      createdAt: '',
      messages: [],
    };
    if (language !== '') {
      conversation.language = language;
    }
    const queue = get(COL.queue).trim().slice(0, 200);
    if (queue !== '') {
      conversation.queue = queue;
    }
    const site = get(COL.site).trim().slice(0, 200);
    if (site !== '') {
      conversation.site = site;
    }
    const tags = splitTags(get(COL.tags));
    if (tags.length > 0) {
      conversation.tags = tags;
    }
    const customerId = get(COL.customer_id).trim().slice(0, 200);
    if (customerId !== '') {
      conversation.customerId = customerId;
    }
    return { lastRow: 0, line, conversation, lines: [], redactions: 0 };
  }

  private readMessage(
    get: (position: number) => string,
    line: number,
    open: OpenConversation,
  ): { value: NativeMessage; redactions: number } | { repeatOf: number } | { error: string; field: MessageCsvField } {
    const rawAt = get(COL.timestamp);
    const at = normaliseTimestamp(rawAt);
    if (at === null) {
      return { error: `cannot read timestamp ${JSON.stringify(rawAt)}`, field: 'timestamp' };
    }
    const rawRole = get(COL.author_role);
    const role = matchVocabulary(rawRole, AUTHOR_ROLES);
    if (role === undefined) {
      return { error: unknownValue('author_role', rawRole, AUTHOR_ROLES), field: 'author_role' };
    }
    const text = prepareText(get(COL.text), this.options.redactPii);
    if (text.error !== undefined) {
      return { error: text.error, field: 'text' };
    }
    if (open.conversation.messages.length >= MAX_MESSAGES) {
      return { error: `conversation already has ${MAX_MESSAGES} messages, the most one conversation can hold`, field: 'text' };
    }
    const value: NativeMessage = { role, at, text: text.text };
    const agentId = get(COL.agent_id).trim();
    if (agentId !== '') {
      if (agentId.length > 200) {
        return { error: 'agent_id is longer than 200 characters', field: 'agent_id' };
      }
      value.agentId = agentId;
    }
    const agentName = get(COL.agent_name).trim();
    if (agentName !== '') {
      value.agentName = agentName.slice(0, 200);
    }
    const internal = readBoolean(get(COL.internal));
    if (internal === null) {
      return { error: `internal must be true or false, not ${JSON.stringify(get(COL.internal))}`, field: 'internal' };
    }
    if (internal !== undefined) {
      value.internal = internal;
    }
    // Checked within the conversation (a row exported twice), so memory follows the open window, not the file:
    // a file-wide set of message ids would grow by some 30 bytes per message of a multi-gigabyte export.
    const messageId = get(COL.message_id).trim();
    if (messageId !== '') {
      open.messageIds ??= new Map();
      const first = open.messageIds.get(messageId);
      if (first !== undefined) {
        const firstLine = open.lines[first] ?? open.line;
        return sameMessage(open.conversation.messages[first], value)
          ? { repeatOf: firstLine }
          : { error: `duplicate message_id ${JSON.stringify(messageId)} (first on line ${firstLine})`, field: 'message_id' };
      }
      open.messageIds.set(messageId, open.conversation.messages.length);
    }
    return { value, redactions: text.redactions };
  }

  private emit(closed: OpenConversation[], out: Records): void {
    for (const open of closed) {
      const conversation = open.conversation;
      if (conversation.messages.length === 0) {
        continue; // every row of it was rejected, and each rejection is already reported
      }
      putRowsInTimeOrder(open, out);
      const first = conversation.messages[0];
      if (first === undefined) {
        continue;
      }
      conversation.createdAt = first.at;
      out.push({
        kind: 'ok',
        line: open.line,
        value: conversation,
        ...(this.options.redactPii ? { redactions: open.redactions } : {}),
      });
    }
  }
}

/** Sorts the conversation's messages by time and leaves out exact duplicate rows, with a notice for each change. */
function putRowsInTimeOrder(open: OpenConversation, out: Records): void {
  const lineOf = (index: number): number => open.lines[index] ?? open.line;
  const notices = putInTimeOrder(open.conversation, {
    outOfOrder: (index) =>
      notice(
        lineOf(index),
        'this row is earlier than the row before it in the same conversation: its messages were sorted by time (rows of equal time keep their file order)',
        'timestamp',
      ),
    duplicate: (index, of) =>
      notice(lineOf(index), `exact duplicate of line ${lineOf(of)} (same conversation, time, author and text): left out`),
  });
  out.push(...notices);
}

function sameMessage(a: NativeMessage | undefined, b: NativeMessage): boolean {
  return a !== undefined && a.at === b.at && messageKey(a) === messageKey(b);
}

function conflictingField(conversation: NativeConversation, get: (position: number) => string): MessageCsvField | undefined {
  const vendor = get(COL.vendor).trim();
  if (vendor !== '' && vendor !== conversation.vendor) {
    return 'vendor';
  }
  const channel = get(COL.channel).trim().toLowerCase();
  if (channel !== '' && channel !== conversation.channel) {
    return 'channel';
  }
  return undefined;
}

function splitTags(raw: string): string[] {
  if (raw.trim() === '') {
    return [];
  }
  const tags = raw
    .split(/[;|]/)
    .map((t) => t.trim())
    .filter((t) => t !== '' && t.length <= 100);
  return [...new Set(tags)].slice(0, 100);
}
