import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A ticket as Zendesk's incremental export returns it (no comments). */
export function zendeskTicket(id: number, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    url: `https://acme.zendesk.com/api/v2/tickets/${id}.json`,
    id,
    via: { channel: 'email', source: { from: {}, to: {}, rel: null } },
    created_at: '2026-03-02T08:00:00Z',
    updated_at: '2026-03-02T08:30:00Z',
    subject: `Order ${id}`,
    description: 'Where is my order?',
    status: 'open',
    requester_id: 500 + id,
    assignee_id: 601,
    group_id: 360010,
    brand_id: 9100,
    tags: [],
    ...fields,
  };
}

function comment(id: number, authorId: number, body: string, at: string): Record<string, unknown> {
  return { id, type: 'Comment', author_id: authorId, body, plain_body: body, public: true, created_at: at };
}

/** Two comments per ticket: the requester asks, the agent answers. */
export function zendeskComments(ticketId: number): Record<string, unknown>[] {
  return [
    comment(ticketId * 10 + 1, 500 + ticketId, 'Where is my order? It has been a week.', '2026-03-02T08:00:00Z'),
    comment(ticketId * 10 + 2, 601, 'Thank you for waiting, your order ships today.', '2026-03-02T08:20:00Z'),
  ];
}

/** Groups as Zendesk lists them; more than one page of `groups.json` at the fake's page size of 2. */
export const ZENDESK_GROUPS = [
  { id: 360010, name: 'Manila Team' },
  { id: 360011, name: 'Cairo Team' },
  { id: 360012, name: 'Lisbon Team' },
];
export const ZENDESK_BRANDS = [{ id: 9100, name: 'Acme' }];
/** Items a page of groups.json or brands.json holds here, so that following `next_page` is exercised. */
const LIST_PAGE_SIZE = 2;

export interface FakeZendeskOptions {
  /** The incremental export's pages, in order; `null` cursor is the first (start_time) page. */
  pages: Array<{ tickets: Record<string, unknown>[] }>;
  /** Answer the first request for this page index with 429 and `Retry-After: 1`. */
  rateLimitPage?: number;
  /** A ticket whose comments come in two pages (`next_page`). */
  pagedCommentsTicket?: number;
}

/**
 * A local Zendesk that replays recorded-style answers of the cursor-based incremental export, of comments.json and
 * of the groups and brands lists,
 * checks the API token, and counts what it was asked, so tests can tell a resumed sync from a restarted one.
 */
export class FakeZendesk {
  readonly hits: string[] = [];
  acceptedToken = 'good-token';
  /**
   * Called when a page of the export is asked for, before answering: tests stop a sync here, or hold the answer
   * (returning a promise) while they act on the process that asked.
   */
  onPage: ((index: number) => void | Promise<void>) | undefined;
  /** Called when a ticket's comments are asked for, before answering; a returned promise holds the answer. */
  onComments: ((ticketId: number) => void | Promise<void>) | undefined;
  private server: Server | undefined;
  private rateLimited = false;

  constructor(private readonly options: FakeZendeskOptions) {}

  get url(): string {
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`;
  }

  /** Listens on `port` (a random free one by default). */
  async start(port = 0): Promise<void> {
    this.server = createServer((request, response) => void this.answer(request, response));
    await new Promise<void>((resolve) => this.server?.listen(port, '127.0.0.1', resolve));
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  pageRequests(index: number): number {
    const cursor = index === 0 ? 'start_time=0' : `cursor=c${index}`;
    return this.hits.filter((hit) => hit.includes('/incremental/tickets/cursor.json') && hit.includes(cursor)).length;
  }

  private async answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://fake');
    this.hits.push(`${url.pathname}${url.search}`);
    const expected = `Basic ${Buffer.from(`admin@acme.test/token:${this.acceptedToken}`).toString('base64')}`;
    if (request.headers.authorization !== expected) {
      return this.json(response, 401, { error: "Couldn't authenticate you" });
    }
    if (url.pathname === '/api/v2/incremental/tickets/cursor.json') {
      const cursor = url.searchParams.get('cursor');
      const index = cursor === null ? 0 : Number(cursor.slice(1));
      if (index === this.options.rateLimitPage && !this.rateLimited) {
        this.rateLimited = true;
        response.writeHead(429, { 'retry-after': '1', 'content-type': 'application/json' });
        return void response.end('{"error":"APIRateLimitExceeded"}');
      }
      await this.onPage?.(index);
      const page = this.options.pages[index] ?? { tickets: [] };
      const last = index >= this.options.pages.length - 1;
      return this.json(response, 200, {
        tickets: page.tickets,
        after_cursor: `c${Math.min(index + 1, this.options.pages.length)}`,
        after_url: null,
        before_cursor: null,
        end_of_stream: last,
      });
    }
    const list = /^\/api\/v2\/(groups|brands)\.json$/.exec(url.pathname);
    if (list) {
      const name = list[1] as 'groups' | 'brands';
      const all = name === 'groups' ? ZENDESK_GROUPS : ZENDESK_BRANDS;
      const page = Number(url.searchParams.get('page') ?? '1');
      const next = page * LIST_PAGE_SIZE < all.length ? `${this.url}/api/v2/${name}.json?page=${page + 1}` : null;
      return this.json(response, 200, {
        [name]: all.slice((page - 1) * LIST_PAGE_SIZE, page * LIST_PAGE_SIZE),
        next_page: next,
        count: all.length,
      });
    }
    const comments = /^\/api\/v2\/tickets\/(\d+)\/comments\.json$/.exec(url.pathname);
    if (comments) {
      const id = Number(comments[1]);
      await this.onComments?.(id);
      const all = zendeskComments(id);
      if (id === this.options.pagedCommentsTicket) {
        const second = url.searchParams.get('page') === '2';
        return this.json(response, 200, {
          comments: second ? all.slice(1) : all.slice(0, 1),
          next_page: second ? null : `${this.url}/api/v2/tickets/${id}/comments.json?page=2`,
          count: all.length,
        });
      }
      return this.json(response, 200, { comments: all, next_page: null, count: all.length });
    }
    this.json(response, 404, { error: 'RecordNotFound' });
  }

  private json(response: ServerResponse, status: number, body: unknown): void {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  }
}
