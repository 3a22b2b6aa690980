import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { NativeConversation } from '@rapport/contracts';
import { AgentReply, creditedAgent } from './agent-credit';
import { selectBySourceKeys, sourceKey, vendorKey } from './keyed-lookup';
import { loadAgentReplies, SurveyLinkUpdate, updateSurveyLinks } from './survey-links';
import { AgentDirectory, AgentReference } from '@rapport/api-vendors';

/** Which conversation a survey refers to. */
export interface SurveyKey {
  source: string;
  conversationExternalId: string;
}

/** A survey's stored conversation: its key, id, vendor and customer-visible agent replies. */
export interface SurveyLink {
  source: string;
  externalId: string;
  conversationId: string;
  vendorId: string;
  replies: AgentReply[];
}

/** The conversations surveys name: every one, and each by `vendorKey`. */
export interface SurveyLinks {
  all: SurveyLink[];
  byVendorKey: Map<string, SurveyLink>;
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
  question_key: string;
  conversation_vendor_id: string;
  answered_at: string;
  agent_external_id: string | null;
}

/**
 * Links surveys to their conversation and credits an agent, whichever of the two arrives first: nothing is
 * dropped for ordering. A survey names its agent explicitly or is credited to the last agent reply before it.
 */
@Injectable()
export class SurveyLinker {
  constructor(private readonly agents: AgentDirectory) {}

  /**
   * The stored conversations the surveys name by (source, id), with what credit needs. With `vendorId` (a vendor-bound
   * writer), only that vendor's: nothing another vendor holds is read.
   */
  async linksFor(manager: EntityManager, surveys: readonly SurveyKey[], vendorId: string | null): Promise<SurveyLinks> {
    const conversations = await selectBySourceKeys<ConversationRow>(
      manager,
      surveys.map((survey) => ({ source: survey.source, externalId: survey.conversationExternalId })),
      {
        columns: 'id, vendor_id, source, external_id',
        table: 'conversations',
        idColumn: 'external_id',
        ...(vendorId !== null ? { vendor: { column: 'vendor_id', id: vendorId } } : {}),
      },
    );
    const replies = await loadAgentReplies(
      manager,
      conversations.map((row) => row.id),
    );
    const all = conversations.map((row): SurveyLink => ({
      source: row.source,
      externalId: row.external_id,
      conversationId: row.id,
      vendorId: row.vendor_id,
      replies: replies.get(row.id) ?? [],
    }));
    return {
      all,
      byVendorKey: new Map(all.map((link) => [vendorKey(link.source, link.vendorId, link.externalId), link])),
    };
  }

  /** Resolves explicitly named agents (creating the ones never seen) for surveys of the given vendors. */
  async explicitAgents(manager: EntityManager, references: AgentReference[]): Promise<Map<string, string>> {
    return references.length > 0 ? this.agents.resolve(manager, references) : new Map();
  }

  /**
   * After conversations are stored: attach the surveys that were waiting for them and (re)compute their credit. An
   * answer rating a conversation of this vendor is linked to it; an answer waiting with no vendor known (a
   * client-wide writer's) is claimed by the first vendor's conversation stored under its id, unless that vendor
   * already has an answer to the same question. An answer of another vendor is never touched.
   */
  async linkArrivedConversations(
    manager: EntityManager,
    stored: readonly StoredConversation[],
    agentIds: ReadonlyMap<string, string>,
  ): Promise<void> {
    const rows = await selectBySourceKeys<WaitingSurveyRow>(
      manager,
      stored.map(({ conversation }) => conversation),
      {
        columns:
          'id, source, conversation_external_id, question_key, conversation_vendor_id, answered_at, agent_external_id',
        table: 'csat_surveys',
        idColumn: 'conversation_external_id',
      },
    );
    const byKey = new Map(
      stored.map((entry) => [sourceKey(entry.conversation.source, entry.conversation.externalId), entry]),
    );
    const answered = new Set(
      rows.filter((row) => row.conversation_vendor_id !== '').map((row) => answerOf(row, row.conversation_vendor_id)),
    );
    const matched = rows.flatMap((survey) => {
      const entry = byKey.get(sourceKey(survey.source, survey.conversation_external_id));
      if (!entry) {
        return [];
      }
      const vendorId = entry.vendor.id;
      const claims = survey.conversation_vendor_id === '' && !answered.has(answerOf(survey, vendorId));
      if (claims) {
        answered.add(answerOf(survey, vendorId));
      }
      return survey.conversation_vendor_id === vendorId || claims ? [{ survey, entry }] : [];
    });
    if (matched.length === 0) {
      return;
    }
    const explicit = await this.explicitAgents(
      manager,
      matched.flatMap(({ survey, entry }) =>
        survey.agent_external_id
          ? [{ vendorId: entry.vendor.id, externalId: survey.agent_external_id, displayName: null }]
          : [],
      ),
    );
    const links: SurveyLinkUpdate[] = matched.map(({ survey, entry }) => ({
      id: survey.id,
      conversationId: entry.id,
      vendorId: entry.vendor.id,
      agentId: survey.agent_external_id
        ? (explicit.get(AgentDirectory.key(entry.vendor.id, survey.agent_external_id)) ?? null)
        : creditedAgent(repliesOf(entry, agentIds), survey.answered_at),
    }));
    await updateSurveyLinks(manager, links);
  }
}

function answerOf(row: WaitingSurveyRow, vendorId: string): string {
  return `${vendorKey(row.source, vendorId, row.conversation_external_id)}\u001f${row.question_key}`;
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
