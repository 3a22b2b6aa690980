import type { UserRole } from '@rapport/contracts';

/** Who owns rubrics, queues, calibration and dispute decisions; administrators may do everything. */
export const LEADS: readonly UserRole[] = ['admin', 'qa-lead'];
/** Who grades conversations (their own assignments) and writes coaching notes. */
export const REVIEWERS: readonly UserRole[] = ['qa-reviewer', 'qa-lead'];
/** Who may read reviews: the client's roles and partners (their own vendor's, without reviewer identities). */
export const REVIEW_READERS: readonly UserRole[] = [
  'admin',
  'qa-reviewer',
  'qa-lead',
  'vendor-manager',
  'executive',
  'partner',
];
