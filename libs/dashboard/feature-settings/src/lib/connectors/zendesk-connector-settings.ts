import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ZendeskConnectorDto, ZendeskConnectorInput, ZendeskNamedId } from '@rapport/contracts';
import { ZendeskConnectorStore } from '@rapport/dashboard-data-access';
import { ErrorState, LoadingState } from '@rapport/dashboard-ui';
import { fromMappingLines, toMappingLines } from './mapping-lines';

/** The Zendesk connector (administrators): where to fetch from, which vendor each ticket is, and "Sync now". */
@Component({
  selector: 'rp-zendesk-connector-settings',
  imports: [ErrorState, LoadingState, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './zendesk-connector-settings.html',
  styleUrl: '../settings-section.scss',
  styles: `
    .connector-form {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
      gap: var(--rp-space-3);
      align-items: end;
    }
    .toggle {
      display: flex;
      gap: var(--rp-space-2);
      align-items: center;
    }
    .status {
      margin-top: var(--rp-space-3);
    }
    /* The notice's own text colour, underlined: the accent colour on the notice's tint falls short of 4.5:1. */
    .rp-notice a {
      color: inherit;
      text-decoration: underline;
    }
  `,
})
export class ZendeskConnectorSettings {
  protected readonly store = inject(ZendeskConnectorStore);
  protected readonly state = this.store.state;
  protected readonly saving = this.store.saving.state;
  protected readonly syncing = this.store.syncing.state;
  protected readonly formError = signal<string | null>(null);
  protected readonly lines = toMappingLines;

  constructor() {
    this.store.load();
  }

  protected save(form: HTMLFormElement, connector: ZendeskConnectorDto): void {
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const groups = fromMappingLines(text('vendorByGroup'), connector.groups);
    const brands = fromMappingLines(text('vendorByBrand'), connector.brands);
    const channels = fromMappingLines(text('channelByVia'));
    const problems = [
      ...groups.problems.map((p) => `Groups, ${p}`),
      ...brands.problems.map((p) => `Brands, ${p}`),
      ...channels.problems.map((p) => `Channels, ${p}`),
    ];
    if (problems.length > 0) {
      this.formError.set(problems.join('; '));
      return;
    }
    this.formError.set(null);
    const input: ZendeskConnectorInput = {
      subdomain: text('subdomain'),
      email: text('email'),
      enabled: data.get('enabled') !== null,
      scheduleMinutes: Number(text('scheduleMinutes')),
      vendorByGroup: groups.mapping,
      vendorByBrand: brands.mapping,
      channelByVia: channels.mapping as ZendeskConnectorInput['channelByVia'],
      ...(text('apiToken') ? { apiToken: text('apiToken') } : {}),
      ...(text('vendor') ? { vendor: text('vendor') } : {}),
    };
    this.store.save(input);
    // The token field is write-only: cleared once sent.
    (form.elements.namedItem('apiToken') as HTMLInputElement).value = '';
  }

  /** The two "Zendesk name or id = vendor" boxes, one per kind of Zendesk object a ticket belongs to. */
  protected namedMappings(connector: ZendeskConnectorDto) {
    return [
      { noun: 'group', name: 'vendorByGroup', rows: 3, mapping: connector.vendorByGroup, names: connector.groups },
      { noun: 'brand', name: 'vendorByBrand', rows: 2, mapping: connector.vendorByBrand, names: connector.brands },
    ] as const;
  }

  /** The names a mapping line may use, as the last sync read them. */
  protected namesHint(kind: string, names: readonly ZendeskNamedId[]): string {
    return names.length > 0
      ? `Zendesk ${kind}: ${names.map((item) => `${item.name} (${item.id})`).join(', ')}`
      : `The ${kind}' names show here after the first sync; until then write ids.`;
  }

  protected statusText(connector: ZendeskConnectorDto): string {
    const status = connector.status;
    if (!connector.configured) {
      return 'Not set up yet.';
    }
    switch (status.state) {
      case 'queued':
        return 'A sync is waiting to start.';
      case 'fetching':
        return `Fetching: ${status.ticketsFetched} tickets in ${status.pagesFetched} pages so far.`;
      case 'failed':
        return `The last sync stopped: ${status.lastError ?? 'unknown reason'}. The next one continues where it stopped.`;
      case 'idle':
        return status.lastSyncAt
          ? `Last sync ${status.lastSyncAt.slice(0, 16).replace('T', ' ')} UTC: ${status.ticketsFetched} tickets fetched.`
          : 'No sync yet.';
    }
  }
}
