export * from './lib/app-config';
export * from './lib/app-config.module';
export * from './lib/json-logger';
export * from './lib/domain-error';
export * from './lib/api-exception.filter';
export * from './lib/zod-validation.pipe';
export * from './lib/access-policy';
export * from './lib/clock';
