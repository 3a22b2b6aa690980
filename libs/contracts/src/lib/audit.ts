import { z } from 'zod';
import { isMonthInPeriodRange, PERIOD_ERROR_CODES, periodRangeMessage } from './analytics/filters';

/**
 * What happened, in `area.verb` form, so filters can take a whole area (`user.`) or one action.
 * The list names the actions known today, for filters in the dashboard; features may record new ones.
 */
export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.locked_out',
  'auth.logout',
  'user.create',
  'user.update',
  'user.password_reset',
  'user.password_change',
  'api_key.create',
  'api_key.revoke',
  'review.create',
  'review.update',
  'dispute.open',
  'dispute.resolve',
  'rubric.change',
  'settings.change',
  'vendor.change',
  'import.start',
  'export.download',
  'connector.change',
  'connector.sync',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number] | `${string}.${string}`;

export const AUDIT_OUTCOMES = ['success', 'failure'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export interface AuditEntryDto {
  id: number;
  at: string;
  actorKind: 'user' | 'api-key' | 'system' | 'anonymous';
  actorId: string | null;
  /** Kept as written so the entry stays readable after the account changes. */
  actorLabel: string | null;
  action: AuditAction;
  outcome: AuditOutcome;
  targetType: string | null;
  targetId: string | null;
  vendorId: string | null;
  ip: string | null;
  details: Record<string, unknown> | null;
}

export interface AuditPageDto {
  entries: AuditEntryDto[];
  /** Pass as `before` to read the next (older) page; null on the last page. */
  nextBefore: number | null;
}

export const auditQuerySchema = z
  .object({
    actorId: z.string().min(1).max(100).optional(),
    /** An exact action, or an area prefix such as `user.` */
    action: z
      .string()
      .regex(/^[a-z_]+(\.[a-z_]*)?$/)
      .max(60)
      .optional(),
    outcome: z.enum(AUDIT_OUTCOMES).optional(),
    targetType: z.string().min(1).max(60).optional(),
    targetId: z.string().min(1).max(100).optional(),
    vendorId: z.string().min(1).max(36).optional(),
    from: z.iso.datetime().optional(),
    to: z.iso.datetime().optional(),
    before: z.coerce.number().int().positive().optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .superRefine((value, context) => {
    // The same year range as every analytics period, so no endpoint takes a far date.
    const now = new Date();
    for (const key of ['from', 'to'] as const) {
      const bound = value[key];
      // A malformed time is already refused by z.iso.datetime(); only real times are placed in the range.
      if (
        bound &&
        !Number.isNaN(Date.parse(bound)) &&
        !isMonthInPeriodRange(new Date(bound).toISOString().slice(0, 7), now)
      ) {
        context.addIssue({
          code: 'custom',
          path: [key],
          message: periodRangeMessage(now),
          params: { code: PERIOD_ERROR_CODES.outOfRange },
        });
      }
    }
  });
export type AuditQuery = z.infer<typeof auditQuerySchema>;
