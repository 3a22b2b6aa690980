import { z } from 'zod';
import { CHANNELS } from './vocabulary';

/** Help desks a connector can fetch from; Freshdesk and Intercom will follow Zendesk's shape. */
export const CONNECTOR_KINDS = ['zendesk'] as const;
export type ConnectorKind = (typeof CONNECTOR_KINDS)[number];

/** Source written on every conversation and import job a connector sync makes. */
export const ZENDESK_CONNECTOR_SOURCE = 'zendesk-connector';

const idMap = z.record(
  z
    .string()
    .trim()
    .regex(/^\d{1,20}$/, 'must be a Zendesk id (digits)'),
  z.string().trim().min(1).max(100),
);

/**
 * What an administrator saves. The token is write-only: left out (or empty), the stored one is kept; it is never
 * sent back.
 */
export const zendeskConnectorInputSchema = z.strictObject({
  subdomain: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be the subdomain only, e.g. acme for acme.zendesk.com'),
  email: z.string().trim().toLowerCase().max(200).pipe(z.email()),
  apiToken: z.string().trim().max(200).optional(),
  enabled: z.boolean().default(true),
  scheduleMinutes: z
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(15),
  /** Zendesk group id → vendor slug. */
  vendorByGroup: idMap.default({}),
  /** Zendesk brand id → vendor slug. */
  vendorByBrand: idMap.default({}),
  /** Vendor of every ticket no group or brand mapping names. */
  vendor: z.string().trim().min(1).max(100).optional(),
  /** `via.channel` → our channel, over the defaults. */
  channelByVia: z.record(z.string().trim().min(1).max(60), z.enum(CHANNELS)).default({}),
});
export type ZendeskConnectorInput = z.input<typeof zendeskConnectorInputSchema>;

export type ConnectorSyncState = 'idle' | 'queued' | 'fetching' | 'failed';

/** A Zendesk group or brand: the id the mappings store, and the name people know it by. */
export interface ZendeskNamedId {
  id: string;
  name: string;
}

export interface ZendeskConnectorDto {
  kind: 'zendesk';
  configured: boolean;
  subdomain: string | null;
  email: string | null;
  /** Whether a token is stored; the token itself is never returned. */
  tokenSet: boolean;
  enabled: boolean;
  scheduleMinutes: number;
  vendorByGroup: Record<string, string>;
  vendorByBrand: Record<string, string>;
  vendor: string | null;
  channelByVia: Record<string, string>;
  /** The help desk's groups and brands by name, as read at the start of the last sync; empty before the first. */
  groups: ZendeskNamedId[];
  brands: ZendeskNamedId[];
  /** When the names were read; null before the first sync. */
  namesReadAt: string | null;
  status: {
    state: ConnectorSyncState;
    /** Tickets fetched by the sync under way (or the last one). */
    ticketsFetched: number;
    pagesFetched: number;
    lastSyncAt: string | null;
    lastError: string | null;
    /** The import job of the last sync that brought tickets (Imports page). */
    lastImportJobId: string | null;
    /** Whether the next sync continues from a stored cursor rather than from the beginning. */
    hasCursor: boolean;
  };
}

export interface ConnectorSyncAnswer {
  queued: true;
}
