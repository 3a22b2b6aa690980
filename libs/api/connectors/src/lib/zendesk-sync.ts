import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '@rapport/api-core';
import {
  buildImportOptions,
  IMPORT_QUEUE,
  ImportJobStore,
  ImportQueue,
  importStorageDir,
} from '@rapport/api-ingestion';
import { ZENDESK_CONNECTOR_SOURCE } from '@rapport/contracts';
import { ConnectorSecrets } from './connector-secrets';
import { ConnectorState } from './connector-state';
import { HelpDeskConnectorRow } from './help-desk-connector.entity';
import { StagingFile } from './staging-file';
import { ZendeskConnector, zendeskBaseUrl } from './zendesk/zendesk-connector';

export const ZENDESK = 'zendesk';

export type SyncOutcome = 'done' | 'stopped' | 'failed' | 'not-configured';

/**
 * One sync of the Zendesk connector: pages of changed tickets (comments embedded) are appended to a staging file,
 * the cursor after each page stored once the page is on disk; at the end of the stream the file becomes an import
 * job with source `zendesk-connector`, run by the import queue like an upload, so the data lands exactly as a file
 * import would (joined transcripts, transcript missing, repeats, deleted tickets). A sync stopped anywhere resumes
 * from its last kept page; a ticket fetched twice is a repeat the import counts, never a duplicate.
 */
@Injectable()
export class ZendeskSync {
  private readonly logger = new Logger('ZendeskSync');

