export * from './lib/analytics';
