import type { UserRole } from '@rapport/contracts';

/**
 * Who may call each route of the API: the intended access, kept as data of its own and reviewed like code.
 *
 * It is deliberately not derived from the `@Access` decorators: `access-expectations.int.spec.ts` compares it with
 * the live route table both ways, and the authorisation matrix checks every route over HTTP against it, so a policy
 * widened in code (or a route added without an entry here) fails until a reviewer changes this file too.
 *
 * One line per route: `'METHOD /api/path': { roles, vendor, apiKey }`.
 * - `roles`: the roles that get through (executives are read-only: list them on a write only if it is self-service),
 *   or `PUBLIC` for routes that need no sign-in.
 * - `vendor`: `'own-vendor'` when vendor-scoped callers (partner users, vendor-bound API keys) may call it and must
 *   reach their own vendor's data only; `'all'` when only callers who see every vendor may call it; `'none'` when the
 *   route holds no vendor's data (sessions, settings, formats).
 * - `apiKey`: ingestion API keys may call it (write routes only).
 */
export type VendorScope = 'all' | 'own-vendor' | 'none';

export interface AccessExpectation {
  readonly roles: readonly UserRole[] | 'public';
  readonly vendor: VendorScope;
  readonly apiKey: boolean;
}

export const PUBLIC = 'public';
export const ADMIN: readonly UserRole[] = ['admin'];
/** Client-side readers of imports: not executives (no operational detail), not partners. */
export const IMPORT_READERS: readonly UserRole[] = ['admin', 'qa-reviewer', 'qa-lead', 'vendor-manager'];
/** Every client-side role, who see every vendor. */
export const CLIENT_SIDE: readonly UserRole[] = ['admin', 'qa-reviewer', 'qa-lead', 'vendor-manager', 'executive'];
/** Every signed-in user, partners included (their own vendor only). */
export const EVERYONE: readonly UserRole[] = [...CLIENT_SIDE, 'partner'];
/** Who owns rubrics, queues, calibration and dispute decisions. */
export const QA_LEADS: readonly UserRole[] = ['admin', 'qa-lead'];
/** Who grades conversations: only their own assignments. */
export const QA_GRADERS: readonly UserRole[] = ['qa-reviewer', 'qa-lead'];
/** The QA team with the administrator: queues and calibration results. */
export const QA_TEAM: readonly UserRole[] = ['admin', 'qa-lead', 'qa-reviewer'];
/** Who regenerates kept reports: the administrator and the leads of QA and of the vendors. */
export const REPORT_LEADS: readonly UserRole[] = ['admin', 'qa-lead', 'vendor-manager'];
/** Partner users only: what the vendor answers to a review (disputes, acknowledgements). */
export const PARTNER: readonly UserRole[] = ['partner'];

