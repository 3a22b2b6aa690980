import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Clock, DomainError, Principal } from '@rapport/api-core';
import { whereVendorScope } from '@rapport/api-database';
import { AuditService } from '@rapport/api-audit';
import { AgentDirectory } from '@rapport/api-vendors';
import type { CoachingNoteDto, CoachingNoteRequest } from '@rapport/contracts';
import { CoachingNote } from '../entities/dispute.entity';
import { ReviewDirectory } from '../review-directory';
import { ReviewsReadService } from '../reviews/reviews-read.service';
import { toCoachingDto } from '../disputes/dispute-mapping';

/** Coaching notes for an agent, each linked to a submitted review and visible to that review's vendor. */
@Injectable()
export class CoachingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reviews: ReviewsReadService,
    private readonly directory: ReviewDirectory,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly agents: AgentDirectory,
  ) {}

  async create(
    reviewId: string,
    request: CoachingNoteRequest,
    principal: Principal,
    ip: string | null,
  ): Promise<CoachingNoteDto> {
    const review = await this.reviews.requireSubmitted(reviewId, principal);
    // The note is shown to the review's vendor: naming another vendor's agent would show that vendor's agent to it.
    if (
      request.agentId !== null &&
      !(await this.agents.belongsTo(this.dataSource.manager, request.agentId, review.vendorId))
    ) {
      throw DomainError.invalid('agentId is not an agent of the reviewed conversation’s vendor', [
        { line: 0, field: 'agentId', reason: 'not an agent of the reviewed conversation’s vendor' },
      ]);
    }
    const note: CoachingNote = {
      id: randomUUID(),
      reviewId,
      vendorId: review.vendorId,
      agentId: request.agentId,
      text: request.text,
      authorId: principal.id,
      createdAt: this.clock.now().toISOString(),
      acknowledgedAt: null,
      acknowledgedBy: null,
    };
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(CoachingNote).insert(note);
      await this.audit.record(
        {
          actor: principal,
          action: 'coaching.create',
          target: { type: 'coaching_note', id: note.id },
          vendorId: note.vendorId,
          ip,
          details: { reviewId },
        },
        manager,
      );
    });
    return toCoachingDto(note, await this.directory.vendorRefs());
  }

  async list(principal: Principal): Promise<CoachingNoteDto[]> {
    const builder = this.dataSource
      .getRepository(CoachingNote)
      .createQueryBuilder('n')
      .orderBy('n.createdAt', 'DESC')
      .limit(500);
    const vendors = await this.directory.vendorRefs();
    return (await whereVendorScope(builder, principal, 'n.vendor_id').getMany()).map((note) =>
      toCoachingDto(note, vendors),
    );
  }

  /** A partner user confirms the vendor has read the note; the first acknowledgement counts. */
  async acknowledge(noteId: string, principal: Principal, ip: string | null): Promise<CoachingNoteDto> {
    const note = await this.dataSource.transaction(async (manager) => {
      const builder = manager.getRepository(CoachingNote).createQueryBuilder('n').where('n.id = :noteId', { noteId });
      const found = await whereVendorScope(builder, principal, 'n.vendor_id').getOne();
      if (!found) {
        throw DomainError.notFound('Coaching note');
      }
      if (found.acknowledgedAt !== null) {
        return found;
      }
      const acknowledged = {
        ...found,
        acknowledgedAt: this.clock.now().toISOString(),
        acknowledgedBy: principal.id,
      };
      await manager.getRepository(CoachingNote).save(acknowledged);
      await this.audit.record(
        {
          actor: principal,
          action: 'coaching.acknowledge',
          target: { type: 'coaching_note', id: noteId },
          vendorId: found.vendorId,
          ip,
        },
        manager,
      );
      return acknowledged;
    });
    return toCoachingDto(note, await this.directory.vendorRefs());
  }
}
