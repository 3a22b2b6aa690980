import { Controller, Get, Module } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ALL_ROLES } from '@rapport/api-core';
import type { User } from '@rapport/api-auth';
import type { UserRole } from '@rapport/contracts';
import type { Vendor } from '@rapport/api-vendors';
import {
  buildConversation,
  createApiKey,
  createTestApi,
  createUser,
  expressRoutes,
  openSession,
  RouteEntry,
  routeTable,
  sendJson,
  seedVendor,
  TestApi,
} from '@rapport/api-testing';

// Each test boots the whole API on a fresh database and signs users in with argon2; CI machines are small.
jest.setTimeout(120_000);

/**
 * Every API route × every kind of caller × own/other vendor, generated from the running app's route table and
 * checked over HTTP against the policy each route declares. A new route is covered as soon as it exists; one
 * without a policy fails here (and is refused at run time by the guard).
 */

type Caller =
  | { name: string; kind: 'anonymous' }
  | { name: string; kind: 'user'; role: UserRole; user: User; vendorScope: string | null }
  | { name: string; kind: 'api-key'; headers: Record<string, string>; vendorScope: string | null };

type Expectation = 'allowed' | 401 | 403 | 404;

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Served by Swagger directly on Express, public on purpose: the API's own description (no data). */
const isApiDescription = (path: string) => /^\/api\/docs(-json|-yaml|\/.*)?$/.test(path);

/** The rules as the issue states them, written independently of the guard's code. */
function expectation(route: RouteEntry, caller: Caller, vendor: 'own' | 'other' | 'none'): Expectation {
  const policy = route.policy;
  if (!policy) {
    return 403;
  }
  if (policy.roles === 'public') {
    return 'allowed';
  }
  if (caller.kind === 'anonymous') {
    return 401;
  }
  const mutating = MUTATING.has(route.method);
  if (caller.kind === 'api-key') {
    if (!policy.apiKey || !mutating) {
      return 403;
    }
  } else if (!policy.roles.includes(caller.role) || (caller.role === 'executive' && mutating && !route.selfService)) {
    return 403;
  }
  return vendor === 'other' && caller.vendorScope !== null ? 404 : 'allowed';
}

