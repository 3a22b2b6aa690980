/** Analytics API: metrics, query schemas and response shapes shared by the API, the reports and the dashboard. */
export * from './analytics/metrics';
export * from './analytics/filters';
export * from './analytics/responses';
export * from './analytics/scorecard-responses';
export * from './analytics/gap-responses';
export * from './analytics/coverage-driver-responses';
export * from './analytics/conversations';
export * from './analytics/default-month';
