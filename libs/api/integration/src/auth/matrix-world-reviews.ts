import type { User } from '@rapport/api-auth';
import { createUser, getJson, openSession, postJson, sendJson, TestApi } from '@rapport/api-testing';
import { GOOD_RATINGS, SIMPLE_RUBRIC } from '../reviews/review-fixtures';

/** The QA team of the matrix: a rubric and two reviewers, whose identities partners must never see. */
export interface ReviewStaff {
  rubricId: string;
  reviewers: [User, User];
}

/** One vendor's review objects: a sampling queue with a submitted, disputed and coached review, a calibration. */
export interface ReviewSide {
  queueId: string;
  assignmentIds: string[];
  reviewId: string;
  disputeId: string;
  coachingNoteId: string;
  calibrationId: string;
}

export const REVIEW_PERIOD = { from: '2026-03-01', to: '2026-03-31' } as const;

async function expectStatus(
  response: Promise<{ status: number; body: any }>,
  status: number,
  what: string,
): Promise<any> {
  const { status: got, body } = await response;
  if (got !== status) {
    throw new Error(`${what}: expected ${status}, got ${got} ${JSON.stringify(body).slice(0, 300)}`);
  }
  return body;
}

export async function seedReviewStaff(api: TestApi, admin: Record<string, string>): Promise<ReviewStaff> {
  const reviewers: User[] = [];
  for (const name of ['Matrix Reviewer Ines', 'Matrix Reviewer Tomasz']) {
    reviewers.push((await createUser(api, 'qa-reviewer', { displayName: name })).user);
  }
  const rubric = await expectStatus(
    postJson(api, '/api/reviews/rubrics', { ...SIMPLE_RUBRIC, name: 'Matrix rubric' }, admin),
    201,
    'rubric',
  );
  return { rubricId: rubric.id, reviewers: reviewers as [User, User] };
}

/** A calibration session of one conversation for two graders, the first of them `grader`; its id and grader's assignment. */
export async function calibrationFor(
  api: TestApi,
  admin: Record<string, string>,
  staff: ReviewStaff,
  conversationId: string,
  grader: User,
): Promise<{ queueId: string; assignmentId: string }> {
  const second = staff.reviewers.find((reviewer) => reviewer.id !== grader.id) as User;
  const session = await expectStatus(
    postJson(
      api,
      '/api/reviews/calibrations',
      {
        name: `Calibration ${grader.id.slice(0, 8)} ${conversationId.slice(0, 8)}`,
        rubricId: staff.rubricId,
        conversationIds: [conversationId],
        reviewerIds: [grader.id, second.id],
      },
      admin,
    ),
    201,
    'calibration',
  );
  const items = await expectStatus(
    getJson(api, `/api/reviews/queues/${session.id}/assignments`, admin),
    200,
    'calibration assignments',
  );
  const mine = (items as Array<{ id: string; reviewerId: string }>).find((item) => item.reviewerId === grader.id);
  if (!mine) {
    throw new Error(`calibration ${session.id} has no assignment for ${grader.id}`);
  }
  return { queueId: session.id, assignmentId: mine.id };
}

export async function submitReview(api: TestApi, grader: User, assignmentId: string): Promise<string> {
  const review = await expectStatus(
    sendJson(
      api,
      'POST',
      `/api/reviews/assignments/${assignmentId}/submit`,
      { ratings: GOOD_RATINGS, comments: [] },
      await openSession(api, grader),
    ),
    201,
    'submit review',
  );
  return review.id;
}

/** A submitted review of a conversation of the vendor, with no dispute yet. */
export async function freshReview(
  api: TestApi,
  admin: Record<string, string>,
  staff: ReviewStaff,
  conversationId: string,
): Promise<string> {
  const grader = staff.reviewers[0];
  const { assignmentId } = await calibrationFor(api, admin, staff, conversationId, grader);
  return submitReview(api, grader, assignmentId);
}

export async function openDispute(api: TestApi, partner: User, reviewId: string): Promise<string> {
  const dispute = await expectStatus(
    postJson(
      api,
      `/api/reviews/${reviewId}/disputes`,
      { reason: 'The customer was answered in time.' },
      await openSession(api, partner),
    ),
    201,
    'dispute',
  );
  return dispute.id;
}

/** The review objects of one vendor, made the way the QA team and the partner make them. */
export async function seedReviewSide(
  api: TestApi,
  admin: Record<string, string>,
  staff: ReviewStaff,
  vendor: { id: string; slug: string },
  conversationIds: readonly string[],
  agentId: string,
  partner: User,
): Promise<ReviewSide> {
  const [grader] = staff.reviewers;
  const queue = await expectStatus(
    postJson(
      api,
      '/api/reviews/queues',
      {
        name: `Matrix queue ${vendor.slug}`,
        rubricId: staff.rubricId,
        ...REVIEW_PERIOD,
        vendorIds: [vendor.id],
        rule: { kind: 'random', perVendorWeek: 2 },
        reviewerIds: [grader.id],
      },
      admin,
    ),
    201,
    'queue',
  );
  const items: Array<{ id: string; conversationId: string }> = await expectStatus(
    getJson(api, `/api/reviews/queues/${queue.id}/assignments`, admin),
    200,
    'queue assignments',
  );
  const first = items[0];
  if (!first || items.some((item) => !conversationIds.includes(item.conversationId))) {
    throw new Error(`queue of ${vendor.slug} drew ${JSON.stringify(items)}`);
  }
  const reviewId = await submitReview(api, grader, first.id);
  const disputeId = await openDispute(api, partner, reviewId);
  const note = await expectStatus(
    postJson(
      api,
      `/api/reviews/${reviewId}/coaching`,
      { text: 'Greet the customer by name.', agentId },
      await openSession(api, grader),
    ),
    201,
    'coaching note',
  );
  const calibration = await calibrationFor(api, admin, staff, first.conversationId, grader);
  return {
    queueId: queue.id,
    assignmentIds: items.map((item) => item.id),
    reviewId,
    disputeId,
    coachingNoteId: note.id,
    calibrationId: calibration.queueId,
  };
}
