import { z } from 'zod';
import type { VendorRef } from '../analytics/responses';
import type { Channel } from '../vocabulary';
import type { ReviewStatus } from './rubrics';
import { text, day } from './fields';

/** How a queue is filled from the conversations of its period. */
export const samplingRuleSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('random'),
    perVendorWeek: z.number().int().min(1).max(200),
  }),
  z.object({
    kind: z.literal('stratified'),
    perStratum: z.number().int().min(1).max(50),
  }),
  z.object({
    kind: z.literal('low-csat'),
    below: z.number().min(0).max(100),
    limit: z.number().int().min(1).max(1000),
  }),
  z.object({
    kind: z.literal('low-score'),
    below: z.number().min(0).max(100),
    limit: z.number().int().min(1).max(1000),
  }),
  z.object({
    kind: z.literal('rule-fired'),
    rule: z.string().trim().min(1).max(80),
    limit: z.number().int().min(1).max(1000),
  }),
  z.object({
    kind: z.literal('adaptive'),
    limit: z.number().int().min(1).max(1000),
    minReviews: z.number().int().min(1).max(1000).default(30),
  }),
]);
/** Written out (not `z.infer`) so the OpenAPI generator can read it; `reviews-types.spec.ts` keeps it equal to the schema. */
export type SamplingRule =
  | { kind: 'random'; perVendorWeek: number }
  | { kind: 'stratified'; perStratum: number }
  | { kind: 'low-csat'; below: number; limit: number }
  | { kind: 'low-score'; below: number; limit: number }
  | { kind: 'rule-fired'; rule: string; limit: number }
  | { kind: 'adaptive'; limit: number; minReviews: number };

/** How often a sampling queue is refilled by the schedule (conversations imported since, within its period). */
export const REFILL_SCHEDULES = ['daily', 'weekly'] as const;
export type RefillSchedule = (typeof REFILL_SCHEDULES)[number];

export const createQueueSchema = z
  .object({
    name: text(200),
    rubricId: z.uuid(),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1)
      .default(1),
    from: day,
    to: day,
    vendorIds: z.array(z.uuid()).max(50).default([]),
    rule: samplingRuleSchema,
    reviewerIds: z.array(z.uuid()).min(1).max(50),
    /** Refilled on this schedule from the queue's creation on; without it only on request. */
    refill: z.enum(REFILL_SCHEDULES).nullable().default(null),
  })
  .refine((queue) => queue.from <= queue.to, {
    message: 'from must not be after to',
    path: ['to'],
  })
  .refine((queue) => Date.parse(queue.to) - Date.parse(queue.from) <= 366 * 86_400_000, {
    message: 'at most 366 days',
    path: ['to'],
  });
export type CreateQueueRequest = z.infer<typeof createQueueSchema>;

/** `PUT /api/reviews/queues/:id/schedule`: a sampling queue's refill schedule, changed or removed (null). */
export const queueScheduleSchema = z.object({ refill: z.enum(REFILL_SCHEDULES).nullable() }).strict();
export type QueueScheduleRequest = z.infer<typeof queueScheduleSchema>;

export interface QueueDto {
  id: string;
  name: string;
  kind: 'sampling' | 'calibration';
  rubricId: string;
  rubricVersion: number;
  seed: number;
  from: string;
  to: string;
  rule: SamplingRule | null;
  items: number;
  submitted: number;
  createdAt: string;
  /** The refill schedule, null without one (refilled on request only). */
  refill?: RefillSchedule | null;
  /** When the schedule refills it next (UTC), null without a schedule. */
  nextRefillAt?: string | null;
}

/** A person a lead may put on a queue or calibration session: an active QA reviewer or lead. */
export interface ReviewerDto {
  id: string;
  displayName: string;
  role: 'qa-reviewer' | 'qa-lead';
}

export interface AssignmentDto {
  id: string;
  queueId: string;
  queueName: string;
  kind: 'sampling' | 'calibration';
  conversationId: string;
  vendor: VendorRef;
  language: string;
  channel: Channel;
  /** Which stratum or rule put the conversation in the queue, e.g. `vendor × en × chat`. */
  reason: string;
  reviewerId: string;
  reviewStatus: ReviewStatus | null;
}
