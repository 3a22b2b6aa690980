import { ReportJobs } from '@rapport/api-reports';
import { getJson, postJson } from '@rapport/api-testing';
import type { ArchivedReportDto } from '@rapport/contracts';
import { get, plain, Recipe } from './matrix-requests';
import { MATRIX_MONTH, MatrixWorld, VendorSide } from './matrix-world';

const month = `month=${MATRIX_MONTH}`;
/** Exports name vendors by slug in their rows. */
const vendorSlug = (side: VendorSide) => side.vendor.slug;

/** The kept report of a vendor for the matrix month, generated once (in the background, waited for here). */
async function archivedReportOf(world: MatrixWorld, side: VendorSide): Promise<string> {
  const listed = async () => ((await getJson(world.api, '/api/reports/archive', world.admin)).body.items as ArchivedReportDto[]).find((item) => item.vendor?.id === side.vendor.id && item.month === MATRIX_MONTH && item.status === 'ready');
  const found = await listed();
  if (found) {
    return found.file;
  }
  await postJson(world.api, '/api/reports/archive/regenerate', { month: MATRIX_MONTH, vendor: side.vendor.id }, world.admin);
  await world.api.app.get(ReportJobs).idle();
  const made = await listed();
  if (!made) {
    throw new Error(`no kept report for ${side.vendor.slug}`);
  }
  return made.file;
}

/** The table downloads and the per-vendor report, each with the filters of its page, as CSV (the text the matrix reads for leaks). */
export const EXPORT_RECIPES: Readonly<Record<string, Recipe>> = {
  'GET /api/exports/agents': get((side) => `/api/exports/agents?${month}&vendor=${side.vendor.id}&minSample=10`, vendorSlug),
  'GET /api/exports/compare': {
    targets: ['own', 'other'],
    // A comparison needs two vendors and a partner sees one: it can only be refused, for naming the other vendor.
    scopedTargets: ['other'],
    build: async (world, side) => {
      const first = side as VendorSide;
      const second = first === world.own ? world.other : world.own;
      return { path: `/api/exports/compare?${month}&vendors=${first.vendor.slug},${second.vendor.slug}`, success: 200, shows: first.vendor.slug };
    },
  },
  'GET /api/exports/conversations': get((side) => `/api/exports/conversations?${month}&vendors=${side.vendor.slug}&separator=semicolon`, vendorSlug),
  'GET /api/exports/coverage': get((side) => `/api/exports/coverage?${month}&vendors=${side.vendor.slug}&separator=tab`, vendorSlug),
  'GET /api/exports/drivers': get((side) => `/api/exports/drivers?${month}&vendors=${side.vendor.id}&minSample=10`, vendorSlug),
  'GET /api/exports/gaps': get((side) => `/api/exports/gaps?${month}&vendors=${side.vendor.slug}`, vendorSlug),
  // PDF content is compressed: the matrix checks the status; the report's own test reads its text.
  'GET /api/reports/vendor-scorecard.pdf': get((side) => `/api/reports/vendor-scorecard.pdf?${month}&vendor=${side.vendor.slug}`),
  'GET /api/reports/archive': plain('/api/reports/archive'),
  'GET /api/reports/archive/:reportId/file': {
    targets: ['own', 'other'],
    build: async (world, side) => ({ path: await archivedReportOf(world, side as VendorSide), success: 200 }),
  },
  'POST /api/reports/archive/regenerate': {
    targets: ['none'],
    build: async () => ({ path: '/api/reports/archive/regenerate', body: { month: MATRIX_MONTH }, success: 202 }),
  },
  'GET /api/exports/scorecard': get((side) => `/api/exports/scorecard?${month}&vendors=${side.vendor.slug}`, vendorSlug),
};
