import type { ImportFormat, NativeConversation } from '@rapport/contracts';
import {
  ChunkSource,
  IdSpill,
  NativeSurvey,
  parseMessageCsv,
  parseNativeJsonl,
  ParseStream,
  parseSurveyCsv,
  parseSurveyJson,
  parseTwcs,
  parseZendeskTickets,
  ZendeskComment,
  ZendeskTicketMeta,
  ZendeskTicketRecord,
} from '@rapport/ingest-formats';
import type { ImportOptions } from './import-options';

/** A help-desk ticket, one of its comments, or its deletion: joined by ticket id before anything is written. */
export type TicketPartBody =
  | { kind: 'ticket'; conversation: NativeConversation; meta: ZendeskTicketMeta }
  | { kind: 'comment'; comment: ZendeskComment }
  | { kind: 'deleted' };
export type TicketPart = TicketPartBody & { source: string; ticketId: string; line: number; item: number | null };

/** What one parser record carries into storage: a conversation, a survey answer, a ticket part, or a ticket and its rating. */
export interface ImportItem {
  conversation?: NativeConversation;
  survey?: NativeSurvey;
  ticketPart?: TicketPartBody & { source: string; ticketId: string };
}

/**
 * Opens the parser of `format` over `source`; every format yields ImportItems with file lines. `idSpill` bounds the
 * memory its duplicate detection uses.
 */
export function openImportStream(format: ImportFormat, source: ChunkSource, options: ImportOptions, idSpill?: IdSpill): ParseStream<ImportItem> {
  const common = { redactPii: options.redactPii, idSpill, ...(options.source ? { source: options.source } : {}), ...(options.encoding ? { encoding: options.encoding } : {}) };
  switch (format) {
    case 'jsonl':
      return mapValues(parseNativeJsonl(source, common), (conversation) => ({ conversation }));
    case 'message-csv':
      return mapValues(
        parseMessageCsv(source, {
          ...common,
          columnMapping: options.columnMapping,
          defaults: { ...(options.vendor ? { vendor: options.vendor } : {}), ...options.defaults },
          delimiter: options.delimiter,
        }),
        (conversation) => ({ conversation }),
      );
    case 'twcs': {
      const assignVendor = defaultVendorOfBrands(options);
      return mapValues(parseTwcs(source, { ...common, vendorByBrand: options.vendorByBrand }), (conversation) => ({ conversation: assignVendor(conversation) }));
    }
    case 'zendesk': {
      const ticketSource = options.source ?? 'zendesk';
      return mapValues(
        parseZendeskTickets(source, {
          ...common,
          defaultVendor: options.vendor,
          vendorByGroup: options.vendorByGroup,
          vendorByBrand: options.vendorByBrand,
          channelByVia: options.channelByVia,
          vendorFromNames: options.createVendors === true,
          ...(options.ticketId ? { ticketId: options.ticketId } : {}),
        }),
        (record) => zendeskItem(record, ticketSource),
      );
    }
    case 'survey-csv':
      return mapValues(parseSurveyCsv(source, { ...common, columnMapping: options.columnMapping, delimiter: options.delimiter, defaultScale: options.defaultScale }), (survey) => ({ survey }));
    case 'survey-json':
      return mapValues(parseSurveyJson(source, { ...common, defaultScale: options.defaultScale }), (survey) => ({ survey }));
  }
}

/** A Zendesk record as a ticket part (tickets, comments and deletions are joined by id before writing). */
function zendeskItem(record: ZendeskTicketRecord, source: string): ImportItem {
  const survey = record.survey ? { survey: record.survey } : {};
  if (record.deleted !== undefined) {
    return { ticketPart: { kind: 'deleted', source, ticketId: record.deleted } };
  }
  if (record.comment !== undefined) {
    return { ticketPart: { kind: 'comment', source, ticketId: record.comment.ticketId, comment: record.comment.comment } };
  }
  if (record.conversation !== undefined && record.ticket !== undefined) {
    const ticketPart = { kind: 'ticket' as const, source, ticketId: record.ticket.id, conversation: record.conversation, meta: record.ticket };
    return { ticketPart, ...survey };
  }
  return survey;
}

/**
 * The Twitter parser names an unmapped brand's threads after the brand handle; with a default vendor given, those
 * threads belong to it instead (one client's brand accounts are all served by the vendor being imported).
 */
function defaultVendorOfBrands(options: ImportOptions): (conversation: NativeConversation) => NativeConversation {
  const fallback = options.vendor;
  if (!fallback) {
    return (conversation) => conversation;
  }
  const mapped = new Set(Object.values(options.vendorByBrand ?? {}));
  return (conversation) => (mapped.has(conversation.vendor) ? conversation : { ...conversation, vendor: fallback });
}

function mapValues<T, U>(stream: ParseStream<T>, map: (value: T) => U): ParseStream<U> {
  return {
    get bytesConsumed(): number {
      return stream.bytesConsumed;
    },
    async *[Symbol.asyncIterator]() {
      for await (const record of stream) {
        yield record.kind === 'ok' ? { ...record, value: map(record.value) } : record;
      }
    },
  };
}
