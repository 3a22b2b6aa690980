export * from './lib/api.module';
export * from './lib/configure-http';
