import { createTestApi, getJson, postJson, sendJson, TestApi, TestSession } from '@rapport/api-testing';
import { GOOD_RATINGS, ReviewWorld, seedReviewWorld, SIMPLE_RUBRIC } from './review-fixtures';
import { reviewerQueues } from './review-queue-helpers';

jest.setTimeout(120_000);

describe('reviews: blind grading, totals and edit history', () => {
  let api: TestApi;
  let world: ReviewWorld;
  let rubricId: string;
  let queues: ReturnType<typeof reviewerQueues>;
  const assignmentsOf = (reviewer: TestSession) => queues.assignmentsOf(reviewer);
  const submitted = (reviewer: TestSession, ratings = GOOD_RATINGS) => queues.submitted(reviewer, ratings);

  beforeAll(async () => {
    api = await createTestApi();
    world = await seedReviewWorld(api);
    rubricId = (await postJson(api, '/api/reviews/rubrics', SIMPLE_RUBRIC, world.lead.headers)).body.id;
    queues = reviewerQueues(api, world, () => rubricId);
  });
  afterAll(() => api.close());

  it('hides the automatic scores and evidence until the review is submitted, then shows them', async () => {
    const [reviewer] = world.reviewers;
    const [assignment] = await assignmentsOf(reviewer);
    const before = await getJson(api, `/api/reviews/assignments/${assignment?.id}`, reviewer.headers);
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({
      blind: true,
      automatic: null,
      review: null,
    });
    expect(before.body.transcript.messages).toHaveLength(2);
    // Rubric groups may share the dimensions' names; the scores, signals and evidence themselves must be absent.
    for (const word of ['"overall"', '"evidence"', '"signals"', '"scores"', '"scorerVersion"', '"rule"']) {
      expect(JSON.stringify(before.body)).not.toContain(word);
    }
    const draft = await sendJson(
      api,
      'PUT',
      `/api/reviews/assignments/${assignment?.id}/review`,
      {
        ratings: GOOD_RATINGS.slice(0, 2),
        comments: [{ messagePosition: 1, text: 'Warm greeting' }],
      },
      reviewer.headers,
    );
    expect(draft.status).toBe(200);
    expect(draft.body).toMatchObject({
      status: 'draft',
      comments: [{ messagePosition: 1, text: 'Warm greeting' }],
    });
    expect(
      (await getJson(api, `/api/reviews/assignments/${assignment?.id}`, reviewer.headers)).body.automatic,
    ).toBeNull();

    const submit = await postJson(
      api,
      `/api/reviews/assignments/${assignment?.id}/submit`,
      { ratings: GOOD_RATINGS, comments: draft.body.comments },
      reviewer.headers,
    );
    expect(submit.status).toBe(201);
    const after = await getJson(api, `/api/reviews/assignments/${assignment?.id}`, reviewer.headers);
    const conversation = await getJson(api, `/api/conversations/${assignment?.conversationId}`, world.admin.headers);
    expect(after.body.blind).toBe(false);
    expect(after.body.automatic.scores).toEqual(conversation.body.scores);
    expect(typeof after.body.automatic.scores.overall).toBe('number');
    expect(after.body.automatic.evidence).toEqual(conversation.body.evidence);
  });

  it('keeps other reviewers out of an assignment, and lets only its reviewer write', async () => {
    const [assignment] = await assignmentsOf(world.reviewers[0]);
    const other = world.reviewers[1];
    expect((await getJson(api, `/api/reviews/assignments/${assignment?.id}`, other.headers)).status).toBe(404);
    expect(
      (
        await postJson(
          api,
          `/api/reviews/assignments/${assignment?.id}/submit`,
          { ratings: GOOD_RATINGS },
          other.headers,
        )
      ).status,
    ).toBe(404);
    const asLead = await getJson(api, `/api/reviews/assignments/${assignment?.id}`, world.lead.headers);
    expect(asLead.body).toMatchObject({ blind: true, automatic: null });
    expect(
      (
        await postJson(
          api,
          `/api/reviews/assignments/${assignment?.id}/submit`,
          { ratings: GOOD_RATINGS },
          world.lead.headers,
        )
      ).status,
    ).toBe(404);
  });

  it('totals the ratings by the rubric, fails the review on a critical criterion, and refuses an incomplete submission', async () => {
    const [first, second] = await assignmentsOf(world.reviewers[0]);
    const incomplete = await postJson(
      api,
      `/api/reviews/assignments/${first?.id}/submit`,
      { ratings: GOOD_RATINGS.slice(0, 3) },
      world.reviewers[0].headers,
    );
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.message).toContain('speed: not rated');
    const good = await postJson(
      api,
      `/api/reviews/assignments/${first?.id}/submit`,
      { ratings: GOOD_RATINGS },
      world.reviewers[0].headers,
    );
    // (1 × 75 + 3 × 100 + 1 × 100 + 1 × 40) / 6
    expect(good.body.total).toBeCloseTo(515 / 6, 10);
    expect(good.body.groups).toEqual({
      courtesy: 75,
      comprehension: 100,
      accuracy: 100,
      responsiveness: 40,
    });
    const failing = GOOD_RATINGS.map((rating) =>
      rating.criterion === 'accurate' ? { criterion: 'accurate', value: 0 } : rating,
    );
    const failed = await postJson(
      api,
      `/api/reviews/assignments/${second?.id}/submit`,
      { ratings: failing },
      world.reviewers[0].headers,
    );
    expect(failed.body).toMatchObject({
      total: 0,
      criticalFailed: true,
      status: 'submitted',
      version: 1,
    });
    const again = await postJson(
      api,
      `/api/reviews/assignments/${second?.id}/submit`,
      { ratings: GOOD_RATINGS },
      world.reviewers[0].headers,
    );
    expect(again.status).toBe(409);
  });

  it('keeps an edit history of a submitted review', async () => {
    const { assignment, reviewId } = await submitted(world.reviewers[0]);
    const edited = await sendJson(
      api,
      'PUT',
      `/api/reviews/assignments/${assignment.id}/review`,
      {
        ratings: GOOD_RATINGS.map((r) => (r.criterion === 'greeting' ? { ...r, value: 2 } : r)),
      },
      world.reviewers[0].headers,
    );
    expect(edited.body).toMatchObject({ version: 2, status: 'submitted' });
    const detail = await getJson(api, `/api/reviews/${reviewId}`, world.lead.headers);
    expect(
      detail.body.history.map((entry: { version: number; reason: string }) => [entry.version, entry.reason]),
    ).toEqual([
      [1, 'submit'],
      [2, 'edit'],
    ]);
  });
});