describe('authorisation matrix', () => {
  let api: TestApi;
  let own: Vendor;
  let other: Vendor;
  let callers: Caller[];
  let routes: RouteEntry[];

  beforeAll(async () => {
    api = await createTestApi();
    own = await seedVendor(api, { name: 'Own Vendor' });
    other = await seedVendor(api, { name: 'Other Vendor' });
    callers = [{ name: 'anonymous', kind: 'anonymous' }];
    for (const role of ALL_ROLES) {
      const vendorScope = role === 'partner' ? own.id : null;
      const { user } = await createUser(api, role, { vendorId: vendorScope ?? undefined });
      callers.push({ name: role, kind: 'user', role, user, vendorScope });
    }
    const scopedKey = await createApiKey(api, { source: 'matrix', vendorId: own.id });
    const anyVendorKey = await createApiKey(api, { source: 'matrix' });
    callers.push({ name: 'vendor-scoped API key', kind: 'api-key', headers: scopedKey.headers, vendorScope: own.id });
    callers.push({ name: 'unscoped API key', kind: 'api-key', headers: anyVendorKey.headers, vendorScope: null });
    // Data for both vendors, so a list or aggregate that leaked would show the other vendor.
    const conversations = [buildConversation({ vendor: own.slug, source: 'matrix' }), buildConversation({ vendor: other.slug, source: 'matrix' })];
    const ingest = await sendJson(api, 'POST', '/api/conversations/batch', conversations, anyVendorKey.headers);
    expect(ingest.status).toBe(200);
    routes = routeTable(api);
  });
  afterAll(() => api.close());

  /** A fresh session per request, so a route such as logout cannot affect the next check. */
  async function headersFor(caller: Caller): Promise<Record<string, string>> {
    if (caller.kind === 'anonymous') {
      return {};
    }
    if (caller.kind === 'api-key') {
      return caller.headers;
    }
    return openSession(api, caller.user);
  }

  function concretePath(route: RouteEntry, vendor: 'own' | 'other' | 'none'): string {
    return route.path.replace(/:(\w+)/g, (_match, name: string) => (name === 'vendorId' ? (vendor === 'other' ? other.id : own.id) : randomUUID()));
  }

  it('finds every Express route in the route table, and there are routes to check', () => {
    const known = new Set(routes.map((route) => `${route.method} ${route.path}`));
    const missing = expressRoutes(api).filter((route) => route.path.startsWith('/api') && !isApiDescription(route.path) && !known.has(`${route.method} ${route.path}`));
    expect(missing).toEqual([]);
    expect(routes.length).toBeGreaterThan(10);
  });

  it('has an access policy on every route', () => {
    expect(routes.filter((route) => !route.policy).map((route) => `${route.method} ${route.path} (${route.controller}.${route.handler})`)).toEqual([]);
  });

  it('lets API keys only write, and never read', () => {
    const readable = routes.filter((route) => route.policy && route.policy.roles !== 'public' && route.policy.apiKey && !MUTATING.has(route.method));
    expect(readable.map((route) => `${route.method} ${route.path}`)).toEqual([]);
  });

  it('answers every route for every caller and vendor as its policy says', async () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (const route of routes) {
      const variants = route.path.includes(':vendorId') ? (['own', 'other'] as const) : (['none'] as const);
      for (const caller of callers) {
        for (const vendor of variants) {
          const expected = expectation(route, caller, vendor);
          const headers = await headersFor(caller);
          const response = await sendJson(api, route.method, concretePath(route, vendor), MUTATING.has(route.method) ? {} : undefined, headers);
          checked++;
          const problem = mismatch(expected, response.status, response.body, caller, other);
          if (problem) {
            mismatches.push(`${route.method} ${route.path} as ${caller.name} (${vendor} vendor): ${problem}`);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(routes.length * callers.length);
  });
});

/** Why a response breaks its expectation, or null. Refusals carry no details; partners never see the other vendor. */
function mismatch(expected: Expectation, status: number, body: unknown, caller: Caller, other: Vendor): string | null {
  const text = typeof body === 'string' ? body : JSON.stringify(body ?? '');
  if (expected === 'allowed') {
    if (status === 401 || status === 403 || status >= 500) {
      return `expected access, got ${status} ${text.slice(0, 200)}`;
    }
  } else if (status !== expected) {
    return `expected ${expected}, got ${status} ${text.slice(0, 200)}`;
  } else if (Object.keys((body as Record<string, unknown>) ?? {}).sort().join(',') !== 'code,message,statusCode') {
    return `refusal body should hold only statusCode, code and message: ${text}`;
  }
  if (caller.kind !== 'anonymous' && caller.vendorScope !== null && (text.includes(other.id) || text.includes(other.name) || text.includes(other.slug))) {
    return `leaks the other vendor: ${text.slice(0, 200)}`;
  }
  return null;
}

@Controller('unguarded-probe')
class ProbeWithoutPolicyController {
  @Get()
  secrets(): { secret: string } {
    return { secret: 'should never be served' };
  }
}

@Module({ controllers: [ProbeWithoutPolicyController] })
class ProbeModule {}

describe('a route added without an access policy', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({}, { imports: [ProbeModule] });
  });
  afterAll(() => api.close());

  it('shows up in the route table without a policy, so the matrix above would fail', () => {
    const probe = routeTable(api).find((route) => route.path === '/api/unguarded-probe');
    expect(probe).toMatchObject({ method: 'GET', policy: undefined });
  });

  it('is refused by the guard even for an administrator', async () => {
    const { user } = await createUser(api, 'admin');
    const response = await sendJson(api, 'GET', '/api/unguarded-probe', undefined, await openSession(api, user));
    expect(response.status).toBe(403);
    expect(JSON.stringify(response.body)).not.toContain('should never be served');
  });
});
