// A separate entry point for what the app's shell shows before any page loads: importing the whole library there
// would put every page's components into the first download, since each is kept for its decorators' side effects.
export * from '../lib/layout/icon';
export * from '../lib/layout/nav-item';
export * from '../lib/layout/shell-layout';
