import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { ALL_ROLES } from '@rapport/api-core';
import type { UserRole } from '@rapport/contracts';
import {
  buildConversation,
  createApiKey,
  createUser,
  createTestApi,
  openSession,
  postJson,
  RouteEntry,
  routeTable,
  seedVendor,
  TestApi,
} from '@rapport/api-testing';
import { hostileBody, hostileQuery, hostileText, RawBody } from './hostile-input';

/**
 * Every route of the live route table, called as every role, an API key and anonymously with random and hostile
 * path parameters, query strings and bodies: no answer may be a 5xx, every answer must come within a generous
 * budget, and /api/health must keep answering. Seeded (FUZZ_SEED) so a failure replays; FUZZ_RUNS per route.
 */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261207);
const RUNS_PER_ROUTE = Number(process.env['FUZZ_RUNS'] ?? 30);
/** Far above any normal answer; a request still open then is a stall, whatever the machine's load. */
const ANSWER_BUDGET_MS = 15_000;

jest.setTimeout(600_000);

type Caller = { name: string; headers: () => Promise<Record<string, string>> };

interface Failure {
  route: string;
  counterexample: string;
  error: string;
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

describe('route fuzzing', () => {
  let api: TestApi;
  const ids: Record<string, string[]> = {};
  let callers: Caller[];

  beforeAll(async () => {
    api = await createTestApi();
    const own = await seedVendor(api, { slug: 'fuzz-own' });
    const other = await seedVendor(api, { slug: 'fuzz-other' });
    const key = await createApiKey(api, { source: 'fuzz', vendorId: own.id });
    const stored = await postJson(
      api,
      '/api/conversations/batch',
      [
        buildConversation({ vendor: 'fuzz-own', source: 'fuzz' }),
        buildConversation({ vendor: 'fuzz-own', source: 'fuzz' }),
      ],
      key.headers,
    );
    expect(stored.status).toBe(200);
    const users = await Promise.all(
      ALL_ROLES.map((role) => createUser(api, role as UserRole, { vendorId: role === 'partner' ? own.id : undefined })),
    );
    const conversations: Array<{ id: string }> = await api.dataSource.query('SELECT id FROM conversations');
    expect(conversations.length).toBe(2);
    ids['vendor'] = [own.id, other.id];
    ids['any'] = [...ids['vendor'], ...conversations.map((row) => row.id), ...users.map(({ user }) => user.id), key.id];
    // Fresh sessions per route: a fuzzed logout, password reset or role change must not blind the routes after it.
    callers = [
      { name: 'anonymous', headers: async () => ({}) },
      { name: 'api-key', headers: async () => key.headers },
      ...users.map(({ user }) => ({ name: user.role, headers: () => openSession(api, user) })),
    ];
  });
  afterAll(() => api.close());

  it('answers every route, as every caller, with hostile input: never a 5xx, never past the budget, health throughout', async () => {
    const routes = routeTable(api).filter((route) => route.policy !== undefined);
    expect(routes.length).toBeGreaterThan(30);
    const failures: Failure[] = [];
    let requests = 0;
    for (const [index, route] of routes.entries()) {
      const sessions = await Promise.all(
        callers.map(async (caller) => ({ name: caller.name, headers: await caller.headers() })),
      );
      const property = fc.asyncProperty(
        fc.constantFrom(...sessions),
        pathFor(route),
        fc.oneof(
          hostileQuery(),
          fc.tuple(validQuery(), hostileQuery()).map(([base, extra]) => [...base, ...extra.slice(0, 2)]),
        ),
        MUTATING.has(route.method)
          ? fc.option(hostileBody(examplesFor(route)), { nil: undefined, freq: 6 })
          : fc.constant(undefined),
        fc.boolean(),
        async (caller, path, query, body, alongsideHealth) => {
          requests++;
          const [answer, health] = await Promise.all([
            send(route.method, path, query, body, caller.headers),
            alongsideHealth ? send('GET', '/api/health', [], undefined, {}) : null,
          ]);
          if (answer.status >= 500) {
            throw new Error(`${answer.status} as ${caller.name}: ${answer.text.slice(0, 300)}`);
          }
          if (health && health.status !== 200) {
            throw new Error(`/api/health answered ${health.status} beside this request`);
          }
        },
      );
      const result = await fc.check(property, { seed: SEED + index, numRuns: RUNS_PER_ROUTE, endOnFailure: true });
      if (result.failed) {
        failures.push({
          route: `${route.method} ${route.path}`,
          counterexample: fc.stringify(result.counterexample).slice(0, 600),
          error: String(result.errorInstance).slice(0, 400),
        });
      }
      const health = await send('GET', '/api/health', [], undefined, {});
      if (health.status !== 200) {
        failures.push({
          route: `${route.method} ${route.path}`,
          counterexample: 'after the route',
          error: `/api/health answered ${health.status}`,
        });
      }
    }
    expect(failures).toEqual([]);
    expect(requests).toBeGreaterThanOrEqual(routes.length * RUNS_PER_ROUTE);
  });

  /** A query most read routes accept (a period, sometimes a vendor), for hostile parameters to be added to. */
  function validQuery(): fc.Arbitrary<Array<[string, string]>> {
    return fc
      .tuple(
        fc.constantFrom('2025-07', '2026-01', '2026-03'),
        fc.constantFrom('2026-03', '2026-06'),
        fc.option(fc.constantFrom(...(ids['vendor'] as string[]))),
      )
      .map(([from, to, vendorId]) => [
        ['from', from],
        ['to', to],
        ...(vendorId ? [['vendorId', vendorId] as [string, string]] : []),
      ]);
  }

  /** The route's path with each `:param` filled by a real id (own or other vendor, any object) or hostile text. */
  function pathFor(route: RouteEntry): fc.Arbitrary<string> {
    const params = [...route.path.matchAll(/:(\w+)/g)].map((match) => match[1] as string);
    const value = (name: string) =>
      fc.oneof(
        {
          weight: 3,
          arbitrary: fc.constantFrom(...(name === 'vendorId' ? (ids['vendor'] as string[]) : (ids['any'] as string[]))),
        },
        { weight: 1, arbitrary: fc.constant(randomUUID()) },
        { weight: 2, arbitrary: hostileText().map((text) => encodeURIComponent(wellFormed(text)) || '%20') },
        // Sent as they are: malformed percent-encoding and encoded separators.
        { weight: 1, arbitrary: fc.constantFrom('%', '%E0%A4%A', '%ZZ', '%C0%AF', '..%2F..%2F', '%2e%2e', 'a%00b') },
      );
    return fc
      .tuple(...params.map(value))
      .map((values) =>
        values.reduce<string>((path, segment, at) => path.replace(`:${params[at]}`, segment), route.path),
      );
  }

  async function send(
    method: string,
    path: string,
    query: Array<[string, string]>,
    body: unknown,
    headers: Record<string, string>,
  ): Promise<{ status: number; text: string }> {
    const url = new URL(api.url + path);
    for (const [name, value] of query) {
      url.searchParams.append(name, value);
    }
    const init: RequestInit = { method, headers, signal: AbortSignal.timeout(ANSWER_BUDGET_MS) };
    if (body !== undefined) {
      init.headers = { ...headers, 'content-type': 'application/json' };
      init.body = body instanceof RawBody ? body.text : JSON.stringify(body);
    }
    try {
      const response = await fetch(url, init);
      return { status: response.status, text: await response.text() };
    } catch (error) {
      throw new Error(
        `${method} ${url.pathname}${url.search.slice(0, 200)}: no answer within ${ANSWER_BUDGET_MS} ms (${String(error)})`,
      );
    }
  }
});

/** Valid bodies for the routes that take them, so mutations reach past validation into services and queries. */
function examplesFor(route: RouteEntry): unknown[] {
  const conversation = buildConversation({ vendor: 'fuzz-own', source: 'fuzz' });
  const survey = {
    source: 'fuzz',
    conversationExternalId: conversation.externalId,
    score: 4,
    scale: '1-5',
    answeredAt: '2026-03-02T12:00:00Z',
  };
  const examples: Record<string, unknown[]> = {
    '/api/conversations/batch': [[conversation]],
    '/api/surveys/batch': [[survey]],
    '/api/auth/login': [{ email: 'admin@fuzz.example', password: 'not-the-password-1' }],
    '/api/users': [{ email: 'new@fuzz.example', displayName: 'New', role: 'qa-reviewer' }],
    '/api/api-keys': [{ name: 'key', source: 'fuzz' }],
    '/api/imports/mappings': [{ name: 'mapping', format: 'message-csv', columnMapping: { conversation_id: 'Ticket' } }],
  };
  return examples[route.path] ?? [];
}

/** Lone surrogates replaced, as a browser would before percent-encoding a path. */
function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}
