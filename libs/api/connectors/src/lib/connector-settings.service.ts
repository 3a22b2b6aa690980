import { Injectable } from '@nestjs/common';
import { AuditService } from '@rapport/api-audit';
import { DomainError, Principal } from '@rapport/api-core';
import { zendeskConnectorInputSchema, ZendeskConnectorDto } from '@rapport/contracts';
import { ConnectorSecrets } from './connector-secrets';
import { ConnectorState } from './connector-state';
import { HelpDeskConnectorRow } from './help-desk-connector.entity';
import { ConnectorJobs } from './connector-jobs';
import { ZENDESK } from './zendesk-sync';

type ZendeskInput = ReturnType<typeof zendeskConnectorInputSchema.parse>;

/** The Zendesk connector as administrators see and change it; every change and manual sync is audited. */
@Injectable()
export class ConnectorSettingsService {
  constructor(
    private readonly state: ConnectorState,
    private readonly secrets: ConnectorSecrets,
    private readonly audit: AuditService,
    private readonly jobs: ConnectorJobs,
  ) {}

  async get(): Promise<ZendeskConnectorDto> {
    return toDto(await this.state.get(ZENDESK));
  }

  async save(input: ZendeskInput, principal: Principal, ip: string | null): Promise<ZendeskConnectorDto> {
    const at = new Date().toISOString();
    const previous = await this.state.get(ZENDESK);
    const token = input.apiToken ? this.secrets.seal(input.apiToken) : (previous?.tokenSealed ?? null);
    if (token === null) {
      throw DomainError.invalid('apiToken: a Zendesk API token is required the first time', [
        { line: 0, field: 'apiToken', reason: 'missing' },
      ]);
    }
    const row: HelpDeskConnectorRow = {
      ...(previous ?? emptyRow(at)),
      kind: ZENDESK,
      settings: {
        subdomain: input.subdomain,
        email: input.email,
        enabled: input.enabled,
        scheduleMinutes: input.scheduleMinutes,
        vendorByGroup: input.vendorByGroup,
        vendorByBrand: input.vendorByBrand,
        vendor: input.vendor ?? null,
        channelByVia: input.channelByVia,
      },
      tokenSealed: token,
      updatedAt: at,
    };
    // Another help desk (a new subdomain) has cursors of its own: its first sync starts from the beginning.
    if (previous && previous.settings.subdomain !== input.subdomain) {
      Object.assign(row, { cursor: null, fetchCursor: null, stagingId: null, stagedBytes: 0 });
    }
    await this.state.save(row);
    await this.audit.record({
      actor: principal,
      action: 'connector.change',
      target: { type: 'connector', id: ZENDESK },
      ip,
      // Never the token: only whether it changed.
      details: {
        subdomain: input.subdomain,
        tokenChanged: input.apiToken !== undefined && input.apiToken !== '',
        enabled: input.enabled,
        scheduleMinutes: input.scheduleMinutes,
      },
    });
    return toDto(row);
  }

  async syncNow(principal: Principal, ip: string | null): Promise<void> {
    const row = await this.state.get(ZENDESK);
    if (!row || row.tokenSealed === null) {
      throw new DomainError(
        409,
        'connector_not_configured',
        'save the Zendesk connector (subdomain, e-mail and API token) before syncing',
      );
    }
    await this.state.update(
      ZENDESK,
      { state: row.state === 'fetching' ? 'fetching' : 'queued' },
      new Date().toISOString(),
    );
    await this.jobs.queueSync();
    await this.audit.record({
      actor: principal,
      action: 'connector.sync',
      target: { type: 'connector', id: ZENDESK },
      ip,
      details: { subdomain: row.settings.subdomain },
    });
  }
}

function emptyRow(at: string): HelpDeskConnectorRow {
  return {
    kind: ZENDESK,
    settings: {
      subdomain: '',
      email: '',
      enabled: true,
      scheduleMinutes: 15,
      vendorByGroup: {},
      vendorByBrand: {},
      vendor: null,
      channelByVia: {},
    },
    tokenSealed: null,
    directory: null,
    cursor: null,
    fetchCursor: null,
    stagingId: null,
    stagedBytes: 0,
    ticketsFetched: 0,
    pagesFetched: 0,
    state: 'idle',
    lastSyncAt: null,
    lastError: null,
    lastImportJobId: null,
    updatedAt: at,
  };
}

function toDto(row: HelpDeskConnectorRow | null): ZendeskConnectorDto {
  const r = row ?? emptyRow('');
  return {
    kind: 'zendesk',
    configured: row !== null && row.tokenSealed !== null,
    subdomain: r.settings.subdomain || null,
    email: r.settings.email || null,
    tokenSet: r.tokenSealed !== null,
    enabled: r.settings.enabled,
    scheduleMinutes: r.settings.scheduleMinutes,
    vendorByGroup: r.settings.vendorByGroup,
    vendorByBrand: r.settings.vendorByBrand,
    vendor: r.settings.vendor,
    channelByVia: r.settings.channelByVia,
    groups: r.directory?.groups ?? [],
    brands: r.directory?.brands ?? [],
    namesReadAt: r.directory?.readAt ?? null,
    status: {
      state: r.state,
      ticketsFetched: r.ticketsFetched,
      pagesFetched: r.pagesFetched,
      lastSyncAt: r.lastSyncAt,
      lastError: r.lastError,
      lastImportJobId: r.lastImportJobId,
      hasCursor: r.cursor !== null || r.fetchCursor !== null,
    },
  };
}