// prettier-ignore
export const ACCESS_EXPECTATIONS: Readonly<Record<string, AccessExpectation>> = {
  'GET /api/connectors/zendesk':            { roles: ADMIN, vendor: 'none', apiKey: false },
  'PUT /api/connectors/zendesk':            { roles: ADMIN, vendor: 'none', apiKey: false },
  'POST /api/connectors/zendesk/sync':      { roles: ADMIN, vendor: 'none', apiKey: false },
  'GET /api/analytics/agents':              { roles: EVERYONE, vendor: 'own-vendor', apiKey: false },
  'GET /api/analytics/compare':             { roles: EVERYONE, vendor: 'own-vendor', apiKey: false },
  'GET /api/analytics/coverage':            { roles: EVERYONE, vendor: 'own-vendor', apiKey: false },
  'GET /api/analytics/drivers':             { roles: EVERYONE, vendor: 'own-vendor', apiKey: false },
  'GET /api/analytics/gaps':                { roles: EVERYONE, vendor: 'own-vendor', apiKey: false },
  'GET /api/analytics/scorecard':           { roles: EVERYONE, vendor: 'own-vendor', apiKey: false },
  'GET /api/api-keys':                      { roles: ADMIN, vendor: 'all', apiKey: false },
  'POST /api/api-keys':                     { roles: ADMIN, vendor: 'all', apiKey: false },
  'DELETE /api/api-keys/:id':               { roles: ADMIN, vendor: 'all', apiKey: false },
  'GET /api/audit':                         { roles: ADMIN, vendor: 'all', apiKey: false },
  'GET /api/audit/export':                  { roles: ADMIN, vendor: 'all', apiKey: false },
  'POST /api/auth/login':                   { roles: PUBLIC, vendor: 'none', apiKey: false },
  'POST /api/auth/logout':                  { roles: EVERYONE, vendor: 'none', apiKey: false },
  'GET /api/auth/me':                       { roles: EVERYONE, vendor: 'none', apiKey: false },
  'POST /api/auth/password':                { roles: EVERYONE, vendor: 'none', apiKey: false },
  'GET /api/conversations':                 { roles: EVERYONE, vendor: 'own-vendor', apiKey: false },
  'GET /api/conversations/:id':             { roles: EVERYONE, vendor: 'own-vendor', apiKey: false },
  'GET /api/conversations/agents':          { roles: EVERYONE, vendor: 'own-vendor', apiKey: false },
  'POST /api/conversations/batch':          { roles: ADMIN, vendor: 'own-vendor', apiKey: true },
  'GET /api/exports/agents':                { roles: EVERYONE, vendor: 'own-vendor', apiKey: false },
  'GET /api/exports/compare':               { roles: EVERYONE, vendor: 'own-vendor', apiKey: false },
  'GET /api/exports/conversations':         { roles: EVERYONE, vendor: 'own-vendor', apiKey: false },
  'GET /api/exports/coverage':              { roles: EVERYONE, vendor: 'own-vendor', apiKey: false },
  'GET /api/exports/drivers':               { roles: EVERYONE, vendor: 'own-vendor', apiKey: false },
  'GET /api/exports/gaps':                  { roles: EVERYONE, vendor: 'own-vendor', apiKey: false },
  'GET /api/exports/scorecard':             { roles: EVERYONE, vendor: 'own-vendor', apiKey: false },
  'GET /api/health':                        { roles: PUBLIC, vendor: 'none', apiKey: false },
  'GET /api/imports':                       { roles: IMPORT_READERS, vendor: 'all', apiKey: false },
  'POST /api/imports':                      { roles: ADMIN, vendor: 'own-vendor', apiKey: true },
  'GET /api/imports/:id':                   { roles: IMPORT_READERS, vendor: 'all', apiKey: false },
  'GET /api/imports/:id/errors':            { roles: IMPORT_READERS, vendor: 'all', apiKey: false },
  'GET /api/imports/:id/errors.csv':        { roles: IMPORT_READERS, vendor: 'all', apiKey: false },
  'GET /api/imports/formats':               { roles: IMPORT_READERS, vendor: 'none', apiKey: false },
  'GET /api/imports/mappings':              { roles: IMPORT_READERS, vendor: 'none', apiKey: false },
  'POST /api/imports/mappings':             { roles: ADMIN, vendor: 'none', apiKey: false },
  'DELETE /api/imports/mappings/:id':       { roles: ADMIN, vendor: 'none', apiKey: false },
  'GET /api/reports/archive':              { roles: EVERYONE, vendor: 'own-vendor', apiKey: false },
  'GET /api/reports/archive/:reportId/file': { roles: EVERYONE, vendor: 'own-vendor', apiKey: false },
  'POST /api/reports/archive/regenerate':   { roles: REPORT_LEADS, vendor: 'all', apiKey: false },
  'GET /api/reports/scorecard.pdf':         { roles: CLIENT_SIDE, vendor: 'all', apiKey: false },
  'GET /api/reports/vendor-scorecard.pdf':  { roles: EVERYONE, vendor: 'own-vendor', apiKey: false },
  'GET /api/reviews':                                   { roles: EVERYONE, vendor: 'own-vendor', apiKey: false },
  'GET /api/reviews/:reviewId':                         { roles: EVERYONE, vendor: 'own-vendor', apiKey: false },
  'POST /api/reviews/:reviewId/coaching':               { roles: QA_GRADERS, vendor: 'all', apiKey: false },
  'POST /api/reviews/:reviewId/disputes':               { roles: PARTNER, vendor: 'own-vendor', apiKey: false },
  'GET /api/reviews/agreement':                         { roles: CLIENT_SIDE, vendor: 'all', apiKey: false },
  'GET /api/reviews/assignments/:assignmentId':         { roles: QA_TEAM, vendor: 'all', apiKey: false },
  'PUT /api/reviews/assignments/:assignmentId/review':  { roles: QA_GRADERS, vendor: 'all', apiKey: false },
  'POST /api/reviews/assignments/:assignmentId/submit': { roles: QA_GRADERS, vendor: 'all', apiKey: false },
  'GET /api/reviews/assignments/mine':                  { roles: QA_GRADERS, vendor: 'all', apiKey: false },
  'POST /api/reviews/calibrations':                     { roles: QA_LEADS, vendor: 'all', apiKey: false },
  'GET /api/reviews/calibrations/:queueId/report':      { roles: QA_TEAM, vendor: 'all', apiKey: false },
  'GET /api/reviews/coaching':                          { roles: EVERYONE, vendor: 'own-vendor', apiKey: false },
  'POST /api/reviews/coaching/:noteId/acknowledge':     { roles: PARTNER, vendor: 'own-vendor', apiKey: false },
  'GET /api/reviews/disputes':                          { roles: EVERYONE, vendor: 'own-vendor', apiKey: false },
  'POST /api/reviews/disputes/:disputeId/decision':     { roles: QA_LEADS, vendor: 'all', apiKey: false },
  'GET /api/reviews/queues':                            { roles: QA_TEAM, vendor: 'all', apiKey: false },
  'POST /api/reviews/queues':                           { roles: QA_LEADS, vendor: 'all', apiKey: false },
  'GET /api/reviews/queues/:queueId/assignments':       { roles: QA_LEADS, vendor: 'all', apiKey: false },
  'POST /api/reviews/queues/:queueId/refill':           { roles: QA_LEADS, vendor: 'all', apiKey: false },
  'PUT /api/reviews/queues/:queueId/schedule':          { roles: QA_LEADS, vendor: 'all', apiKey: false },
  'GET /api/reviews/reviewers':                         { roles: QA_LEADS, vendor: 'none', apiKey: false },
  'GET /api/reviews/rubrics':                           { roles: CLIENT_SIDE, vendor: 'none', apiKey: false },
  'POST /api/reviews/rubrics':                          { roles: QA_LEADS, vendor: 'none', apiKey: false },
  'GET /api/reviews/rubrics/:rubricId':                 { roles: CLIENT_SIDE, vendor: 'none', apiKey: false },
  'PUT /api/reviews/rubrics/:rubricId':                 { roles: QA_LEADS, vendor: 'none', apiKey: false },
  'GET /api/reviews/vendor-scores':                     { roles: EVERYONE, vendor: 'own-vendor', apiKey: false },
  'GET /api/settings/reports':              { roles: CLIENT_SIDE, vendor: 'none', apiKey: false },
  'PUT /api/settings/reports':              { roles: ADMIN, vendor: 'none', apiKey: false },
  'GET /api/settings/scoring':              { roles: CLIENT_SIDE, vendor: 'none', apiKey: false },
  'PUT /api/settings/scoring':              { roles: ADMIN, vendor: 'none', apiKey: false },
  'GET /api/settings/scoring/rescore':      { roles: CLIENT_SIDE, vendor: 'none', apiKey: false },
  'GET /api/scoring/card':                  { roles: CLIENT_SIDE, vendor: 'none', apiKey: false },
  'GET /api/scoring/rules':                 { roles: EVERYONE, vendor: 'none', apiKey: false },
  'POST /api/surveys/batch':                { roles: ADMIN, vendor: 'own-vendor', apiKey: true },
  'GET /api/users':                         { roles: ADMIN, vendor: 'all', apiKey: false },
  'POST /api/users':                        { roles: ADMIN, vendor: 'all', apiKey: false },
  'GET /api/users/:id':                     { roles: ADMIN, vendor: 'all', apiKey: false },
  'PATCH /api/users/:id':                   { roles: ADMIN, vendor: 'all', apiKey: false },
  'POST /api/users/:id/password-reset':     { roles: ADMIN, vendor: 'all', apiKey: false },
  'GET /api/vendors':                       { roles: EVERYONE, vendor: 'own-vendor', apiKey: false },
  'POST /api/vendors':                      { roles: ADMIN, vendor: 'all', apiKey: false },
  'GET /api/vendors/:vendorId':             { roles: EVERYONE, vendor: 'own-vendor', apiKey: false },
  'PUT /api/vendors/:vendorId':             { roles: ADMIN, vendor: 'all', apiKey: false },
  'GET /api/vendors/monthly-volume':        { roles: EVERYONE, vendor: 'own-vendor', apiKey: false },
  'GET /api/vendors/profiles':              { roles: CLIENT_SIDE, vendor: 'all', apiKey: false },
};

/**
 * The reads a read-scoped API key may make (reporting jobs, warehouses): analytics, their exports, conversations and vendors, its
 * own vendor's only when the key is bound to one. Read keys reach nothing else, and never a write.
 */
export const READ_KEY_ROUTES: ReadonlySet<string> = new Set([
  'GET /api/analytics/agents',
  'GET /api/analytics/compare',
  'GET /api/analytics/coverage',
  'GET /api/analytics/drivers',
  'GET /api/analytics/gaps',
  'GET /api/analytics/scorecard',
  'GET /api/conversations',
  'GET /api/conversations/:id',
  'GET /api/conversations/agents',
  'GET /api/exports/agents',
  'GET /api/exports/compare',
  'GET /api/exports/conversations',
  'GET /api/exports/coverage',
  'GET /api/exports/drivers',
  'GET /api/exports/gaps',
  'GET /api/exports/scorecard',
  'GET /api/vendors',
  'GET /api/vendors/:vendorId',
  'GET /api/vendors/monthly-volume',
]);
