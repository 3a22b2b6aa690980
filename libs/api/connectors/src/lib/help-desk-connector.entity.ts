import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ConnectorSyncState, ZendeskNamedId } from '@rapport/contracts';

const bigintAsNumber = { to: (value: number) => value, from: (value: string | number) => Number(value) };

/** Settings a connector row keeps as JSON (everything but the token). */
export interface ConnectorSettings {
  subdomain: string;
  email: string;
  enabled: boolean;
  scheduleMinutes: number;
  vendorByGroup: Record<string, string>;
  vendorByBrand: Record<string, string>;
  vendor: string | null;
  channelByVia: Record<string, string>;
}

/** The help desk's groups and brands by name, read by the sync so that mappings can be chosen by name. */
export interface HelpDeskDirectory {
  groups: ZendeskNamedId[];
  brands: ZendeskNamedId[];
  readAt: string;
}

@Entity('help_desk_connectors')
export class HelpDeskConnectorRow {
  @PrimaryColumn({ type: 'varchar', length: 30 })
  kind!: string;

  @Column({ type: 'simple-json' })
  settings!: ConnectorSettings;

  @Column({ type: 'simple-json', nullable: true })
  directory!: HelpDeskDirectory | null;

  /** The API token, sealed with AES-256-GCM (`SecretBox`); never sent back by the API. */
  @Column({ name: 'token_sealed', type: 'text', nullable: true })
  tokenSealed!: string | null;

  /** Where the next sync starts: the cursor after the last sync whose tickets were handed to an import. */
  @Column({ type: 'text', nullable: true })
  cursor!: string | null;

  /** The sync under way: the cursor after its last kept page. */
  @Column({ name: 'fetch_cursor', type: 'text', nullable: true })
  fetchCursor!: string | null;

  /** The sync under way: its staging file (and later its import job) id. */
  @Column({ name: 'staging_id', type: 'varchar', length: 36, nullable: true })
  stagingId!: string | null;

  /** Bytes of the staging file that hold whole kept pages; anything after them is cut on resume. */
  @Column({ name: 'staged_bytes', type: 'bigint', transformer: bigintAsNumber })
  stagedBytes!: number;

  @Column({ name: 'tickets_fetched', type: 'integer' })
  ticketsFetched!: number;

  @Column({ name: 'pages_fetched', type: 'integer' })
  pagesFetched!: number;

  @Column({ type: 'varchar', length: 20 })
  state!: ConnectorSyncState;

  @Column({ name: 'last_sync_at', type: 'varchar', length: 30, nullable: true })
  lastSyncAt!: string | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'last_import_job_id', type: 'varchar', length: 36, nullable: true })
  lastImportJobId!: string | null;

  @Column({ name: 'updated_at', type: 'varchar', length: 30 })
  updatedAt!: string;
}
