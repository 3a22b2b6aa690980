import { get, Recipe } from './matrix-requests';
import { MATRIX_MONTH, VendorSide } from './matrix-world';

const month = `month=${MATRIX_MONTH}`;
/** Exports name vendors by slug in their rows. */
const vendorSlug = (side: VendorSide) => side.vendor.slug;

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
  'GET /api/exports/scorecard': get((side) => `/api/exports/scorecard?${month}&vendors=${side.vendor.slug}`, vendorSlug),
};
