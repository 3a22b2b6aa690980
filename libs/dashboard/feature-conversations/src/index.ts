export * from './lib/conversations.routes';
export * from './lib/model/conversation-filters';
export * from './lib/model/conversation-summary';
