import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, ALL_ROLES, CurrentPrincipal, Principal, ZodValidationPipe } from '@rapport/api-core';
import {
  AgentOptionsDto,
  AgentOptionsParams,
  agentOptionsQuerySchema,
  ConversationDetailDto,
  ConversationListParams,
  conversationListQuerySchema,
  ConversationPageDto,
} from '@rapport/contracts';
import { ConversationExplorerService } from '../explorer/conversation-explorer.service';

/** Read side of conversations (ingestion lives beside it under the same path): lists, the agents to filter them by, transcripts. */
@ApiTags('conversations')
@Controller('conversations')
export class ConversationExplorerController {
  constructor(private readonly explorer: ConversationExplorerService) {}

  @Get()
  @Access({ roles: ALL_ROLES, readKey: true })
  @ApiOkResponse({
    description: 'Conversations matching the aggregates’ filters plus score bands, CSAT, rule, signals, hour of week, agent and a text search (q); paginated and sorted.',
  })
  list(@Query(new ZodValidationPipe(conversationListQuerySchema)) query: ConversationListParams, @CurrentPrincipal() principal: Principal): Promise<ConversationPageDto> {
    return this.explorer.list(query, principal);
  }

  // Declared before ':id' so that "agents" is never taken for a conversation id.
  @Get('agents')
  @Access({ roles: ALL_ROLES, readKey: true })
  @ApiOkResponse({ description: 'Agents whose external id or display name contains q, of the vendors you may see, by name: what the list’s agent filter offers.' })
  agents(@Query(new ZodValidationPipe(agentOptionsQuerySchema)) query: AgentOptionsParams, @CurrentPrincipal() principal: Principal): Promise<AgentOptionsDto> {
    return this.explorer.agents(query, principal);
  }

  @Get(':id')
  @Access({ roles: ALL_ROLES, readKey: true })
  @ApiOkResponse({ description: 'One conversation: messages with role, time and detected language, survey answers, signals and score evidence. 404 outside the caller’s vendors.' })
  get(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<ConversationDetailDto> {
    return this.explorer.get(id, principal);
  }
}
