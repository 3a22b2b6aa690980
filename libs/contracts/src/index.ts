export * from './lib/vocabulary';
export * from './lib/native-conversation';
export * from './lib/errors';
export * from './lib/vendor';
