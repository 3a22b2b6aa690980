export * from './lib/test-api';
export * from './lib/factories';
export * from './lib/auth-helpers';
export * from './lib/route-table';
