import type { UserRole } from '@rapport/contracts';
import { createTestApi, RouteEntry, routeTable, TestApi } from '@rapport/api-testing';
import {
  ACCESS_EXPECTATIONS,
  AccessExpectation,
  ADMIN,
  CLIENT_SIDE,
  EVERYONE,
  IMPORT_READERS,
  PARTNER,
  PUBLIC,
  QA_GRADERS,
  QA_LEADS,
  QA_TEAM,
} from './access-expectations';
import { MUTATING, routeKey } from './matrix-requests';

jest.setTimeout(60_000);

const ROLE_GROUPS: ReadonlyArray<readonly [string, readonly UserRole[]]> = [
  ['EVERYONE', EVERYONE],
  ['CLIENT_SIDE', CLIENT_SIDE],
  ['IMPORT_READERS', IMPORT_READERS],
  ['QA_TEAM', QA_TEAM],
  ['QA_LEADS', QA_LEADS],
  ['QA_GRADERS', QA_GRADERS],
  ['PARTNER', PARTNER],
  ['ADMIN', ADMIN],
];

/** Who the running code lets through: the declared roles, less executives on writes that are not self-service. */
function liveAccess(route: RouteEntry): { roles: readonly UserRole[] | 'public'; apiKey: boolean } | null {
  if (!route.policy) {
    return null;
  }
  const { roles } = route.policy;
  const readOnlyExecutive = MUTATING.has(route.method) && !route.selfService;
  return {
    roles: roles === 'public' ? PUBLIC : roles.filter((role) => !(readOnlyExecutive && role === 'executive')),
    apiKey: route.policy.apiKey === true,
  };
}

function rolesText(roles: readonly UserRole[] | 'public'): string {
  if (roles === 'public') {
    return 'PUBLIC';
  }
  const group = ROLE_GROUPS.find(([, members]) => sameRoles(members, roles));
  return group ? group[0] : `[${roles.map((role) => `'${role}'`).join(', ')}]`;
}

function sameRoles(a: readonly UserRole[] | 'public', b: readonly UserRole[] | 'public'): boolean {
  if (a === 'public' || b === 'public') {
    return a === b;
  }
  return a.length === b.length && a.every((role) => b.includes(role));
}

/** The line a reviewer would add for what the code does now (the vendor scope is a guess to check). */
function suggestedLine(key: string, access: { roles: readonly UserRole[] | 'public'; apiKey: boolean }): string {
  const vendor =
    access.roles === 'public' ? 'none' : access.roles.includes('partner') || access.apiKey ? 'own-vendor' : 'all';
  return `'${key}': { roles: ${rolesText(access.roles)}, vendor: '${vendor}', apiKey: ${access.apiKey} },`;
}

describe('access expectations against the running API', () => {
  let api: TestApi;
  let routes: RouteEntry[];

  beforeAll(async () => {
    api = await createTestApi();
    routes = routeTable(api);
  });
  afterAll(() => api.close());

  it('has a line for every route, saying what to add for one it lacks', () => {
    const missing = routes
      .filter((route) => ACCESS_EXPECTATIONS[routeKey(route)] === undefined)
      .map((route) => {
        const live = liveAccess(route);
        return live
          ? `${routeKey(route)} has no line in access-expectations.ts; after review add: ${suggestedLine(routeKey(route), live)}`
          : `${routeKey(route)} has no @Access policy and no line in access-expectations.ts`;
      });
    expect(missing).toEqual([]);
    expect(routes.length).toBeGreaterThanOrEqual(Object.keys(ACCESS_EXPECTATIONS).length);
  });

  it('has no line without a route', () => {
    const live = new Set(routes.map(routeKey));
    const stale = Object.keys(ACCESS_EXPECTATIONS)
      .filter((key) => !live.has(key))
      .map(
        (key) =>
          `'${key}' in access-expectations.ts matches no route of the API: remove the line or correct its method and path`,
      );
    expect(stale).toEqual([]);
  });

  it('lets exactly the expected roles and API keys through every route', () => {
    const differences = routes.flatMap((route) => {
      const expected = ACCESS_EXPECTATIONS[routeKey(route)];
      const live = liveAccess(route);
      if (!expected || !live || (sameRoles(expected.roles, live.roles) && expected.apiKey === live.apiKey)) {
        return [];
      }
      return [
        `${routeKey(route)} (${route.controller}.${route.handler}): the code allows roles ${rolesText(live.roles)} and API keys ${live.apiKey}, ` +
          `access-expectations.ts says roles ${rolesText(expected.roles)} and API keys ${expected.apiKey}. ` +
          `Correct the @Access policy, or, once the wider access is reviewed, change the line to: ${suggestedLine(routeKey(route), live)}`,
      ];
    });
    expect(differences).toEqual([]);
  });

  it('keeps the expectations themselves consistent', () => {
    const problems = Object.entries(ACCESS_EXPECTATIONS).flatMap(([key, expected]: [string, AccessExpectation]) => {
      const method = key.split(' ')[0] ?? '';
      const found: string[] = [];
      if (expected.roles === 'public' && expected.vendor !== 'none') {
        found.push(`${key}: a public route cannot hold vendor data`);
      }
      if (
        expected.vendor === 'all' &&
        ((expected.roles !== 'public' && expected.roles.includes('partner')) || expected.apiKey)
      ) {
        found.push(
          `${key}: partners and API keys are vendor-scoped callers, so the route must be 'own-vendor', not 'all'`,
        );
      }
      if (expected.apiKey && !MUTATING.has(method)) {
        found.push(`${key}: API keys only write`);
      }
      return found;
    });
    expect(problems).toEqual([]);
  });
});
