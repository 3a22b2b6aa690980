import type { User } from '@rapport/api-auth';
import { GOOD_RATINGS, SIMPLE_RUBRIC } from '../reviews/review-fixtures';
import { QA_GRADERS, QA_LEADS } from './access-expectations';
import { CallerAccount, get, plain, Recipe, unique } from './matrix-requests';
import type { MatrixWorld, VendorSide } from './matrix-world';
import { calibrationFor, freshReview, openDispute, REVIEW_PERIOD } from './matrix-world-reviews';

const ofSide = (side: VendorSide | null) => side as VendorSide;
const isGrader = (caller: CallerAccount | null) => caller !== null && QA_GRADERS.includes(caller.user.role);
const isLead = (caller: CallerAccount | null) => caller !== null && QA_LEADS.includes(caller.user.role);

/**
 * An assignment of a conversation of the vendor. Only the assigned grader reaches one, so a grading caller gets a
 * fresh one of its own; everyone else is sent the seeded assignment (administrators may read any).
 */
async function assignmentFor(world: MatrixWorld, side: VendorSide, caller: CallerAccount | null): Promise<string> {
  if (!isGrader(caller)) {
    return side.reviews.assignmentIds[0] as string;
  }
  const grader = (caller as CallerAccount).user;
  const conversationId = side.conversationIds[0] as string;
  return (await calibrationFor(world.api, world.admin, world.reviewStaff, conversationId, grader)).assignmentId;
}

const onAssignment = (suffix: string, method: 'GET' | 'PUT' | 'POST'): Recipe => ({
  targets: ['own', 'other'],
  build: async (world, side, caller) => {
    const assignmentId = await assignmentFor(world, ofSide(side), caller);
    const ratings = method === 'PUT' ? GOOD_RATINGS.slice(0, 1) : GOOD_RATINGS;
    return {
      path: `/api/reviews/assignments/${assignmentId}${suffix}`,
      body: method === 'GET' ? undefined : { ratings, comments: [] },
      success: method === 'POST' ? 201 : 200,
      shows: assignmentId,
    };
  },
});

const graders = (world: MatrixWorld): string[] => world.reviewStaff.reviewers.map((reviewer: User) => reviewer.id);

