import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AnalyticsModule } from '@rapport/api-analytics';
import { AuditModule } from '@rapport/api-audit';
import { AuthModule } from '@rapport/api-auth';
import { VendorsModule } from '@rapport/api-vendors';
import { Rubric, RubricVersion } from './entities/rubric.entity';
import { ReviewAssignment, ReviewQueue } from './entities/review-queue.entity';
import { Review, ReviewRevision } from './entities/review.entity';
import { CoachingNote, ReviewDispute } from './entities/dispute.entity';
import { Reviews1764000000930 } from './1764000000930-reviews.migration';
import { RubricsService } from './rubrics/rubrics.service';
import { RubricsController } from './rubrics/rubrics.controller';
import { QueuesService } from './queues/queues.service';
import { QueueScheduleService } from './queues/queue-schedule.service';
import { QueuesController } from './queues/queues.controller';
import { AssignmentsQuery } from './queues/assignments.query';
import { LanguageNeed } from './queues/language-need';
import { QueueRefillScheduler } from './queues/queue-refill.scheduler';
import { QueueRefillTimer } from './queues/queue-refill.timer';
import { ReviewRefillSchedule1764000001031 } from './1764000001031-review-refill-schedule.migration';
import { ReviewRefillJobs1765000022100 } from './1765000022100-review-refill-jobs.migration';
import { ReviewDirectory } from './review-directory';
import { ReviewWriter } from './reviews/review-writer';
import { ReviewWorkspaceService } from './reviews/review-workspace.service';
import { ReviewsReadService } from './reviews/reviews-read.service';
import { ReviewsController } from './reviews/reviews.controller';
import { OpenAssignmentBlind } from './reviews/open-assignment.blind';
import { DisputesService } from './disputes/disputes.service';
import { DisputesController } from './disputes/disputes.controller';
import { CoachingService } from './coaching/coaching.service';
import { CalibrationService } from './calibration/calibration.service';
import { CalibrationController } from './calibration/calibration.controller';
import { ReviewedScoreQuery } from './scores/reviewed-score.query';
import { AgreementService } from './agreement/agreement.service';
import { AgreementController } from './agreement/agreement.controller';
import { CalibrationReportService } from './calibration/calibration-report.service';
import { DemoReviews } from './demo/demo-reviews';

export const REVIEW_MIGRATIONS = [Reviews1764000000930, ReviewRefillSchedule1764000001031, ReviewRefillJobs1765000022100];

/**
 * QA reviews: rubrics, queues, blind reviews, disputes, coaching, calibration and reviewed scores.
 * `ReviewsController` comes last: its `:reviewId` routes must not take the fixed paths of the others.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Rubric,
      RubricVersion,
      ReviewQueue,
      ReviewAssignment,
      Review,
      ReviewRevision,
      ReviewDispute,
      CoachingNote,
    ]),
    AnalyticsModule,
    AuditModule,
    AuthModule,
    VendorsModule,
  ],
  controllers: [
    RubricsController,
    QueuesController,
    DisputesController,
    CalibrationController,
    AgreementController,
    ReviewsController,
  ],
  providers: [
    RubricsService,
    QueuesService,
    QueueScheduleService,
    AssignmentsQuery,
    LanguageNeed,
    ReviewDirectory,
    ReviewWriter,
    ReviewWorkspaceService,
    ReviewsReadService,
    DisputesService,
    CoachingService,
    CalibrationService,
    ReviewedScoreQuery,
    AgreementService,
    CalibrationReportService,
    DemoReviews,
    OpenAssignmentBlind,
    QueueRefillScheduler,
    QueueRefillTimer,
  ],
  exports: [RubricsService, QueuesService, ReviewWorkspaceService, DisputesService, DemoReviews, ReviewedScoreQuery, AgreementService],
})
export class ReviewsModule {}
