import type { NativeConversation, NativeMessage } from '@rapport/contracts';
import { Vendor, VendorsService } from '@rapport/api-vendors';
import type { TestApi } from './test-api';

let sequence = 0;

export async function seedVendor(api: TestApi, overrides: Partial<Vendor> = {}): Promise<Vendor> {
  sequence++;
  const hours = { 0: [], 1: [[480, 1080]], 2: [[480, 1080]], 3: [[480, 1080]], 4: [[480, 1080]], 5: [[480, 1080]], 6: [] } as Vendor['businessHours'];
  return api.app.get(VendorsService).create(
    {
      slug: overrides.slug ?? `vendor-${sequence}`,
      name: overrides.name ?? `Vendor ${sequence}`,
      country: overrides.country ?? 'PT',
      timeZone: overrides.timeZone ?? 'Europe/Lisbon',
      sites: overrides.sites ?? ['Lisbon'],
      businessHours: overrides.businessHours ?? hours,
      expectedFormality: overrides.expectedFormality ?? {},
    },
    '2026-01-01T00:00:00.000Z',
  );
}

export function buildConversation(overrides: Partial<NativeConversation> & { vendor: string }): NativeConversation {
  sequence++;
  const messages: NativeMessage[] = overrides.messages ?? [
    { role: 'customer', at: '2026-03-02T10:00:00.000Z', text: 'Hello, my order has not arrived.' },
    { role: 'agent', at: '2026-03-02T10:02:00.000Z', text: 'Hello, thank you for writing. I am checking it now.', agentId: 'agent-1' },
  ];
  return {
    source: 'test',
    externalId: `conv-${sequence}`,
    channel: 'chat',
    createdAt: messages[0]?.at ?? '2026-03-02T10:00:00.000Z',
    ...overrides,
    messages,
  };
}

export async function postJson(api: TestApi, path: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
  const response = await fetch(api.url + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: response.status, body: await response.json().catch(() => null) };
}

/** Any method, for PATCH, DELETE and requests without a body. */
export async function sendJson(
  api: TestApi,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: any; headers: Headers }> {
  const init: RequestInit = { method, headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers } };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
  }
  const response = await fetch(api.url + path, init);
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON (CSV exports): the text itself.
  }
  return { status: response.status, body: parsed, headers: response.headers };
}

export async function getJson(api: TestApi, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
  const response = await fetch(api.url + path, { headers });
  return { status: response.status, body: await response.json().catch(() => null) };
}