/** The review workflow: leads run queues and decide disputes, graders review, partners dispute and acknowledge. */
export const REVIEW_RECIPES: Readonly<Record<string, Recipe>> = {
  'GET /api/reviews': get(
    (side) => `/api/reviews?vendorId=${side.vendor.id}`,
    (side) => side.reviews.reviewId,
  ),
  'GET /api/reviews/:reviewId': get(
    (side) => `/api/reviews/${side.reviews.reviewId}`,
    (side) => side.reviews.reviewId,
  ),
  'POST /api/reviews/:reviewId/coaching': {
    targets: ['own', 'other'],
    build: async (_world, side) => ({
      path: `/api/reviews/${ofSide(side).reviews.reviewId}/coaching`,
      body: { text: 'Offer the tracking link first.', agentId: ofSide(side).agentIds[0] },
      success: 201,
      shows: ofSide(side).reviews.reviewId,
    }),
  },
  'POST /api/reviews/:reviewId/disputes': {
    targets: ['own', 'other'],
    // One open dispute per review: a partner disputes a fresh review; refused callers name the seeded one.
    build: async (world, side, caller) => {
      const reviewId =
        caller?.user.role === 'partner'
          ? await freshReview(world.api, world.admin, world.reviewStaff, ofSide(side).conversationIds[0] as string)
          : ofSide(side).reviews.reviewId;
      return {
        path: `/api/reviews/${reviewId}/disputes`,
        body: { reason: 'The greeting was there.' },
        success: 201,
        shows: reviewId,
      };
    },
  },
  'GET /api/reviews/agreement': plain(`/api/reviews/agreement?from=${REVIEW_PERIOD.from}&to=${REVIEW_PERIOD.to}`),
  'GET /api/reviews/assignments/:assignmentId': onAssignment('', 'GET'),
  'PUT /api/reviews/assignments/:assignmentId/review': onAssignment('/review', 'PUT'),
  'POST /api/reviews/assignments/:assignmentId/submit': onAssignment('/submit', 'POST'),
  'GET /api/reviews/assignments/mine': plain('/api/reviews/assignments/mine'),
  'POST /api/reviews/calibrations': {
    targets: ['own', 'other'],
    build: async (world, side) => ({
      path: '/api/reviews/calibrations',
      body: {
        name: unique('calibration'),
        rubricId: world.reviewStaff.rubricId,
        conversationIds: ofSide(side).conversationIds.slice(1, 3),
        reviewerIds: graders(world),
      },
      success: 201,
    }),
  },
  'GET /api/reviews/calibrations/:queueId/report': get(
    (side) => `/api/reviews/calibrations/${side.reviews.calibrationId}/report`,
  ),
  'GET /api/reviews/coaching': plain('/api/reviews/coaching'),
  'POST /api/reviews/coaching/:noteId/acknowledge': {
    targets: ['own', 'other'],
    build: async (_world, side) => ({
      path: `/api/reviews/coaching/${ofSide(side).reviews.coachingNoteId}/acknowledge`,
      success: 201,
      shows: ofSide(side).reviews.coachingNoteId,
    }),
  },
  'GET /api/reviews/disputes': get(
    (side) => `/api/reviews/disputes?vendorId=${side.vendor.id}`,
    (side) => side.reviews.disputeId,
  ),
  'POST /api/reviews/disputes/:disputeId/decision': {
    targets: ['own', 'other'],
    // A dispute is decided once: a lead decides a fresh one; refused callers name the seeded one.
    build: async (world, side, caller) => {
      const vendorSide = ofSide(side);
      const disputeId = isLead(caller)
        ? await openDispute(
            world.api,
            vendorSide.partner,
            await freshReview(world.api, world.admin, world.reviewStaff, vendorSide.conversationIds[0] as string),
          )
        : vendorSide.reviews.disputeId;
      return {
        path: `/api/reviews/disputes/${disputeId}/decision`,
        body: { decision: 'reject', reply: 'The rating stands: the greeting came late.' },
        success: 201,
        shows: disputeId,
      };
    },
  },
  'GET /api/reviews/queues': plain('/api/reviews/queues'),
  'POST /api/reviews/queues': {
    targets: ['own', 'other'],
    build: async (world, side) => ({
      path: '/api/reviews/queues',
      body: {
        name: unique('queue'),
        rubricId: world.reviewStaff.rubricId,
        ...REVIEW_PERIOD,
        vendorIds: [ofSide(side).vendor.id],
        rule: { kind: 'random', perVendorWeek: 1 },
        reviewerIds: graders(world),
      },
      success: 201,
    }),
  },
  'GET /api/reviews/queues/:queueId/assignments': get(
    (side) => `/api/reviews/queues/${side.reviews.queueId}/assignments`,
    (side) => side.reviews.assignmentIds[0] as string,
  ),
  'POST /api/reviews/queues/:queueId/refill': {
    targets: ['own', 'other'],
    build: async (_world, side) => ({
      path: `/api/reviews/queues/${ofSide(side).reviews.queueId}/refill`,
      success: 201,
      shows: ofSide(side).reviews.queueId,
    }),
  },
  'PUT /api/reviews/queues/:queueId/schedule': {
    targets: ['own', 'other'],
    build: async (_world, side) => ({
      path: `/api/reviews/queues/${ofSide(side).reviews.queueId}/schedule`,
      body: { refill: 'weekly' },
      success: 200,
      shows: ofSide(side).reviews.queueId,
    }),
  },
  'GET /api/reviews/reviewers': plain('/api/reviews/reviewers'),
  'GET /api/reviews/rubrics': plain('/api/reviews/rubrics'),
  'POST /api/reviews/rubrics': {
    targets: ['none'],
    build: async () => ({
      path: '/api/reviews/rubrics',
      body: { ...SIMPLE_RUBRIC, name: unique('rubric') },
      success: 201,
    }),
  },
  'GET /api/reviews/rubrics/:rubricId': {
    targets: ['none'],
    build: async (world) => ({
      path: `/api/reviews/rubrics/${world.reviewStaff.rubricId}`,
      success: 200,
      shows: world.reviewStaff.rubricId,
    }),
  },
  'PUT /api/reviews/rubrics/:rubricId': {
    targets: ['none'],
    // Changed with its own content: a rubric in use gets a new version with the same criteria.
    build: async (world) => ({
      path: `/api/reviews/rubrics/${world.reviewStaff.rubricId}`,
      body: { ...SIMPLE_RUBRIC, name: 'Matrix rubric' },
      success: 200,
      shows: world.reviewStaff.rubricId,
    }),
  },
  'GET /api/reviews/vendor-scores': get(
    (side) => `/api/reviews/vendor-scores?vendorId=${side.vendor.id}&minReviews=2`,
    (side) => side.vendor.id,
  ),
};
