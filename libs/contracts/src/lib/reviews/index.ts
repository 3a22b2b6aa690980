export * from './rubrics';
export * from './queues';
export * from './review-records';
export * from './disputes';
export * from './statistics';
