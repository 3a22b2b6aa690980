import { createApiKey, createUser, getJson, sendJson } from '@rapport/api-testing';
import { MATRIX_MONTH, MATRIX_SOURCE, MatrixWorld, VendorSide } from './matrix-world';
import { get, plain, Recipe, unique } from './matrix-requests';
import { EXPORT_RECIPES } from './matrix-recipes-exports';
import { IMPORT_RECIPES } from './matrix-recipes-imports';
import { REVIEW_RECIPES } from './matrix-recipes-reviews';
import {
  conversationFor,
  ownAsForAFreeId,
  rememberTheOtherVendors,
  stillTheOtherVendors,
  takeoverOf,
} from './matrix-writes';

const month = `month=${MATRIX_MONTH}`;
const ZENDESK_CONNECTOR = { subdomain: 'acme', email: 'admin@acme.test', apiToken: 'matrix-token', vendorByGroup: {} };
const vendorId = (side: VendorSide) => side.vendor.id;

async function profileOf(world: MatrixWorld, side: VendorSide): Promise<Record<string, unknown>> {
  const profiles = await getJson(world.api, '/api/vendors/profiles', world.admin);
  const { slug, name, country, timeZone, sites, businessHours, expectedFormality } = profiles.body.find(
    (profile: { id: string }) => profile.id === side.vendor.id,
  );
  return {
    slug,
    name,
    country,
    timeZone,
    sites,
    businessHours,
    expectedFormality,
  };
}

/**
 * A valid request for every route, naming real objects of either vendor. A route without a recipe fails the matrix:
 * add one here beside its line in access-expectations.ts.
 */
