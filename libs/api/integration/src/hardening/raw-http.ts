import { connect, type Socket } from 'node:net';

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * A client on a bare socket, for what fetch cannot do: send headers and then trickle, stall or stop half-way.
 * `response` settles with the first complete answer; `closed` when the server (or the client) ends the connection.
 */
export class RawClient {
  readonly socket: Socket;
  readonly response: Promise<RawResponse>;
  readonly closed: Promise<void>;
  private received = Buffer.alloc(0);

  constructor(baseUrl: string) {
    const url = new URL(baseUrl);
    this.socket = connect({ host: url.hostname, port: Number(url.port) });
    this.socket.on('error', () => undefined);
    this.closed = new Promise((resolve) => this.socket.once('close', () => resolve()));
    this.response = new Promise((resolve, reject) => {
      this.socket.on('data', (chunk: Buffer) => {
        this.received = Buffer.concat([this.received, chunk]);
        const parsed = parseResponse(this.received);
        if (parsed) {
          resolve(parsed);
        }
      });
      this.socket.once('close', () =>
        reject(new Error(`connection closed before a complete response (${this.received.length} bytes received)`)),
      );
    });
    // Settled by whoever awaits it; an unanswered request must not become an unhandled rejection.
    this.response.catch(() => undefined);
  }

  send(data: string | Buffer): void {
    this.socket.write(data);
  }

  destroy(): void {
    this.socket.destroy();
  }
}

function parseResponse(data: Buffer): RawResponse | null {
  const end = data.indexOf('\r\n\r\n');
  if (end < 0) {
    return null;
  }
  const [statusLine = '', ...lines] = data.subarray(0, end).toString('latin1').split('\r\n');
  const headers = Object.fromEntries(
    lines.map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
    }),
  );
  const length = Number(headers['content-length'] ?? 0);
  const body = data.subarray(end + 4);
  if (body.length < length) {
    return null;
  }
  return {
    status: Number(statusLine.split(' ')[1]),
    headers,
    body: body.subarray(0, length).toString('utf8'),
  };
}

/** Rejects when the promise has not settled within `ms`: how the tests say "answered in time". */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing within ${ms} ms`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/** Request head for a raw client. */
export function requestHead(method: string, path: string, headers: Record<string, string | number>): string {
  const lines = Object.entries({ host: 'localhost', ...headers }).map(([name, value]) => `${name}: ${value}`);
  return `${method} ${path} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n`;
}
