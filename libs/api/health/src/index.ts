export * from './lib/health.controller';
export * from './lib/health.module';
