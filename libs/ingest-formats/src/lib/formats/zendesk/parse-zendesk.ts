import type { Channel } from '@rapport/contracts';
import { IdRegistry } from '../../common/id-registry';
import type { CommonParseOptions } from '../../common/limits';
import { DEFAULT_MAX_RECORD_CHARS } from '../../common/limits';
import { readJsonItems } from '../../json/read-json-items';
import type { ChunkSource, ParseStream } from '../../stream/parsed-record';
import { rowError } from '../../stream/parsed-record';
import { createParseStream } from '../../stream/parse-stream';
import { SurveyBuilder } from '../survey/survey-builder';
import type { ZendeskTicketRecord } from './zendesk-ticket';
import { mapZendeskTicket } from './zendesk-ticket';

export interface ZendeskOptions extends CommonParseOptions {
  /** Vendor for tickets whose group and brand are not mapped. */
  defaultVendor?: string;
  /** Zendesk group id or name → vendor slug (outsourced teams are usually groups). */
  vendorByGroup?: Readonly<Record<string, string>>;
  /** Zendesk brand id or name → vendor slug. */
  vendorByBrand?: Readonly<Record<string, string>>;
  /** Tickets whose group and brand are not mapped and that have no default vendor name their group's (else brand's) name as vendor. */
  vendorFromNames?: boolean;
  /** Zendesk `via.channel` → Rapport channel, added to (and overriding) ZENDESK_CHANNELS. */
  channelByVia?: Readonly<Record<string, Channel>>;
  /** Stored as the conversations' and surveys' `source`; default `zendesk`. */
  source?: string;
}

/**
 * Zendesk-style ticket export (a JSON array, `{"tickets": [...]}` pages, or JSON Lines) → one conversation per ticket,
 * with its satisfaction rating as a survey answer. `line` is where the ticket starts, `item` its position in the file.
 */
export function parseZendeskTickets(
  source: ChunkSource,
  options: ZendeskOptions = {},
): ParseStream<ZendeskTicketRecord> {
  const mapping = {
    source: options.source ?? 'zendesk',
    defaultVendor: options.defaultVendor,
    vendorByGroup: options.vendorByGroup ?? {},
    vendorByBrand: options.vendorByBrand ?? {},
    channelByVia: options.channelByVia ?? {},
    vendorFromNames: options.vendorFromNames ?? false,
    redactPii: options.redactPii ?? false,
  };
  return createParseStream(
    source,
    (input) => {
      const ids = new IdRegistry(options.idSpill);
      const surveys = new SurveyBuilder(
        { source: mapping.source, redactPii: mapping.redactPii, idSpill: options.idSpill },
        {
          source: 'source',
          conversationExternalId: 'id',
          questionKey: 'satisfaction_rating',
          score: 'score',
          scale: 'scale',
          comment: 'comment',
          answeredAt: 'updated_at',
          agentId: 'assignee_id',
          vendor: 'group',
        },
      );
      return readJsonItems<ZendeskTicketRecord>(
        input,
        { wrapperKeys: ['tickets'], maxItemChars: options.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS },
        (value, line, item, out) => {
          if (typeof value !== 'object' || value === null || Array.isArray(value)) {
            out.push({ ...rowError(line, `ticket ${item}: each ticket must be a JSON object`), item });
            return;
          }
          const ticket = value as Record<string, unknown>;
          const id = ticket['id'];
          if (typeof id === 'string' || typeof id === 'number') {
            const first = ids.add(String(id), line);
            if (first !== undefined) {
              out.push({
                ...rowError(
                  line,
                  `ticket ${item}: duplicate ticket id ${JSON.stringify(id)} (first on line ${first})`,
                  'id',
                ),
                item,
              });
              return;
            }
          }
          mapZendeskTicket(ticket, { line, item }, mapping, surveys, out);
        },
      );
    },
    options.encoding,
  );
}
