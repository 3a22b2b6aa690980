import { Injectable } from '@nestjs/common';
import { DomainError, Principal } from '@rapport/api-core';
import type { AgentOptionsDto, AgentOptionsParams, ConversationDetailDto, ConversationListParams, ConversationPageDto, CsvValue } from '@rapport/contracts';
import { AgentOptionsQuery } from '@rapport/api-vendors';
import { SelectionResolver } from '../filters/selection-resolver';
import { blinded, ConversationBlinds } from './conversation-blinds';
import { ConversationDetailQuery } from './conversation-detail.query';
import { ConversationExportQuery } from './conversation-export.query';
import { ConversationPageQuery } from './conversation-page.query';

/** Conversation ids are UUIDs; anything else cannot exist and is answered like a missing one. */
const CONVERSATION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The drill-down behind every aggregate: lists with the aggregates' filters, single conversations, and agents to filter by. */
@Injectable()
export class ConversationExplorerService {
  constructor(
    private readonly resolver: SelectionResolver,
    private readonly pages: ConversationPageQuery,
    private readonly details: ConversationDetailQuery,
    private readonly agentOptions: AgentOptionsQuery,
    private readonly exports: ConversationExportQuery,
    private readonly blinds: ConversationBlinds,
  ) {}

  async list(query: ConversationListParams, principal: Principal): Promise<ConversationPageDto> {
    const { month, from, to, vendors, channels, languages, queues, sites, ...narrowing } = query;
    const { selection } = await this.resolver.resolve({ month, from, to, vendors, channels, languages, queues, sites }, principal);
    return this.pages.run(selection, narrowing, await this.blinds.hiddenFor(principal));
  }

  /**
   * Every conversation the list's filters select (paging and sort aside), one export row each, read page by page.
   * The selection is resolved before the first row, so a vendor outside the caller's scope is refused up front.
   */
  async exportRows(query: ConversationListParams, principal: Principal): Promise<AsyncGenerator<CsvValue[]>> {
    const { month, from, to, vendors, channels, languages, queues, sites, ...narrowing } = query;
    const { selection } = await this.resolver.resolve({ month, from, to, vendors, channels, languages, queues, sites }, principal);
    // Paging and sort in the narrowing are the page's own: the export reads every row, in (day, id) order.
    return this.exports.rows(selection, narrowing, await this.blinds.hiddenFor(principal));
  }

  /** Agents of the vendors named (by default every vendor the caller may see) matching the text. */
  async agents(query: AgentOptionsParams, principal: Principal): Promise<AgentOptionsDto> {
    const { selection } = await this.resolver.resolve({ vendors: query.vendors }, principal);
    return { items: await this.agentOptions.run(selection.vendorIds, query.q, query.limit) };
  }

  async get(id: string, principal: Principal): Promise<ConversationDetailDto> {
    const conversation = CONVERSATION_ID.test(id) ? await this.details.run(id, principal) : null;
    if (!conversation) {
      throw DomainError.notFound('Conversation');
    }
    return (await this.blinds.hidesScores(id, principal)) ? blinded(conversation) : { ...conversation, blind: false };
  }
}
