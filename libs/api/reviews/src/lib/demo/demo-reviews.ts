import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Principal } from '@rapport/api-core';
import { ReviewCandidatesQuery } from '@rapport/api-analytics';
import { DEMO_RUBRIC, demoHumanGrade } from '@rapport/demo-data';
import type { AssignmentDto, Rating, UserRole } from '@rapport/contracts';
import { Rubric } from '../entities/rubric.entity';
import { RubricsService } from '../rubrics/rubrics.service';
import { QueuesService } from '../queues/queues.service';
import { CalibrationService } from '../calibration/calibration.service';
import { ReviewWorkspaceService } from '../reviews/review-workspace.service';
import { DisputesService } from '../disputes/disputes.service';
import { CoachingService } from '../coaching/coaching.service';

export interface DemoReviewPeople {
  lead: { id: string; email: string; role: UserRole };
  reviewer: { id: string; email: string };
  /** One partner user per vendor id. */
  partners: ReadonlyMap<string, { id: string; email: string }>;
}

const SEED = 2026;
/** Assignments left open in the demo reviewer's queue, so "my queue" has work on first start. */
const LEFT_OPEN = 8;
const DIMENSIONS = ['responsiveness', 'courtesy', 'comprehension'] as const;

/**
 * Demo reviews, made through the same services as real ones: the default rubric, an adaptive sample of the last
 * two complete months graded by the demo reviewer and lead (planted: grades follow the automatic scores except in
 * DEMO_WEAK_LANGUAGE), a calibration session, disputes and a coaching note. Runs once, on a database without rubrics.
 */
@Injectable()
export class DemoReviews {
  private readonly logger = new Logger('DemoReviews');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly candidates: ReviewCandidatesQuery,
    private readonly rubrics: RubricsService,
    private readonly queues: QueuesService,
    private readonly calibration: CalibrationService,
    private readonly workspace: ReviewWorkspaceService,
    private readonly disputes: DisputesService,
    private readonly coaching: CoachingService,
  ) {}

  async seed(people: DemoReviewPeople, now: Date): Promise<number> {
    if ((await this.dataSource.getRepository(Rubric).count()) > 0) {
      return 0;
    }
    const lead = principal(people.lead.id, people.lead.role, people.lead.email);
    const reviewer = principal(people.reviewer.id, 'qa-reviewer', people.reviewer.email);
    const byId = new Map([
      [lead.id, lead],
      [reviewer.id, reviewer],
    ]);
    const rubric = await this.rubrics.create(
      { ...DEMO_RUBRIC, criteria: DEMO_RUBRIC.criteria.map((c) => ({ ...c })) },
      lead,
      null,
    );
    const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 2, 1)).toISOString().slice(0, 10);
    const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0)).toISOString().slice(0, 10);
    const queue = await this.queues.create(
      {
        name: 'Adaptive sample, last two months',
        rubricId: rubric.id,
        seed: SEED,
        from,
        to,
        vendorIds: [],
        // About 70 reviews per language: with 50, the draw alone put an agreeing language's kappa below the weak
        // line about once in 25 demo loads (the automatic scores crowd into two bands, where kappa is touchy).
        rule: { kind: 'adaptive', limit: 490, minReviews: 30 },
        reviewerIds: [reviewer.id, lead.id],
        refill: null,
      },
      lead,
      null,
    );
    const items = await this.queues.items(queue.id);
    const scores = new Map(
      (await this.candidates.automaticScores(items.map((item) => item.conversationId))).map((s) => [
        s.conversationId,
        s,
      ]),
    );
    const open = new Set(
      items
        .filter((item) => item.reviewerId === reviewer.id)
        .slice(-LEFT_OPEN)
        .map((item) => item.id),
    );
    const submitted: Array<{ reviewId: string; item: AssignmentDto }> = [];
    for (const item of items) {
      const automatic = scores.get(item.conversationId);
      const grader = byId.get(item.reviewerId);
      if (open.has(item.id) || !automatic || !grader) {
        continue;
      }
      const ratings = gradesOf(item, automatic, SEED);
      submitted.push({
        reviewId: (await this.workspace.submit(item.id, { ratings, comments: [] }, grader, null)).id,
        item,
      });
    }
    await this.calibrate(
      rubric.id,
      submitted.slice(0, 6).map((entry) => entry.item),
      [reviewer, lead],
      scores,
    );
    await this.dispute(submitted, people, lead, reviewer);
    this.logger.log({ msg: 'demo reviews loaded', reviews: submitted.length, open: open.size });
    return submitted.length;
  }

  private async calibrate(
    rubricId: string,
    items: AssignmentDto[],
    graders: Principal[],
    scores: Map<string, { responsiveness: number | null; courtesy: number | null; comprehension: number | null }>,
  ) {
    if (items.length < 2) {
      return;
    }
    const session = await this.calibration.create(
      {
        name: 'Calibration: first session',
        rubricId,
        conversationIds: items.map((item) => item.conversationId),
        reviewerIds: graders.map((grader) => grader.id),
      },
      graders[1] as Principal,
      null,
    );
    for (const [index, grader] of graders.entries()) {
      for (const assignment of (await this.queues.items(session.id)).filter((item) => item.reviewerId === grader.id)) {
        const automatic = scores.get(assignment.conversationId);
        if (automatic) {
          await this.workspace.submit(
            assignment.id,
            { ratings: gradesOf(assignment, automatic, SEED + index + 1), comments: [] },
            grader,
            null,
          );
        }
      }
    }
  }

  /** Two disputes from one vendor's partner: one answered by the lead, one still open; a coaching note. */
  private async dispute(
    submitted: Array<{ reviewId: string; item: AssignmentDto }>,
    people: DemoReviewPeople,
    lead: Principal,
    reviewer: Principal,
  ) {
    const disputed = submitted.filter((entry) => people.partners.has(entry.item.vendor.id)).slice(0, 2);
    for (const [index, entry] of disputed.entries()) {
      const partnerUser = people.partners.get(entry.item.vendor.id);
      if (!partnerUser) {
        continue;
      }
      const partner = { ...principal(partnerUser.id, 'partner', partnerUser.email), vendorScope: entry.item.vendor.id };
      const dispute = await this.disputes.open(
        entry.reviewId,
        { reason: 'The agent followed the script we agreed for this queue; please look again.' },
        partner,
        null,
      );
      if (index === 0) {
        await this.disputes.decide(
          dispute.id,
          { decision: 'reject', reply: 'The script does not cover the missing apology; the grade stands.' },
          lead,
          null,
        );
      }
    }
    const first = submitted[0];
    if (first) {
      await this.coaching.create(
        first.reviewId,
        { text: 'Confirm the next step and when the customer will hear back.', agentId: null },
        reviewer,
        null,
      );
    }
  }
}

function principal(id: string, role: UserRole, email: string): Principal {
  return { kind: 'user', id, role, vendorScope: null, label: email };
}

function gradesOf(
  item: AssignmentDto,
  automatic: { responsiveness: number | null; courtesy: number | null; comprehension: number | null },
  seed: number,
): Rating[] {
  return DIMENSIONS.map((dimension) => ({
    criterion: dimension,
    value: demoHumanGrade(automatic[dimension] ?? 50, item.language, item.conversationId, dimension, seed),
  }));
}
