export * from './lib/reviews.routes';
export * from './lib/model/review-form';
