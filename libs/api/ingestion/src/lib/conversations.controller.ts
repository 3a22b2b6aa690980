import { Body, Controller, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { nativeConversationSchema } from '@rapport/contracts';
import { Access, CurrentPrincipal, Principal, ZodValidationPipe } from '@rapport/api-core';
import { BatchQuery, batchQuerySchema } from './batch-query';
import { BatchResult, ConversationBatchService, MAX_BATCH_ITEMS } from './conversation-batch.service';

const batchBodySchema = z.array(z.unknown()).min(1).max(MAX_BATCH_ITEMS);

@ApiTags('conversations')
@Controller('conversations')
export class ConversationsController {
  constructor(private readonly batches: ConversationBatchService) {}

  @Post('batch')
  @Access({ roles: ['admin'], apiKey: true })
  @HttpCode(200)
  @ApiBody({ description: `Up to ${MAX_BATCH_ITEMS} conversations in the native shape.`, schema: z.toJSONSchema(z.array(nativeConversationSchema), { io: 'input' }) as object })
  @ApiQuery({ name: 'redactPii', required: false, description: 'Replace e-mail addresses, phone and card numbers in texts before storing.' })
  @ApiOkResponse({ description: 'Counts and one result per item, in input order; invalid items are reported, valid ones stored.' })
  ingestBatch(
    @Body(new ZodValidationPipe(batchBodySchema)) items: unknown[],
    @Query(new ZodValidationPipe(batchQuerySchema)) query: BatchQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<BatchResult> {
    return this.batches.ingest(items, { redactPii: query.redactPii }, new Date().toISOString(), principal);
  }
}
