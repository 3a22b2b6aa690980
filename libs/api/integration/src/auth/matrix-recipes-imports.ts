import { postJson } from '@rapport/api-testing';
import { waitForImport } from '../ingestion/import-helpers';
import { MatrixWorld, VendorSide } from './matrix-world';
import { get, plain, Recipe, unique } from './matrix-requests';
import { conversationFor, stillTheOtherVendors, takeoverOf } from './matrix-writes';

async function freshMapping(world: MatrixWorld): Promise<string> {
  const created = await postJson(
    world.api,
    '/api/imports/mappings',
    {
      name: unique('mapping'),
      format: 'survey-csv',
      mapping: { score: 'Rating' },
    },
    world.admin,
  );
  return created.body.id;
}

/** The import routes' requests: uploads naming either vendor, import jobs and their errors, column mappings. */
export const IMPORT_RECIPES: Readonly<Record<string, Recipe>> = {
  'GET /api/imports': plain('/api/imports'),
  'POST /api/imports': {
    targets: ['own', 'other'],
    build: async (world, side) => {
      const rows =
        side === world.other
          ? [conversationFor(world.other), await takeoverOf(world)]
          : [conversationFor(side as VendorSide)];
      const form = new FormData();
      form.append('format', 'jsonl');
      form.append('file', new Blob([rows.map((row) => JSON.stringify(row)).join('\n')]), 'matrix.jsonl');
      return { path: '/api/imports', form, success: 202 };
    },
    // The upload is accepted; the row naming another vendor is rejected, the takeover row stored as the key's own.
    otherVendorRefusal: async (world, response) => {
      if (response.status !== 202) {
        return `expected 202, got ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`;
      }
      const job = await waitForImport(world.api, world.admin, response.body.id);
      return job.status === 'completed' &&
        job.counts.failed === 1 &&
        job.counts.created + job.counts.updated + job.counts.unchanged === 1 &&
        job.errorCount === 1
        ? stillTheOtherVendors(world)
        : `the import stored another vendor's row or refused the key's own: ${JSON.stringify(job.counts)}`;
    },
  },
  'GET /api/imports/:id': get(
    (side) => `/api/imports/${side.importId}`,
    (side) => side.importId,
  ),
  'GET /api/imports/:id/errors': get(
    (side) => `/api/imports/${side.importId}/errors`,
    () => 'invalid JSON',
  ),
  'GET /api/imports/:id/errors.csv': get(
    (side) => `/api/imports/${side.importId}/errors.csv`,
    () => '\nerror,2,,,invalid JSON',
  ),
  'GET /api/imports/formats': plain('/api/imports/formats'),
  'GET /api/imports/mappings': plain('/api/imports/mappings'),
  'POST /api/imports/mappings': {
    targets: ['none'],
    build: async () => ({
      path: '/api/imports/mappings',
      body: {
        name: unique('mapping'),
        format: 'message-csv',
        mapping: { text: 'Body' },
      },
      success: 201,
    }),
  },
  'DELETE /api/imports/mappings/:id': {
    targets: ['none'],
    build: async (world) => ({
      path: `/api/imports/mappings/${await freshMapping(world)}`,
      success: 204,
    }),
  },
};