export const RECIPES: Readonly<Record<string, Recipe>> = {
  'GET /api/analytics/agents': get(
    (side) => `/api/analytics/agents?${month}&vendor=${side.vendor.id}&minSample=10`,
    vendorId,
  ),
  'GET /api/analytics/compare': {
    targets: ['own', 'other'],
    // A comparison needs two vendors and a partner sees one: it can only be refused, for naming the other vendor.
    scopedTargets: ['other'],
    build: async (world, side) => {
      const first = side as VendorSide;
      const second = first === world.own ? world.other : world.own;
      return {
        path: `/api/analytics/compare?${month}&vendors=${first.vendor.slug},${second.vendor.slug}`,
        success: 200,
        shows: first.vendor.id,
      };
    },
  },
  'GET /api/analytics/coverage': get(
    (side) => `/api/analytics/coverage?${month}&vendors=${side.vendor.slug}`,
    vendorId,
  ),
  'GET /api/analytics/drivers': get(
    (side) => `/api/analytics/drivers?${month}&vendors=${side.vendor.id}&minSample=10`,
    vendorId,
  ),
  'GET /api/analytics/gaps': get((side) => `/api/analytics/gaps?${month}&vendors=${side.vendor.slug}`, vendorId),
  'GET /api/analytics/scorecard': get(
    (side) => `/api/analytics/scorecard?${month}&vendors=${side.vendor.slug}`,
    vendorId,
  ),
  'GET /api/api-keys': plain('/api/api-keys'),
  'POST /api/api-keys': {
    targets: ['own', 'other'],
    build: async (_world, side) => ({
      path: '/api/api-keys',
      body: {
        name: unique('key'),
        source: MATRIX_SOURCE,
        vendorId: side?.vendor.id,
      },
      success: 201,
      shows: side?.vendor.id,
    }),
  },
  'DELETE /api/api-keys/:id': {
    targets: ['own', 'other'],
    build: async (world, side) => {
      const key = await createApiKey(world.api, {
        source: MATRIX_SOURCE,
        vendorId: side?.vendor.id,
      });
      return { path: `/api/api-keys/${key.id}`, success: 200, shows: key.id };
    },
  },
  'GET /api/audit': plain('/api/audit?limit=20'),
  'GET /api/audit/export': plain('/api/audit/export?action=auth.login'),
  'POST /api/auth/login': {
    targets: ['none'],
    build: async (world) => ({
      path: '/api/auth/login',
      body: world.login,
      success: 200,
      shows: world.login.email,
    }),
  },
  'POST /api/auth/logout': plain('/api/auth/logout', 204),
  'GET /api/auth/me': plain('/api/auth/me'),
  'POST /api/auth/password': {
    targets: ['none'],
    // Acts on the caller only: the current password is the caller's, and stays known for any later request.
    build: async (_world, _side, caller) => {
      const newPassword = unique('Matrix changed password');
      const currentPassword = caller?.password ?? 'not-a-user-password';
      if (caller) {
        caller.password = newPassword;
      }
      return { path: '/api/auth/password', body: { currentPassword, newPassword }, success: 204 };
    },
  },
  'GET /api/conversations': get(
    (side) => `/api/conversations?${month}&vendors=${side.vendor.slug}&pageSize=200`,
    (side) => side.conversationIds[0] ?? '',
  ),
  'GET /api/conversations/:id': get(
    (side) => `/api/conversations/${side.conversationIds[0]}`,
    (side) => side.conversationIds[0] ?? '',
  ),
  'GET /api/conversations/agents': get(
    (side) => `/api/conversations/agents?vendors=${side.vendor.id}&limit=50`,
    (side) => side.agentIds[0] ?? '',
  ),
  'POST /api/conversations/batch': {
    targets: ['own', 'other'],
    // Naming the other vendor also sends the takeover: the caller's own vendor on the other vendor's stored id.
    build: async (world, side) => ({
      path: '/api/conversations/batch',
      body:
        side === world.other
          ? [conversationFor(world.other), await takeoverOf(world)]
          : [conversationFor(side as VendorSide)],
      success: 200,
      shows: '"created":1',
    }),
    // A vendor-bound key: the record naming the other vendor is refused, the takeover record is its own conversation.
    otherVendorRefusal: async (world, response) => {
      if (response.status !== 200 || response.body?.counts?.failed !== 1 || response.body?.counts?.received !== 2) {
        return `expected 200 with one item refused and the takeover stored as its own, got ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`;
      }
      return (await ownAsForAFreeId(world, response.body.items[1], 'conversation')) ?? stillTheOtherVendors(world);
    },
  },
  'GET /api/health': plain('/api/health'),
  'GET /api/reports/scorecard.pdf': plain(`/api/reports/scorecard.pdf?${month}`),
  'GET /api/connectors/zendesk': plain('/api/connectors/zendesk'),
  'PUT /api/connectors/zendesk': {
    targets: ['none'],
    build: async () => ({ path: '/api/connectors/zendesk', body: ZENDESK_CONNECTOR, success: 200 }),
  },
  'POST /api/connectors/zendesk/sync': {
    targets: ['none'],
    build: async (world) => {
      // A sync needs a saved connector; the matrix's Zendesk address refuses connections, so the sync fails quietly.
      await sendJson(world.api, 'PUT', '/api/connectors/zendesk', ZENDESK_CONNECTOR, world.admin);
      return { path: '/api/connectors/zendesk/sync', body: {}, success: 202 };
    },
  },
  'GET /api/settings/reports': plain('/api/settings/reports'),
  'PUT /api/settings/reports': {
    targets: ['none'],
    build: async () => ({ path: '/api/settings/reports', body: { pooledAverages: false }, success: 200 }),
  },
  'GET /api/settings/scoring': plain('/api/settings/scoring'),
  'PUT /api/settings/scoring': {
    targets: ['none'],
    build: async (world) => ({
      path: '/api/settings/scoring',
      body: (await getJson(world.api, '/api/settings/scoring', world.admin)).body,
      success: 200,
    }),
  },
  'GET /api/settings/scoring/rescore': plain('/api/settings/scoring/rescore'),
  'GET /api/scoring/card': plain('/api/scoring/card'),
  'GET /api/scoring/rules': plain('/api/scoring/rules'),
  'POST /api/surveys/batch': {
    targets: ['own', 'other'],
    // Naming the other vendor also sends the takeover answer: the other vendor's conversation id, no vendor named
    // (its second conversation: administrators' answers may change it, `stillTheOtherVendors` watches the first).
    build: async (world, side) => {
      await rememberTheOtherVendors(world);
      const [row] = await world.api.dataSource.query(
        `SELECT external_id FROM conversations WHERE id = '${side?.conversationIds[1]}'`,
      );
      const answer = {
        source: MATRIX_SOURCE,
        conversationExternalId: row.external_id,
        questionKey: unique('nps'),
        score: 7,
        scale: '0-10',
        answeredAt: `${MATRIX_MONTH}-22T09:00:00Z`,
      };
      return {
        path: '/api/surveys/batch',
        body:
          side === world.other
            ? [
                { ...answer, vendor: world.other.vendor.slug },
                { ...answer, questionKey: unique('nps') },
              ]
            : [answer],
        success: 200,
        shows: side === world.other ? '"created":2' : '"created":1',
      };
    },
    // A vendor-bound key: the answer naming the other vendor is refused, the takeover answer waits as its own.
    otherVendorRefusal: async (world, response) => {
      if (response.status !== 200 || response.body?.counts?.failed !== 1 || response.body?.counts?.created !== 1) {
        return `expected 200 with one answer refused and the takeover stored as its own, got ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`;
      }
      const takeover = response.body.items[1];
      if (takeover?.linked !== false) {
        return `the takeover answer was linked to a conversation: ${JSON.stringify(takeover)}`;
      }
      return (await ownAsForAFreeId(world, takeover, 'survey')) ?? stillTheOtherVendors(world);
    },
  },
  'GET /api/users': plain('/api/users'),
  'POST /api/users': {
    targets: ['own', 'other'],
    build: async (_world, side) => ({
      path: '/api/users',
      body: {
        email: `${unique('new')}@matrix.example`,
        displayName: 'New partner',
        role: 'partner',
        vendorId: side?.vendor.id,
      },
      success: 201,
      shows: side?.vendor.id,
    }),
  },
  'GET /api/users/:id': get(
    (side) => `/api/users/${side.partner.id}`,
    (side) => side.partner.id,
  ),
  'PATCH /api/users/:id': {
    targets: ['own', 'other'],
    build: async (world, side) => {
      const { user } = await createUser(world.api, 'partner', {
        vendorId: side?.vendor.id,
      });
      return {
        path: `/api/users/${user.id}`,
        body: { displayName: 'Renamed by the matrix' },
        success: 200,
        shows: 'Renamed by the matrix',
      };
    },
  },
  'POST /api/users/:id/password-reset': {
    targets: ['own', 'other'],
    build: async (world, side) => {
      const { user } = await createUser(world.api, 'partner', {
        vendorId: side?.vendor.id,
      });
      return {
        path: `/api/users/${user.id}/password-reset`,
        success: 200,
        shows: user.id,
      };
    },
  },
  'GET /api/vendors': plain('/api/vendors'),
  'POST /api/vendors': {
    targets: ['none'],
    build: async (world) => ({
      path: '/api/vendors',
      body: {
        ...(await profileOf(world, world.own)),
        slug: unique('new-vendor'),
        name: unique('New Vendor'),
      },
      success: 201,
    }),
  },
  'GET /api/vendors/:vendorId': get((side) => `/api/vendors/${side.vendor.id}`, vendorId),
  'PUT /api/vendors/:vendorId': {
    targets: ['own', 'other'],
    build: async (world, side) => ({
      path: `/api/vendors/${side?.vendor.id}`,
      body: await profileOf(world, side as VendorSide),
      success: 200,
      shows: side?.vendor.id,
    }),
  },
  'GET /api/vendors/monthly-volume': get((side) => `/api/vendors/monthly-volume?vendorId=${side.vendor.id}`, vendorId),
  'GET /api/vendors/profiles': plain('/api/vendors/profiles'),
  ...IMPORT_RECIPES,
  ...REVIEW_RECIPES,
  ...EXPORT_RECIPES,
};
