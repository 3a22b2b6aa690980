import { Body, Controller, Get, Ip, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Access, CurrentPrincipal, Principal, ZodValidationPipe } from '@rapport/api-core';
import {
  ReviewDetailDto,
  ReviewDraftRequest,
  reviewDraftSchema,
  ReviewDto,
  ReviewListQuery,
  reviewListQuerySchema,
  ReviewWorkspaceDto,
} from '@rapport/contracts';
import { REVIEW_READERS, REVIEWERS } from '../review-roles';
import { ReviewWorkspaceService } from './review-workspace.service';
import { ReviewsReadService } from './reviews-read.service';

/** Registered after the other review controllers: `:reviewId` must not take their fixed paths. */
@ApiTags('reviews')
@Controller('reviews')
export class ReviewsController {
  constructor(
    private readonly workspace: ReviewWorkspaceService,
    private readonly reviews: ReviewsReadService,
  ) {}

  @Get('assignments/:assignmentId')
  @Access({ roles: [...REVIEWERS, 'admin'] })
  @ApiOkResponse({
    description:
      'The review form’s data: transcript, rubric version and the review so far. Blind: `automatic` (scores, signals, evidence) is null until this review is submitted.',
  })
  get(
    @Param('assignmentId') assignmentId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ReviewWorkspaceDto> {
    return this.workspace.workspace(assignmentId, principal);
  }

  @Put('assignments/:assignmentId/review')
  @Access({ roles: REVIEWERS })
  @ApiBody({
    schema: z.toJSONSchema(reviewDraftSchema, { io: 'input' }) as object,
  })
  @ApiOkResponse({
    description:
      'Saves the assigned reviewer’s draft; once submitted, an edit (every criterion rated) that adds a version, audited as review.update.',
  })
  save(
    @Param('assignmentId') assignmentId: string,
    @Body(new ZodValidationPipe(reviewDraftSchema)) body: ReviewDraftRequest,
    @CurrentPrincipal() principal: Principal,
    @Ip() ip: string,
  ): Promise<ReviewDto> {
    return this.workspace.save(assignmentId, body, principal, ip);
  }

  @Post('assignments/:assignmentId/submit')
  @Access({ roles: REVIEWERS })
  @ApiBody({
    schema: z.toJSONSchema(reviewDraftSchema, { io: 'input' }) as object,
  })
  @ApiOkResponse({
    description:
      'Submits the review with these ratings (every criterion rated or N/A); the total follows the rubric, 0 on a critical failure. Audited as review.create.',
  })
  submit(
    @Param('assignmentId') assignmentId: string,
    @Body(new ZodValidationPipe(reviewDraftSchema)) body: ReviewDraftRequest,
    @CurrentPrincipal() principal: Principal,
    @Ip() ip: string,
  ): Promise<ReviewDto> {
    return this.workspace.submit(assignmentId, body, principal, ip);
  }

  @Get()
  @Access({ roles: REVIEW_READERS })
  @ApiOkResponse({
    description: 'Submitted reviews, newest first; partners see their own vendor’s only and no reviewer identities.',
  })
  list(
    @Query(new ZodValidationPipe(reviewListQuerySchema)) query: ReviewListQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ReviewDto[]> {
    return this.reviews.list(query, principal);
  }

  @Get(':reviewId')
  @Access({ roles: REVIEW_READERS })
  @ApiOkResponse({
    description:
      'One submitted review with its criteria, edit history, disputes and coaching notes; 404 for another vendor’s review.',
  })
  detail(@Param('reviewId') reviewId: string, @CurrentPrincipal() principal: Principal): Promise<ReviewDetailDto> {
    return this.reviews.detail(reviewId, principal);
  }
}
