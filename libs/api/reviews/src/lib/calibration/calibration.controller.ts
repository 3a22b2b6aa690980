import { Body, Controller, Get, Ip, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Access, CurrentPrincipal, Principal, ZodValidationPipe } from '@rapport/api-core';
import {
  CreateCalibrationRequest,
  createCalibrationSchema,
  QueueDto,
  ReviewedScoreDto,
  ReviewPeriodQuery,
  reviewPeriodQuerySchema,
} from '@rapport/contracts';
import { LEADS, REVIEW_READERS } from '../review-roles';
import { ReviewedScoreQuery } from '../scores/reviewed-score.query';
import { CalibrationService } from './calibration.service';

@ApiTags('reviews')
@Controller('reviews')
export class CalibrationController {
  constructor(
    private readonly calibration: CalibrationService,
    private readonly reviewedScores: ReviewedScoreQuery,
  ) {}

  @Post('calibrations')
  @Access({ roles: LEADS })
  @ApiBody({
    schema: z.toJSONSchema(createCalibrationSchema, { io: 'input' }) as object,
  })
  @ApiOkResponse({
    description:
      'A calibration session: every reviewer named grades every conversation named, blind, with the rubric’s current version.',
  })
  create(
    @Body(new ZodValidationPipe(createCalibrationSchema))
    body: CreateCalibrationRequest,
    @CurrentPrincipal() actor: Principal,
    @Ip() ip: string,
  ): Promise<QueueDto> {
    return this.calibration.create(body, actor, ip);
  }

  @Get('vendor-scores')
  @Access({ roles: REVIEW_READERS })
  @ApiOkResponse({
    description:
      'Each vendor’s reviewed QA score: mean total of submitted queue reviews with a 95% t interval and n (interval null below 2 reviews); partners see their own vendor.',
  })
  vendorScores(
    @Query(new ZodValidationPipe(reviewPeriodQuerySchema))
    query: ReviewPeriodQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ReviewedScoreDto[]> {
    return this.reviewedScores.run(query, principal);
  }
}
