import { Controller, Get, Module } from '@nestjs/common';
import { ALL_ROLES } from '@rapport/api-core';
import type { User } from '@rapport/api-auth';
import type { UserRole } from '@rapport/contracts';
import {
  createApiKey,
  createTestApi,
  createUser,
  expressRoutes,
  openSession,
  RouteEntry,
  routeTable,
  sendJson,
  TestApi,
} from '@rapport/api-testing';
import { ACCESS_EXPECTATIONS, AccessExpectation, READ_KEY_ROUTES } from './access-expectations';
import { RECIPES } from './matrix-recipes';
import { CallerAccount, MatrixRequest, MUTATING, Recipe, routeKey, Target } from './matrix-requests';
import { MatrixWorld, secretsOf, seedMatrixWorld, VendorSide } from './matrix-world';

// Boots the whole API, seeds two vendors' data and sends close to a thousand requests; CI machines are small.
jest.setTimeout(600_000);

/**
 * Every API route × every kind of caller × the caller's own vendor's objects and the other vendor's, checked over
 * HTTP against the intended access in access-expectations.ts (not against the decorators the guard reads). Requests
 * are valid and name real objects, so an allowed caller must get the route's own success status, and a
 * vendor-scoped caller must never see anything of the other vendor.
 */

type Caller =
  | { name: string; kind: 'anonymous' }
  | {
      name: string;
      kind: 'user';
      role: UserRole;
      user: User;
      account: CallerAccount;
      vendorScope: string | null;
    }
  | {
      name: string;
      kind: 'api-key';
      /** Read keys read (READ_KEY_ROUTES); ingestion keys write. */
      reads: boolean;
      headers: Record<string, string>;
      vendorScope: string | null;
    };

type Outcome = 'success' | 'other-vendor' | 401 | 403;

/** What the intended access says this caller gets for a request naming the target's objects. */
function expectedOutcome(key: string, expected: AccessExpectation, method: string, caller: Caller, target: Target): Outcome {
  if (expected.roles === 'public') {
    return 'success';
  }
  if (caller.kind === 'anonymous') {
    return 401;
  }
  const admitted =
    caller.kind === 'api-key'
      ? caller.reads
        ? READ_KEY_ROUTES.has(key) && !MUTATING.has(method)
        : expected.apiKey && MUTATING.has(method)
      : expected.roles.includes(caller.role);
  if (!admitted) {
    return 403;
  }
  return target === 'other' && caller.vendorScope !== null ? 'other-vendor' : 'success';
}

/** Served by Swagger directly on Express, public on purpose: the API's own description (no data). */
const isApiDescription = (path: string) => /^\/api\/docs(-json|-yaml|\/.*)?$/.test(path);