  constructor(
    private readonly state: ConnectorState,
    private readonly secrets: ConnectorSecrets,
    private readonly imports: ImportJobStore,
    @Inject(IMPORT_QUEUE) private readonly importQueue: ImportQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(signal?: AbortSignal): Promise<SyncOutcome> {
    const row = await this.state.get(ZENDESK);
    if (!row || row.tokenSealed === null) {
      return 'not-configured';
    }
    const staging = new StagingFile(importStorageDir(this.config), row.stagingId ?? randomUUID());
    try {
      if (row.stagingId !== null && (await this.imports.get(row.stagingId))) {
        // Stopped after its import was created: only the hand-over remains.
        await this.finish(row, row.stagingId);
        return 'done';
      }
      if (row.stagingId !== null && (await staging.handedOver())) {
        // Stopped between the file's move and its import job: every page is in the file, none is fetched again.
        await this.createImport(row, staging);
        return 'done';
      }
      await this.start(row, staging);
      const connector = this.connector(row);
      // Names first: Settings shows them beside the ids even while a long sync is still fetching tickets.
      const directory = { ...(await connector.directory(signal)), readAt: now() };
      await this.state.update(ZENDESK, { directory }, directory.readAt);
      for (let done = false; !done;) {
        if (signal?.aborted) {
          return 'stopped';
        }
        const page = await connector.fetchPage(row.fetchCursor, signal);
        const bytes = await staging.append(page.records);
        row.fetchCursor = page.nextCursor;
        row.stagedBytes += bytes;
        row.ticketsFetched += page.records.length;
        row.pagesFetched += 1;
        await this.state.update(
          ZENDESK,
          {
            fetchCursor: row.fetchCursor,
            stagedBytes: row.stagedBytes,
            ticketsFetched: row.ticketsFetched,
            pagesFetched: row.pagesFetched,
          },
          now(),
        );
        done = page.endOfStream;
      }
      await this.handOver(row, staging);
      return 'done';
    } catch (error) {
      if (signal?.aborted) {
        return 'stopped';
      }
      await this.fail(row, error instanceof Error ? error.message : String(error));
      return 'failed';
    }
  }

  /** A new sync starts a staging file at the stored cursor; a stopped one reopens its file after the last kept page. */
  private async start(row: HelpDeskConnectorRow, staging: StagingFile): Promise<void> {
    const resuming = row.stagingId !== null && (await staging.openAt(row.stagedBytes));
    if (!resuming) {
      await staging.openAt(0);
      Object.assign(row, {
        stagingId: staging.id,
        fetchCursor: row.cursor,
        stagedBytes: 0,
        ticketsFetched: 0,
        pagesFetched: 0,
      });
    }
    row.state = 'fetching';
    await this.state.update(
      ZENDESK,
      {
        stagingId: row.stagingId,
        fetchCursor: row.fetchCursor,
        stagedBytes: row.stagedBytes,
        ticketsFetched: row.ticketsFetched,
        pagesFetched: row.pagesFetched,
        state: 'fetching',
        lastError: null,
      },
      now(),
    );
  }

  private connector(row: HelpDeskConnectorRow): ZendeskConnector {
    return new ZendeskConnector({
      baseUrl: zendeskBaseUrl(row.settings.subdomain, this.config.connectors.zendeskBaseUrl),
      email: row.settings.email,
      apiToken: this.secrets.open(row.tokenSealed ?? ''),
    });
  }

  /** The complete staging file becomes an import job (id = the staging id, so a resumed hand-over never makes two). */
  private async handOver(row: HelpDeskConnectorRow, staging: StagingFile): Promise<void> {
    if (row.ticketsFetched === 0) {
      await this.finish(row, null);
      return;
    }
    await staging.handOver();
    await this.createImport(row, staging);
  }

  private async createImport(row: HelpDeskConnectorRow, staging: StagingFile): Promise<void> {
    const built = buildImportOptions('zendesk', {
      source: ZENDESK_CONNECTOR_SOURCE,
      vendorByGroup: row.settings.vendorByGroup,
      vendorByBrand: row.settings.vendorByBrand,
      channelByVia: row.settings.channelByVia,
      ...(row.settings.vendor ? { vendor: row.settings.vendor } : {}),
    });
    if (built.problems) {
      throw new Error(`the connector's mappings are not valid import options: ${built.problems.join('; ')}`);
    }
    await this.imports.create({
      id: staging.id,
      format: 'zendesk',
      status: 'queued',
      fileName: `Zendesk ${row.settings.subdomain}: ${row.ticketsFetched} tickets, ${row.pagesFetched} pages`.slice(
        0,
        300,
      ),
      filePath: staging.importPath,
      ownsFile: true,
      fingerprint: null,
      options: built.options,
      bytesTotal: row.stagedBytes,
      writeScope: null,
      createdBy: 'Zendesk connector',
      createdAt: now(),
    });
    this.importQueue.enqueue(staging.id);
    await this.finish(row, staging.id);
  }

  private async finish(row: HelpDeskConnectorRow, importJobId: string | null): Promise<void> {
    await this.state.update(
      ZENDESK,
      {
        cursor: row.fetchCursor ?? row.cursor,
        fetchCursor: null,
        stagingId: null,
        stagedBytes: 0,
        state: 'idle',
        lastSyncAt: now(),
        lastError: null,
        ...(importJobId ? { lastImportJobId: importJobId } : {}),
      },
      now(),
    );
  }

  /**
   * The sync keeps its cursor and staged pages (the next run continues there) and its failure shows on the Imports
   * page as a failed job of source `zendesk-connector`.
   */
  private async fail(row: HelpDeskConnectorRow, reason: string): Promise<void> {
    this.logger.warn({ msg: 'Zendesk sync failed', reason });
    const id = randomUUID();
    const at = now();
    await this.imports.create({
      id,
      format: 'zendesk',
      status: 'failed',
      fileName: `Zendesk ${row.settings.subdomain}: sync stopped after ${row.ticketsFetched} tickets`.slice(0, 300),
      // No file: nothing is imported by this job; it only tells of the failure.
      filePath: '',
      ownsFile: false,
      fingerprint: null,
      options: { source: ZENDESK_CONNECTOR_SOURCE },
      bytesTotal: 0,
      writeScope: null,
      createdBy: 'Zendesk connector',
      createdAt: at,
    });
    await this.imports.finish(id, null, 'failed', reason, at);
    await this.state.update(ZENDESK, { state: 'failed', lastError: reason, lastImportJobId: id }, at);
  }
}

function now(): string {
  return new Date().toISOString();
}
