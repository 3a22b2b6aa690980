export * from './lib/random';
export * from './lib/demo-vendors';
export * from './lib/demo-generator';
export * from './lib/demo-reviews';
