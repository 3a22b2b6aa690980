export * from './lib/reviews.module';
export * from './lib/rubrics/rubrics.service';
export * from './lib/queues/queues.service';
export * from './lib/reviews/review-workspace.service';
export * from './lib/disputes/disputes.service';
export * from './lib/domain/review-total';
export * from './lib/domain/sampling';
export * from './lib/demo/demo-reviews';
