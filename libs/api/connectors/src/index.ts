export * from './lib/core/help-desk-connector';
export * from './lib/core/rate-limited-fetch';
export * from './lib/core/secret-box';
export * from './lib/zendesk/zendesk-connector';
export * from './lib/zendesk-sync';
export * from './lib/connector-jobs';
export * from './lib/connectors.module';
