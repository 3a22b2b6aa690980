// Helpers for the dashboard's component tests, kept apart from the library's entry point so no page ships them.
export * from './routed-page';
export * from './form-events';
