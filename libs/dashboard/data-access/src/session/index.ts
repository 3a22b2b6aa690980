// A separate entry point for what the app's shell and routes need before any page loads (the session, its guards
// and interceptor): importing the whole library there would put every page's stores into the first download.
export * from '../lib/session/session-api';
export * from '../lib/session/session-store';
export * from '../lib/session/page-access';
export * from '../lib/session/session-guards';
export * from '../lib/session/session-expiry.interceptor';
