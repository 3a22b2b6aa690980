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
} from '@rapport/ingest-formats';
import type { ImportOptions } from './import-options';

/** What one parser record carries into storage: a conversation, a survey answer, or both (a Zendesk ticket). */
export interface ImportItem {
  conversation?: NativeConversation;
  survey?: NativeSurvey;
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
    case 'zendesk':
      return mapValues(
        parseZendeskTickets(source, {
          ...common,
          defaultVendor: options.vendor,
          vendorByGroup: options.vendorByGroup,
          vendorByBrand: options.vendorByBrand,
          channelByVia: options.channelByVia,
          vendorFromNames: options.createVendors === true,
        }),
        (ticket) => ({ conversation: ticket.conversation, ...(ticket.survey ? { survey: ticket.survey } : {}) }),
      );
    case 'survey-csv':
      return mapValues(parseSurveyCsv(source, { ...common, columnMapping: options.columnMapping, delimiter: options.delimiter, defaultScale: options.defaultScale }), (survey) => ({ survey }));
    case 'survey-json':
      return mapValues(parseSurveyJson(source, { ...common, defaultScale: options.defaultScale }), (survey) => ({ survey }));
  }
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
