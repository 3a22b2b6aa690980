import type { CoachingNoteDto, DisputeDto, VendorRef } from '@rapport/contracts';
import type { CoachingNote, ReviewDispute } from '../entities/dispute.entity';
import { vendorRefOf } from '../review-directory';

/** Both sides see the same dispute: reason, decision and reply, never who opened or decided it. */
export function toDisputeDto(dispute: ReviewDispute, vendors: ReadonlyMap<string, VendorRef>): DisputeDto {
  return {
    id: dispute.id,
    reviewId: dispute.reviewId,
    conversationId: dispute.conversationId,
    vendor: vendorRefOf(vendors, dispute.vendorId),
    status: dispute.status,
    reason: dispute.reason,
    reply: dispute.reply,
    totalBefore: dispute.totalBefore === null ? null : Number(dispute.totalBefore),
    totalAfter: dispute.totalAfter === null ? null : Number(dispute.totalAfter),
    openedAt: dispute.openedAt,
    decidedAt: dispute.decidedAt,
  };
}

export function toCoachingDto(note: CoachingNote, vendors: ReadonlyMap<string, VendorRef>): CoachingNoteDto {
  return {
    id: note.id,
    reviewId: note.reviewId,
    vendor: vendorRefOf(vendors, note.vendorId),
    agentId: note.agentId,
    text: note.text,
    createdAt: note.createdAt,
    acknowledgedAt: note.acknowledgedAt,
  };
}
