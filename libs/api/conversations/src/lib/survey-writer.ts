import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { ALL_VENDORS, insertRows, WriteScope, writeScopeViolation } from '@rapport/api-database';
import type { CsatScale, RowError } from '@rapport/contracts';
import { AgentDirectory } from './agent-directory';
import { ConversationsWrittenHooks } from './conversations-written.hooks';
import { creditedAgent } from './agent-credit';
import { WriteStatus } from './conversation-write.types';
import { IngestionLock } from './ingestion-lock';
import { selectBySourceKeys, sourceKey } from './keyed-lookup';
import { SurveyLink, SurveyLinker } from './survey-linker';

export interface SurveyToWrite {
  /** Position in the batch or line in the import file; reported back in the outcome. */
  line?: number;
  source: string;
  conversationExternalId: string;
  questionKey: string;
  score: number;
  scale: CsatScale;
  /** Score on the common 0–100 scale. */
  normalized: number;
  satisfied: boolean;
  comment: string | null;
  answeredAt: string;
  /** External id of the agent the survey system credits; by default the last agent reply before `answeredAt`. */
  agentId?: string | null;
}

export interface SurveyOutcome {
  line: number;
  conversationExternalId: string;
  questionKey: string;
  status: WriteStatus;
  id?: string;
  /** Whether the conversation is already stored; an unlinked survey is kept and linked when it arrives. */
  linked?: boolean;
  error?: RowError;
}

const SURVEY_COLUMNS = [
  'id',
  'source',
  'conversation_external_id',
  'conversation_id',
  'question_key',
  'score',
  'scale',
  'normalized',
  'satisfied',
  'comment',
  'answered_at',
  'agent_id',
  'agent_external_id',
  'writer_vendor_id',
] as const;
const UPSERT_SURVEY = `ON CONFLICT (source, conversation_external_id, question_key) DO UPDATE SET ${SURVEY_COLUMNS.filter(
  (c) => !['id', 'source', 'conversation_external_id', 'question_key'].includes(c),
)
  .map((c) => `${c} = excluded.${c}`)
  .join(', ')}`;

interface ExistingSurvey {
  id: string;
  source: string;
  conversation_external_id: string;
  question_key: string;
  score: number;
  scale: string;
  comment: string | null;
  answered_at: string;
  agent_external_id: string | null;
  writer_vendor_id: string | null;
}

/**
 * Stores answered survey questions once per (source, conversation, question): the same answer again is
 * `unchanged`, a changed one `updated`. Surveys whose conversation is stored are linked and credited right away;
 * the others are kept and linked by the conversation writer when their conversation arrives.
 */
