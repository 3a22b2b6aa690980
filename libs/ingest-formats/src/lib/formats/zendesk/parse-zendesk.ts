import type { Channel } from '@rapport/contracts';
import { IdRegistry } from '../../common/id-registry';
import type { CommonParseOptions } from '../../common/limits';
import { DEFAULT_MAX_RECORD_CHARS } from '../../common/limits';
import { readJsonItems } from '../../json/read-json-items';
import type { ChunkSource, ParsedRecord, ParseStream } from '../../stream/parsed-record';
import { rowError } from '../../stream/parsed-record';
import { createParseStream } from '../../stream/parse-stream';
import { SurveyBuilder } from '../survey/survey-builder';
import { idText } from './zendesk-comments';
import type { ZendeskMappingOptions, ZendeskTicketRecord } from './zendesk-ticket';
import { asObject, mapZendeskTicket } from './zendesk-ticket';
import { readAudit, readComment, readSatisfactionRating, readTicketEvent } from './zendesk-parts';

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
  /** The ticket of a `{"comments": [...]}` page (`GET /tickets/{id}/comments.json` does not repeat it). */
  ticketId?: string;
}

/** Wrapper keys whose arrays hold records; `groups`/`brands` are sideloads that name ids. */
const WRAPPER_KEYS = ['tickets', 'results', 'comments', 'audits', 'ticket_events', 'satisfaction_ratings', 'groups', 'brands'];
/** Tickets held back until the file's sideloaded names are read, at most; more are resolved (or rejected) at once. */
const MAX_DEFERRED = 10_000;

/**
 * Zendesk exports and API responses → records (see ZendeskTicketRecord): ticket lists and pages (`tickets`,
 * legacy `results`, a single `{"ticket": …}`, a JSON array or JSON Lines), per-ticket `comments` pages (the ticket
 * from `ticketId`), `audits` and incremental `ticket_events` (their Comment events), `satisfaction_ratings`, with
 * sideloaded `groups`/`brands` naming ids. Arrays are cut by a structural scanner, so a 1 GB export never sits in
 * memory. `line` is where the item starts, `item` its position in the file.
 */
export function parseZendeskTickets(
  source: ChunkSource,
  options: ZendeskOptions = {},
): ParseStream<ZendeskTicketRecord> {
  const groupNames = new Map<string, string>();
  const brandNames = new Map<string, string>();
  const mapping: ZendeskMappingOptions = {
    source: options.source ?? 'zendesk',
    defaultVendor: options.defaultVendor,
    vendorByGroup: options.vendorByGroup ?? {},
    vendorByBrand: options.vendorByBrand ?? {},
    channelByVia: options.channelByVia ?? {},
    vendorFromNames: options.vendorFromNames ?? false,
    redactPii: options.redactPii ?? false,
    groupNames,
    brandNames,
    announcedVia: new Set(),
  };
  return createParseStream(
    source,
    async function* (input) {
      const ids = new IdRegistry(options.idSpill);
      const surveys = new SurveyBuilder(
        { source: mapping.source, redactPii: mapping.redactPii, idSpill: options.idSpill },
        {
          source: 'source',
          conversationExternalId: 'ticket_id',
          questionKey: 'satisfaction_rating',
          score: 'score',
          scale: 'scale',
          comment: 'comment',
          answeredAt: 'updated_at',
          agentId: 'assignee_id',
          vendor: 'group',
        },
      );
      const deferred: Array<{ ticket: Record<string, unknown>; line: number; item: number; repeat: boolean }> = [];
      const readTicket = (ticket: Record<string, unknown>, line: number, item: number, out: Out): void => {
        const id = ticket['id'];
        let repeat = false;
        if (typeof id === 'string' || typeof id === 'number') {
          const first = ids.add(String(id), line);
          if (first !== undefined) {
            // Incremental exports repeat tickets by design: every copy goes on, and the latest updated_at wins.
            repeat = true;
            out.push({
              kind: 'notice',
              notice: { line, field: 'id', reason: `ticket ${item} (id ${String(id)}) repeats the ticket on line ${first}: the copy with the latest updated_at is kept` },
              item,
            });
          }
        }
        const where = { line, item, repeat, deferUnresolved: deferred.length < MAX_DEFERRED };
        if (!mapZendeskTicket(ticket, where, mapping, surveys, out)) {
          deferred.push({ ticket, line, item, repeat });
        }
      };
      const handle = (value: unknown, line: number, item: number, out: Out, key?: string): void => {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
          out.push({ ...rowError(line, `${key === undefined ? 'ticket' : `${key} item`} ${item}: each item must be a JSON object`), item });
          return;
        }
        const record = value as Record<string, unknown>;
        switch (key) {
          case 'groups':
          case 'brands':
            return rememberName(key === 'groups' ? groupNames : brandNames, record);
          case 'comments':
            return readComment(record, options.ticketId, line, item, mapping.redactPii, out);
          case 'audits':
            return readAudit(record, line, item, mapping.redactPii, out);
          case 'ticket_events':
            return readTicketEvent(record, line, item, mapping.redactPii, out);
          case 'satisfaction_ratings':
            return readSatisfactionRating(record, line, item, mapping, surveys, out);
          case 'results':
            if (record['result_type'] !== undefined && record['result_type'] !== 'ticket') {
              return;
            }
            return readTicket(record, line, item, out);
          case 'tickets':
          case undefined:
          default: {
            // `GET /tickets/{id}.json` answers `{"ticket": {...}}`.
            const single = record['id'] === undefined ? asObject(record['ticket']) : record;
            return readTicket(single, line, item, out);
          }
        }
      };
      yield* readJsonItems<ZendeskTicketRecord>(
        input,
        { wrapperKeys: WRAPPER_KEYS, maxItemChars: options.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS },
        handle,
      );
      const out: Out = [];
      for (const held of deferred) {
        mapZendeskTicket(held.ticket, { line: held.line, item: held.item, repeat: held.repeat }, mapping, surveys, out);
      }
      yield* out;
    },
    options.encoding,
  );
}

type Out = ParsedRecord<ZendeskTicketRecord>[];

function rememberName(names: Map<string, string>, record: Record<string, unknown>): void {
  const id = idText(record['id']);
  const name = idText(record['name']);
  if (id !== undefined && name !== undefined) {
    names.set(id, name);
  }
}