describe('authorisation matrix', () => {
  let api: TestApi;
  let world: MatrixWorld;
  let callers: Caller[];
  let routes: RouteEntry[];

  beforeAll(async () => {
    // A connector token can be saved; its Zendesk is a closed local port, so a sync fails without leaving the machine.
    api = await createTestApi({ connectors: { secretKey: 'cd'.repeat(32), zendeskBaseUrl: 'http://127.0.0.1:9' } });
    world = await seedMatrixWorld(api);
    callers = [{ name: 'anonymous', kind: 'anonymous' }];
    for (const role of ALL_ROLES) {
      const { user, password } =
        role === 'partner'
          ? { user: world.own.partner, password: world.own.partnerPassword }
          : await createUser(api, role);
      callers.push({
        name: role,
        kind: 'user',
        role,
        user,
        account: { user, password },
        vendorScope: role === 'partner' ? world.own.vendor.id : null,
      });
    }
    callers.push({
      name: 'vendor-bound API key',
      kind: 'api-key',
      reads: false,
      headers: world.own.keyHeaders,
      vendorScope: world.own.vendor.id,
    });
    const anyVendorKey = await createApiKey(api, { source: 'planted' });
    callers.push({
      name: 'unbound API key',
      kind: 'api-key',
      reads: false,
      headers: anyVendorKey.headers,
      vendorScope: null,
    });
    const ownReadKey = await createApiKey(api, { scope: 'read', vendorId: world.own.vendor.id });
    callers.push({ name: 'vendor-bound read key', kind: 'api-key', reads: true, headers: ownReadKey.headers, vendorScope: world.own.vendor.id });
    const anyVendorReadKey = await createApiKey(api, { scope: 'read' });
    callers.push({ name: 'unbound read key', kind: 'api-key', reads: true, headers: anyVendorReadKey.headers, vendorScope: null });
    routes = routeTable(api);
    const graders = callers.flatMap((caller) =>
      caller.kind === 'user' && ['qa-reviewer', 'qa-lead'].includes(caller.role) ? [caller.user] : [],
    );
    reviewerIdentities = [...world.reviewStaff.reviewers, ...graders].flatMap((user) => [user.id, user.email]);
    reviewerIdentities.push(...world.reviewStaff.reviewers.map((user) => user.displayName));
  });
  afterAll(() => api.close());

  /** Who graded: partners never learn it, not even for their own vendor's reviews. */
  let reviewerIdentities: string[];

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

  async function send(
    method: string,
    request: MatrixRequest,
    headers: Record<string, string>,
  ): Promise<{ status: number; body: any; text: string }> {
    if (request.form) {
      const response = await fetch(api.url + request.path, {
        method,
        headers,
        body: request.form,
      });
      const text = await response.text();
      return { status: response.status, body: parse(text), text };
    }
    const response = await sendJson(api, method, request.path, request.body, headers);
    return {
      status: response.status,
      body: response.body,
      text: typeof response.body === 'string' ? response.body : JSON.stringify(response.body ?? ''),
    };
  }

  it('finds every Express route in the route table, and there are routes to check', () => {
    const known = new Set(routes.map(routeKey));
    const missing = expressRoutes(api).filter(
      (route) => route.path.startsWith('/api') && !isApiDescription(route.path) && !known.has(routeKey(route)),
    );
    expect(missing).toEqual([]);
    expect(routes.length).toBeGreaterThan(10);
  });

  it('has an access policy on every route', () => {
    expect(
      routes
        .filter((route) => !route.policy)
        .map((route) => `${routeKey(route)} (${route.controller}.${route.handler})`),
    ).toEqual([]);
  });

  it('has a valid request for every route', () => {
    const missing = routes
      .filter((route) => RECIPES[routeKey(route)] === undefined)
      .map((route) => `${routeKey(route)}: add a request for it to RECIPES in matrix-recipes.ts`);
    expect(missing).toEqual([]);
  });

  it('answers every route for every caller, with its own and the other vendor’s objects, as intended', async () => {
    const mismatches: string[] = [];
    const reached = new Set<string>();
    for (const route of routes) {
      const key = routeKey(route);
      const expected = ACCESS_EXPECTATIONS[key];
      const recipe: Recipe | undefined = RECIPES[key];
      if (!expected || !recipe) {
        mismatches.push(`${key}: no line in access-expectations.ts or no request in matrix-recipes.ts`);
        continue;
      }
      for (const caller of callers) {
        const scoped = caller.kind !== 'anonymous' && caller.vendorScope !== null;
        for (const target of scoped && recipe.scopedTargets ? recipe.scopedTargets : recipe.targets) {
          const side: VendorSide | null = target === 'own' ? world.own : target === 'other' ? world.other : null;
          const request = await recipe.build(world, side, caller.kind === 'user' ? caller.account : null);
          const response = await send(route.method, request, await headersFor(caller));
          const outcome = expectedOutcome(key, expected, route.method, caller, target);
          const problem = await judge(outcome, request, response, recipe);
          // What the caller sent itself (e.g. the external id of a conversation it named) may be echoed back.
          const sent = JSON.stringify(request.body ?? '') + request.path;
          const leak = scoped
            ? secretsOf(world.other).find((secret) => response.text.includes(secret) && !sent.includes(secret))
            : undefined;
          const reviewer =
            caller.kind === 'user' && caller.role === 'partner'
              ? reviewerIdentities.find((identity) => response.text.includes(identity))
              : undefined;
          // Executives are read-only: only self-service writes (their own session and password) reach them.
          const executiveWrote =
            caller.kind === 'user' &&
            caller.role === 'executive' &&
            MUTATING.has(route.method) &&
            expected.roles !== 'public' &&
            !route.selfService &&
            response.status < 400;
          if (problem || leak || reviewer || executiveWrote) {
            const what =
              problem ??
              (leak
                ? `leaks the other vendor (${leak})`
                : reviewer
                  ? `shows a partner who reviewed (${reviewer})`
                  : `lets an executive write (${response.status})`);
            mismatches.push(
              `${key} as ${caller.name} (${target} vendor's objects): ${what}: ${response.text.slice(0, 200)}`,
            );
          }
          if (outcome === 'success' && !problem) {
            reached.add(`${caller.name} ${key}`);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
    // Every caller really reached every route open to it (a partner too), not merely escaped a refusal.
    const openTo = (caller: Caller) =>
      routes.filter((route) => {
        const expected = ACCESS_EXPECTATIONS[routeKey(route)];
        const scoped = caller.kind !== 'anonymous' && caller.vendorScope !== null;
        const hasTarget = !(scoped && RECIPES[routeKey(route)]?.scopedTargets?.every((target) => target === 'other'));
        return (
          expected &&
          hasTarget &&
          ['own', 'none'].some(
            (target) => expectedOutcome(routeKey(route), expected, route.method, caller, target as Target) === 'success',
          )
        );
      });
    for (const caller of callers) {
      expect(
        openTo(caller)
          .map(routeKey)
          .filter((key) => !reached.has(`${caller.name} ${key}`)),
      ).toEqual([]);
    }
    expect(openTo(callers.find((caller) => caller.name === 'partner') as Caller).length).toBeGreaterThan(10);
  });

  async function judge(
    outcome: Outcome,
    request: MatrixRequest,
    response: { status: number; body: any; text: string },
    recipe: Recipe,
  ): Promise<string | null> {
    if (outcome === 'success') {
      if (response.status !== request.success) {
        return `expected ${request.success}, got ${response.status} ${response.text.slice(0, 200)}`;
      }
      return request.shows !== undefined && !response.text.includes(request.shows)
        ? `the answer lacks ${request.shows}: ${response.text.slice(0, 200)}`
        : null;
    }
    if (outcome === 'other-vendor' && recipe.otherVendorRefusal) {
      return recipe.otherVendorRefusal(world, response);
    }
    const status = outcome === 'other-vendor' ? 404 : outcome;
    if (response.status !== status) {
      return `expected ${status}, got ${response.status} ${response.text.slice(0, 200)}`;
    }
    const keys = Object.keys((response.body as Record<string, unknown>) ?? {})
      .sort()
      .join(',');
    return keys === 'code,message,statusCode'
      ? null
      : `refusal body should hold only statusCode, code and message: ${response.text.slice(0, 200)}`;
  }
});

function parse(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return text;
  }
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