@Injectable()
export class SurveyWriter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly linker: SurveyLinker,
    private readonly lock: IngestionLock,
    private readonly written: ConversationsWrittenHooks,
  ) {}

  /** `scope` confines API keys to their source (and vendor, once the surveyed conversation is known). */
  async write(surveys: readonly SurveyToWrite[], scope: WriteScope = ALL_VENDORS): Promise<SurveyOutcome[]> {
    return this.lock.run(() => this.dataSource.transaction((manager) => this.writeWith(manager, surveys, scope)));
  }

  /** The same inside a transaction the caller owns; hold the ingestion lock. */
  async writeWith(
    manager: EntityManager,
    surveys: readonly SurveyToWrite[],
    scope: WriteScope = ALL_VENDORS,
  ): Promise<SurveyOutcome[]> {
    const keyOf = (s: { source: string; conversationExternalId: string; questionKey: string }) =>
      `${sourceKey(s.source, s.conversationExternalId)}\u001f${s.questionKey}`;
    const existing = new Map(
      (
        await selectBySourceKeys<ExistingSurvey>(
          manager,
          surveys.map((s) => ({ source: s.source, externalId: s.conversationExternalId })),
          {
            columns:
              'id, source, conversation_external_id, question_key, score, scale, comment, answered_at, agent_external_id, writer_vendor_id',
            table: 'csat_surveys',
            idColumn: 'conversation_external_id',
          },
        )
      ).map((row) => [
        keyOf({
          source: row.source,
          conversationExternalId: row.conversation_external_id,
          questionKey: row.question_key,
        }),
        row,
      ]),
    );
    const links = await this.linker.linksFor(manager, surveys);
    const outcomes: SurveyOutcome[] = [];
    const toStore: Array<{ survey: SurveyToWrite; id: string; link: SurveyLink | undefined }> = [];
    const seen = new Set<string>();
    surveys.forEach((survey, index) => {
      const line = survey.line ?? index;
      const base = { line, conversationExternalId: survey.conversationExternalId, questionKey: survey.questionKey };
      const link = links.get(sourceKey(survey.source, survey.conversationExternalId));
      const key = keyOf(survey);
      const previous = existing.get(key);
      const outOfScope = ownersOf(link, previous, scope)
        .map((vendorId) => writeScopeViolation(scope, { source: survey.source, vendorId }))
        .find((violation) => violation !== null);
      if (outOfScope) {
        outcomes.push({
          ...base,
          status: 'failed',
          error: { line, field: outOfScope.field, reason: outOfScope.reason },
        });
        return;
      }
      if (seen.has(key)) {
        const reason = `duplicate survey answer for conversation "${survey.conversationExternalId}" and question "${survey.questionKey}" in the same batch`;
        outcomes.push({ ...base, status: 'failed', error: { line, field: 'questionKey', reason } });
        return;
      }
      seen.add(key);
      if (previous && sameAnswer(previous, survey)) {
        outcomes.push({ ...base, status: 'unchanged', id: previous.id });
        return;
      }
      const id = previous?.id ?? randomUUID();
      toStore.push({ survey, id, link });
      outcomes.push({ ...base, status: previous ? 'updated' : 'created', id, linked: link !== undefined });
    });
    await this.store(manager, toStore, scope.vendorScope);
    return outcomes;
  }

  /** Upserts the new and changed answers with their conversation and credited agent. */
  private async store(
    manager: EntityManager,
    toStore: Array<{ survey: SurveyToWrite; id: string; link: SurveyLink | undefined }>,
    writerVendorId: string | null,
  ): Promise<void> {
    if (toStore.length === 0) {
      return;
    }
    const explicit = await this.linker.explicitAgents(
      manager,
      toStore.flatMap(({ survey, link }) =>
        link && survey.agentId ? [{ vendorId: link.vendorId, externalId: survey.agentId, displayName: null }] : [],
      ),
    );
    const rows = toStore.map(({ survey, id, link }) => {
      let agentId: string | null = null;
      if (link) {
        agentId = survey.agentId
          ? (explicit.get(AgentDirectory.key(link.vendorId, survey.agentId)) ?? null)
          : creditedAgent(link.replies, survey.answeredAt);
      }
      return [
        id,
        survey.source,
        survey.conversationExternalId,
        link?.conversationId ?? null,
        survey.questionKey,
        survey.score,
        survey.scale,
        survey.normalized,
        survey.satisfied,
        survey.comment,
        survey.answeredAt,
        agentId,
        survey.agentId ?? null,
        writerVendorId,
      ];
    });
    await insertRows(manager, 'csat_surveys', SURVEY_COLUMNS, rows, UPSERT_SURVEY);
    await this.written.run(
      manager,
      toStore.flatMap(({ link }) => (link ? [link.conversationId] : [])),
    );
  }
}

/**
 * The vendors whose data this answer is, for the scope check (a vendor-bound writer must be every one of them): its
 * stored conversation's, or for a survey still waiting for its conversation, the vendor of the partner key that first
 * stored it (for a new waiting survey, the writer's); and the vendor that sent the stored answer, which stays that
 * vendor's even when another vendor stores a conversation under the same id (it is never linked to it).
 */
function ownersOf(link: SurveyLink | undefined, previous: ExistingSurvey | undefined, scope: WriteScope): string[] {
  const owners = [link ? link.vendorId : ((previous ? previous.writer_vendor_id : scope.vendorScope) ?? '')];
  if (previous?.writer_vendor_id) {
    owners.push(previous.writer_vendor_id);
  }
  return owners;
}

function sameAnswer(row: ExistingSurvey, survey: SurveyToWrite): boolean {
  return (
    Number(row.score) === survey.score &&
    row.scale === survey.scale &&
    (row.comment ?? null) === survey.comment &&
    row.answered_at === survey.answeredAt &&
    (row.agent_external_id ?? null) === (survey.agentId ?? null)
  );
}
