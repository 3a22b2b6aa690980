export * from './lib/api.module';
export * from './lib/configure-http';
export * from './lib/openapi/live-routes';
export * from './lib/openapi/describe-api';
export * from './lib/worker';
export * from './migrations';
