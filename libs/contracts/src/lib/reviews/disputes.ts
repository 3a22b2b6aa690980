import { z } from 'zod';
import type { VendorRef } from '../analytics/responses';
import { ratingSchema } from './review-records';
import { DISPUTE_STATUSES } from './rubrics';
import type { DisputeStatus } from './rubrics';
import { text } from './fields';

export const openDisputeSchema = z.object({ reason: text(4000) });
export type OpenDisputeRequest = z.infer<typeof openDisputeSchema>;

export const decideDisputeSchema = z.discriminatedUnion('decision', [
  z.object({
    decision: z.literal('accept'),
    reply: text(4000),
    ratings: z.array(ratingSchema).min(1).max(60),
  }),
  z.object({ decision: z.literal('reject'), reply: text(4000) }),
]);
export type DecideDisputeRequest = z.infer<typeof decideDisputeSchema>;

export interface DisputeDto {
  id: string;
  reviewId: string;
  conversationId: string;
  vendor: VendorRef;
  status: DisputeStatus;
  reason: string;
  reply: string | null;
  /** The review's total when the dispute was opened, and after an accepted one. */
  totalBefore: number | null;
  totalAfter: number | null;
  openedAt: string;
  decidedAt: string | null;
}

export const disputeListQuerySchema = z.object({
  status: z.enum(DISPUTE_STATUSES).optional(),
  vendorId: z.uuid().optional(),
});
export type DisputeListQuery = z.infer<typeof disputeListQuerySchema>;

export const coachingNoteSchema = z.object({
  text: text(4000),
  agentId: z.uuid().nullable().default(null),
});
export type CoachingNoteRequest = z.infer<typeof coachingNoteSchema>;

export interface CoachingNoteDto {
  id: string;
  reviewId: string;
  vendor: VendorRef;
  agentId: string | null;
  text: string;
  createdAt: string;
  acknowledgedAt: string | null;
}
