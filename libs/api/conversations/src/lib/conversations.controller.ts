import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { nativeConversationSchema } from '@rapport/contracts';
import { Access, ZodValidationPipe } from '@rapport/api-core';
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
  @ApiOkResponse({ description: 'Counts and one result per item, in input order; invalid items are reported, valid ones stored.' })
  ingestBatch(@Body(new ZodValidationPipe(batchBodySchema)) items: unknown[]): Promise<BatchResult> {
    return this.batches.ingest(items, new Date().toISOString());
  }
}
