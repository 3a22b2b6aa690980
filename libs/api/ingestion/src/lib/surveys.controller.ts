import { Body, Controller, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { nativeSurveySchema } from '@rapport/ingest-formats';
import { Access, CurrentPrincipal, Principal, ZodValidationPipe } from '@rapport/api-core';
import { BatchQuery, batchQuerySchema } from './batch-query';
import { MAX_BATCH_ITEMS } from './conversation-batch.service';
import { SurveyBatchResult, SurveyBatchService } from './survey-batch.service';

const batchBodySchema = z.array(z.unknown()).min(1).max(MAX_BATCH_ITEMS);

@ApiTags('surveys')
@Controller('surveys')
export class SurveysController {
  constructor(private readonly batches: SurveyBatchService) {}

  @Post('batch')
  @Access({ roles: ['admin'], apiKey: true })
  @HttpCode(200)
  @ApiBody({
    description: `Up to ${MAX_BATCH_ITEMS} survey answers (one per question). Answers may arrive before their conversation; they are linked when it does.`,
    schema: z.toJSONSchema(z.array(nativeSurveySchema), { io: 'input', unrepresentable: 'any' }) as object,
  })
  @ApiQuery({ name: 'redactPii', required: false, description: 'Replace e-mail addresses, phone and card numbers in comments before storing.' })
  @ApiOkResponse({ description: 'Counts, how many answers wait for their conversation, and one result per item in input order.' })
  ingestBatch(
    @Body(new ZodValidationPipe(batchBodySchema)) items: unknown[],
    @Query(new ZodValidationPipe(batchQuerySchema)) query: BatchQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SurveyBatchResult> {
    return this.batches.ingest(items, { redactPii: query.redactPii }, principal);
  }
}
