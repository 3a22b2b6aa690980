import { Body, Controller, Get, Ip, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Access, CurrentPrincipal, Principal, ZodValidationPipe } from '@rapport/api-core';
import {
  CoachingNoteDto,
  CoachingNoteRequest,
  coachingNoteSchema,
  DecideDisputeRequest,
  decideDisputeSchema,
  DisputeDto,
  DisputeListQuery,
  disputeListQuerySchema,
  OpenDisputeRequest,
  openDisputeSchema,
} from '@rapport/contracts';
import { LEADS, REVIEW_READERS, REVIEWERS } from '../review-roles';
import { CoachingService } from '../coaching/coaching.service';
import { DisputesService } from './disputes.service';

@ApiTags('reviews')
@Controller('reviews')
export class DisputesController {
  constructor(
    private readonly disputes: DisputesService,
    private readonly coaching: CoachingService,
  ) {}

  @Get('disputes')
  @Access({ roles: REVIEW_READERS })
  @ApiOkResponse({
    description:
      'Disputes, newest first: the client sees all, a partner its own vendor’s, with reason, decision and reply.',
  })
  list(
    @Query(new ZodValidationPipe(disputeListQuerySchema))
    query: DisputeListQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DisputeDto[]> {
    return this.disputes.list(query, principal);
  }

  @Post(':reviewId/disputes')
  @Access({ roles: ['partner'] })
  @ApiBody({
    schema: z.toJSONSchema(openDisputeSchema, { io: 'input' }) as object,
  })
  @ApiOkResponse({
    description:
      'A partner user disputes a submitted review of its vendor within REVIEW_DISPUTE_DAYS of submission (409 after, or while one is open). Audited as dispute.open.',
  })
  open(
    @Param('reviewId') reviewId: string,
    @Body(new ZodValidationPipe(openDisputeSchema)) body: OpenDisputeRequest,
    @CurrentPrincipal() principal: Principal,
    @Ip() ip: string,
  ): Promise<DisputeDto> {
    return this.disputes.open(reviewId, body, principal, ip);
  }

  @Post('disputes/:disputeId/decision')
  @Access({ roles: LEADS })
  @ApiBody({
    schema: z.toJSONSchema(decideDisputeSchema, { io: 'input' }) as object,
  })
  @ApiOkResponse({
    description:
      'Accept (with adjusted ratings: a new version of the review) or reject, with a reply. Audited as dispute.resolve (and review.update on accept).',
  })
  decide(
    @Param('disputeId') disputeId: string,
    @Body(new ZodValidationPipe(decideDisputeSchema))
    body: DecideDisputeRequest,
    @CurrentPrincipal() principal: Principal,
    @Ip() ip: string,
  ): Promise<DisputeDto> {
    return this.disputes.decide(disputeId, body, principal, ip);
  }

  @Get('coaching')
  @Access({ roles: REVIEW_READERS })
  @ApiOkResponse({
    description: 'Coaching notes, newest first: a partner sees its own vendor’s.',
  })
  coachingNotes(@CurrentPrincipal() principal: Principal): Promise<CoachingNoteDto[]> {
    return this.coaching.list(principal);
  }

  @Post(':reviewId/coaching')
  @Access({ roles: REVIEWERS })
  @ApiBody({
    schema: z.toJSONSchema(coachingNoteSchema, { io: 'input' }) as object,
  })
  @ApiOkResponse({
    description: 'A coaching note for the reviewed agent, linked to the review and visible to its vendor.',
  })
  coach(
    @Param('reviewId') reviewId: string,
    @Body(new ZodValidationPipe(coachingNoteSchema)) body: CoachingNoteRequest,
    @CurrentPrincipal() principal: Principal,
    @Ip() ip: string,
  ): Promise<CoachingNoteDto> {
    return this.coaching.create(reviewId, body, principal, ip);
  }

  @Post('coaching/:noteId/acknowledge')
  @Access({ roles: ['partner'] })
  @ApiOkResponse({
    description: 'A partner user acknowledges a coaching note of its vendor; the first acknowledgement is kept.',
  })
  acknowledge(
    @Param('noteId') noteId: string,
    @CurrentPrincipal() principal: Principal,
    @Ip() ip: string,
  ): Promise<CoachingNoteDto> {
    return this.coaching.acknowledge(noteId, principal, ip);
  }
}
