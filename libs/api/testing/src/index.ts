export * from './lib/test-api';
export * from './lib/factories';
