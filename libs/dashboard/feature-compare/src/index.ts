export * from './lib/compare.routes';
