import { ANALYTICS_MIGRATIONS } from '@rapport/api-analytics';
import { AUDIT_MIGRATIONS } from '@rapport/api-audit';
import { AUTH_MIGRATIONS } from '@rapport/api-auth';
import { CONNECTOR_MIGRATIONS } from '@rapport/api-connectors';
import { CONVERSATION_MIGRATIONS } from '@rapport/api-conversations';
import { INGESTION_MIGRATIONS } from '@rapport/api-ingestion';
import { REPORT_MIGRATIONS } from '@rapport/api-reports';
import { REVIEW_MIGRATIONS } from '@rapport/api-reviews';
import { SETTINGS_MIGRATIONS } from '@rapport/api-scoring';
import { VENDOR_MIGRATIONS } from '@rapport/api-vendors';

/*
 * Its own entry point (`@rapport/api-shell/migrations`) so the command line migrates the database exactly as the API
 * does without importing the API shell (its HTTP set-up, OpenAPI document and worker).
 */
/** Every feature's migrations, in one list; TypeORM orders them by the timestamp in their names. */
export const ALL_MIGRATIONS = [...VENDOR_MIGRATIONS, ...CONVERSATION_MIGRATIONS, ...AUTH_MIGRATIONS, ...AUDIT_MIGRATIONS, ...INGESTION_MIGRATIONS, ...ANALYTICS_MIGRATIONS, ...SETTINGS_MIGRATIONS, ...REVIEW_MIGRATIONS, ...REPORT_MIGRATIONS, ...CONNECTOR_MIGRATIONS];
