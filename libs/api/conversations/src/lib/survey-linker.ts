import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { NativeConversation } from '@rapport/contracts';
import { AgentDirectory, AgentReference } from './agent-directory';
import { AgentReply, creditedAgent } from './agent-credit';
import { selectBySourceKeys, sourceKey } from './keyed-lookup';
import { loadAgentReplies, SurveyLinkUpdate, updateSurveyLinks } from './survey-links';

/** Which conversation a survey refers to. */
export interface SurveyKey {
  source: string;
  conversationExternalId: string;
}

/** A survey's stored conversation: its id, vendor and customer-visible agent replies. */
export interface SurveyLink {
  conversationId: string;
  vendorId: string;
  replies: AgentReply[];
}

interface StoredConversation {
  conversation: NativeConversation;
  id: string;
  vendor: { id: string };
}

interface ConversationRow {
  id: string;
  vendor_id: string;
  source: string;
  external_id: string;
}

interface WaitingSurveyRow {
  id: string;
  source: string;
  conversation_external_id: string;
  answered_at: string;
  agent_external_id: string | null;
  writer_vendor_id: string | null;
}

/**
 * Links surveys to their conversation and credits an agent, whichever of the two arrives first: nothing is
 * dropped for ordering. A survey names its agent explicitly or is credited to the last agent reply before it.
 */
@Injectable()
export class SurveyLinker {
  constructor(private readonly agents: AgentDirectory) {}

  /** The stored conversation of each survey that has one, with what credit needs; keyed by `sourceKey`. */
  async linksFor(manager: EntityManager, surveys: readonly SurveyKey[]): Promise<Map<string, SurveyLink>> {
    const conversations = await selectBySourceKeys<ConversationRow>(
      manager,
      surveys.map((survey) => ({ source: survey.source, externalId: survey.conversationExternalId })),
      { columns: 'id, vendor_id, source, external_id', table: 'conversations', idColumn: 'external_id' },
    );
    const replies = await loadAgentReplies(manager, conversations.map((row) => row.id));
    return new Map(
      conversations.map((row) => [sourceKey(row.source, row.external_id), { conversationId: row.id, vendorId: row.vendor_id, replies: replies.get(row.id) ?? [] }]),
    );
  }

  /** Resolves explicitly named agents (creating the ones never seen) for surveys of the given vendors. */
  async explicitAgents(manager: EntityManager, references: AgentReference[]): Promise<Map<string, string>> {
    return references.length > 0 ? this.agents.resolve(manager, references) : new Map();
  }

  /** After conversations are stored: attach the surveys that were waiting for them and (re)compute their credit. */
  async linkArrivedConversations(manager: EntityManager, stored: readonly StoredConversation[], agentIds: ReadonlyMap<string, string>): Promise<void> {
    const waiting = await selectBySourceKeys<WaitingSurveyRow>(
      manager,
      stored.map(({ conversation }) => conversation),
      { columns: 'id, source, conversation_external_id, answered_at, agent_external_id, writer_vendor_id', table: 'csat_surveys', idColumn: 'conversation_external_id' },
    );
    if (waiting.length === 0) {
      return;
    }
    const byKey = new Map(stored.map((entry) => [sourceKey(entry.conversation.source, entry.conversation.externalId), entry]));
    // A partner's survey belongs to that partner: it never attaches to (or is counted for) another vendor's conversation.
    const entryOf = (survey: WaitingSurveyRow) => {
      const entry = byKey.get(sourceKey(survey.source, survey.conversation_external_id));
      return entry && (survey.writer_vendor_id === null || survey.writer_vendor_id === entry.vendor.id) ? entry : undefined;
    };
    const explicit = await this.explicitAgents(
      manager,
      waiting.flatMap((survey) => {
        const entry = entryOf(survey);
        return entry && survey.agent_external_id ? [{ vendorId: entry.vendor.id, externalId: survey.agent_external_id, displayName: null }] : [];
      }),
    );
    const links: SurveyLinkUpdate[] = [];
    for (const survey of waiting) {
      const entry = entryOf(survey);
      if (!entry) {
        continue;
      }
      const agentId = survey.agent_external_id
        ? (explicit.get(AgentDirectory.key(entry.vendor.id, survey.agent_external_id)) ?? null)
        : creditedAgent(repliesOf(entry, agentIds), survey.answered_at);
      links.push({ id: survey.id, conversationId: entry.id, agentId });
    }
    await updateSurveyLinks(manager, links);
  }
}

function repliesOf(entry: StoredConversation, agentIds: ReadonlyMap<string, string>): AgentReply[] {
  const replies: AgentReply[] = [];
  for (const message of entry.conversation.messages) {
    if (message.role !== 'agent' || message.internal || !message.agentId) {
      continue;
    }
    const agentId = agentIds.get(AgentDirectory.key(entry.vendor.id, message.agentId));
    if (agentId) {
      replies.push({ agentId, at: message.at });
    }
  }
  return replies;
}
