import type { ZendeskNamedId } from '@rapport/contracts';
import { ConnectorResponseError, HelpDeskConnector, HelpDeskPage } from '../core/help-desk-connector';
import { fetchJson } from '../core/rate-limited-fetch';

export interface ZendeskCredentials {
  /** `https://acme.zendesk.com`, or a local fake server in tests. */
  baseUrl: string;
  email: string;
  apiToken: string;
}

interface TicketPage {
  tickets?: unknown;
  after_cursor?: unknown;
  end_of_stream?: unknown;
}

interface CommentsPage {
  comments?: unknown;
  next_page?: unknown;
}

/** A cursor page holds up to 1000 tickets; a ticket's comments come 100 a page. */
const PAGE_SIZE = 1000;

/**
 * Zendesk through its cursor-based incremental ticket export: each page of changed tickets, then every live
 * ticket's comments (no ticket endpoint embeds them), embedded as `comments` so that the `zendesk` import format
 * reads the ticket complete. Deleted tickets are passed on as they are: the import removes their conversations.
 */
export class ZendeskConnector implements HelpDeskConnector {
  readonly format = 'zendesk' as const;

  constructor(private readonly credentials: ZendeskCredentials) {}

  async fetchPage(cursor: string | null, signal?: AbortSignal): Promise<HelpDeskPage> {
    const query = cursor === null ? `start_time=0` : `cursor=${encodeURIComponent(cursor)}`;
    const page = (await this.get(
      `/api/v2/incremental/tickets/cursor.json?per_page=${PAGE_SIZE}&${query}`,
      signal,
    )) as TicketPage;
    if (!Array.isArray(page.tickets)) {
      throw new ConnectorResponseError('Zendesk answered the incremental export without a tickets list');
    }
    const records: object[] = [];
    for (const ticket of page.tickets as Array<Record<string, unknown>>) {
      if (ticket['status'] === 'deleted' || ticket['id'] === undefined) {
        records.push(ticket);
        continue;
      }
      records.push({ ...ticket, comments: await this.comments(String(ticket['id']), signal) });
    }
    const after = typeof page.after_cursor === 'string' && page.after_cursor !== '' ? page.after_cursor : cursor;
    if (after === null) {
      throw new ConnectorResponseError('Zendesk answered the incremental export without an after_cursor');
    }
    return { records, nextCursor: after, endOfStream: page.end_of_stream === true };
  }

  /** Every group and brand with its name (offset-paginated lists, `next_page` followed on the same Zendesk only). */
  async directory(signal?: AbortSignal): Promise<{ groups: ZendeskNamedId[]; brands: ZendeskNamedId[] }> {
    return {
      groups: await this.named('groups', signal),
      brands: await this.named('brands', signal),
    };
  }

  private async named(list: 'groups' | 'brands', signal?: AbortSignal): Promise<ZendeskNamedId[]> {
    const all: ZendeskNamedId[] = [];
    let path: string | null = `/api/v2/${list}.json?per_page=100`;
    while (path !== null) {
      const page = (await this.get(path, signal)) as Record<string, unknown>;
      const items = page[list];
      if (!Array.isArray(items)) {
        throw new ConnectorResponseError(`Zendesk answered ${list}.json without a ${list} list`);
      }
      for (const item of items as Array<Record<string, unknown>>) {
        const id = item['id'];
        if ((typeof id === 'number' || typeof id === 'string') && typeof item['name'] === 'string') {
          all.push({ id: String(id), name: item['name'] });
        }
      }
      path = this.sameOrigin(page['next_page']);
    }
    return all.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  }

  private async comments(ticketId: string, signal?: AbortSignal): Promise<unknown[]> {
    const all: unknown[] = [];
    let path: string | null = `/api/v2/tickets/${encodeURIComponent(ticketId)}/comments.json`;
    while (path !== null) {
      const page = (await this.get(path, signal)) as CommentsPage;
      if (!Array.isArray(page.comments)) {
        throw new ConnectorResponseError(`Zendesk answered the comments of ticket ${ticketId} without a comments list`);
      }
      all.push(...(page.comments as unknown[]));
      path = this.sameOrigin(page.next_page);
    }
    return all;
  }

  /** A `next_page` link, followed only to the same Zendesk: the credentials never go anywhere else. */
  private sameOrigin(link: unknown): string | null {
    if (typeof link !== 'string' || link === '') {
      return null;
    }
    const url = new URL(link, this.credentials.baseUrl);
    if (url.origin !== new URL(this.credentials.baseUrl).origin) {
      throw new ConnectorResponseError(`Zendesk's next page points to another site (${url.origin}); not followed`);
    }
    return `${url.pathname}${url.search}`;
  }

  private get(path: string, signal?: AbortSignal): Promise<unknown> {
    const basic = Buffer.from(`${this.credentials.email}/token:${this.credentials.apiToken}`).toString('base64');
    return fetchJson(`${this.credentials.baseUrl}${path}`, {
      headers: { authorization: `Basic ${basic}` },
      signal,
      service: 'Zendesk',
    });
  }
}

/** Where a subdomain's API lives; `override` (tests, a proxy) replaces the whole origin. */
export function zendeskBaseUrl(subdomain: string, override?: string): string {
  return override ? override.replace(/\/+$/, '') : `https://${subdomain}.zendesk.com`;
}
