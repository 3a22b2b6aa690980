import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AgentDirectory, VendorLookup } from '@rapport/api-vendors';
import { ALL_VENDORS, IngestionLock, insertRows, WriteScope, writeScopeViolation } from '@rapport/api-database';
import type { CsatScale, RowError } from '@rapport/contracts';
import { ConversationsWrittenHooks } from './conversations-written.hooks';
import { creditedAgent } from './agent-credit';
import { WriteStatus } from './conversation-write.types';
import { selectBySourceKeys, vendorKey } from './keyed-lookup';
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
  /** Slug of the vendor whose conversation this answer rates; needed when several vendors hold its id. */
  vendor?: string | null;
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
  'conversation_vendor_id',
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
const KEY_COLUMNS: readonly string[] = ['source', 'conversation_vendor_id', 'conversation_external_id', 'question_key'];
const UPSERT_SURVEY = `ON CONFLICT (${KEY_COLUMNS.join(', ')}) DO UPDATE SET ${SURVEY_COLUMNS.filter(
  (c) => c !== 'id' && !KEY_COLUMNS.includes(c),
)
  .map((c) => `${c} = excluded.${c}`)
  .join(', ')}`;

interface ExistingSurvey {
  id: string;
  source: string;
  conversation_external_id: string;
  conversation_vendor_id: string;
  question_key: string;
  score: number;
  scale: string;
  comment: string | null;
  answered_at: string;
  agent_external_id: string | null;
}

interface SurveyToStore {
  survey: SurveyToWrite;
  id: string;
  /** The vendor of the rated conversation ('' while unknown: a client-wide answer waiting for its conversation). */
  vendorId: string;
  link: SurveyLink | undefined;
}

/**
 * Stores answered survey questions once per (source, vendor, conversation, question): the same answer again is
 * `unchanged`, a changed one `updated`. Surveys whose conversation is stored are linked and credited right away;
 * the others are kept and linked by the conversation writer when their conversation arrives.
 */
@Injectable()
export class SurveyWriter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly linker: SurveyLinker,
    private readonly vendors: VendorLookup,
    private readonly lock: IngestionLock,
    private readonly written: ConversationsWrittenHooks,
  ) {}

  /**
   * `scope` confines API keys to their source and vendor. An answer rates the conversation of one vendor under its
   * (source, id): a vendor-bound writer's own vendor; for a client-wide writer the vendor the answer names, else the
   * only vendor holding a conversation (or, with none stored yet, an answer) under that id; several are an error that
   * names them. A vendor-bound writer reads and writes only its own vendor's rows, so its answers never depend on,
   * reveal or change another vendor's.
   */
  async write(surveys: readonly SurveyToWrite[], scope: WriteScope = ALL_VENDORS): Promise<SurveyOutcome[]> {
    return this.lock.run(() => this.dataSource.transaction((manager) => this.writeWith(manager, surveys, scope)));
  }

  /** The same inside a transaction the caller owns; hold the ingestion lock. */
  async writeWith(
    manager: EntityManager,
    surveys: readonly SurveyToWrite[],
    scope: WriteScope = ALL_VENDORS,
  ): Promise<SurveyOutcome[]> {
    const bound = scope.vendorScope !== null ? (scope.vendorScope ?? '') : null;
    const named = await this.vendors.bySlug(
      manager,
      surveys.flatMap((s) => (s.vendor ? [s.vendor] : [])),
    );
    const existingRows = await selectBySourceKeys<ExistingSurvey>(
      manager,
      surveys.map((s) => ({ source: s.source, externalId: s.conversationExternalId })),
      {
        columns:
          'id, source, conversation_external_id, conversation_vendor_id, question_key, score, scale, comment, answered_at, agent_external_id',
        table: 'csat_surveys',
        idColumn: 'conversation_external_id',
        ...(bound !== null ? { vendor: { column: 'conversation_vendor_id', id: bound } } : {}),
      },
    );
    const existing = new Map(
      existingRows.map((row) => [
        answerKey(row.source, row.conversation_vendor_id, row.conversation_external_id, row.question_key),
        row,
      ]),
    );
    const links = await this.linker.linksFor(manager, surveys, bound);
    const slugs = await this.vendorSlugs(manager, bound === null ? links.all : []);
    const outcomes: SurveyOutcome[] = [];
    const toStore: SurveyToStore[] = [];
    const seen = new Set<string>();
    surveys.forEach((survey, index) => {
      const line = survey.line ?? index;
      const base = { line, conversationExternalId: survey.conversationExternalId, questionKey: survey.questionKey };
      const fail = (field: string, reason: string) =>
        outcomes.push({ ...base, status: 'failed', error: { line, field, reason } });
      const namedId = survey.vendor ? (named.get(survey.vendor)?.id ?? '') : undefined;
      // Scope first: a vendor-bound writer hears the same for an unknown vendor as for another vendor.
      const outOfScope = writeScopeViolation(scope, { source: survey.source, vendorId: namedId ?? bound ?? '' });
      if (outOfScope) {
        fail(outOfScope.field, outOfScope.reason);
        return;
      }
      const vendor = bound ?? answerVendor(survey, namedId, links.all, existingRows, slugs);
      if (typeof vendor !== 'string') {
        fail('vendor', vendor.error);
        return;
      }
      const key = answerKey(survey.source, vendor, survey.conversationExternalId, survey.questionKey);
      if (seen.has(key)) {
        const reason = `duplicate survey answer for conversation "${survey.conversationExternalId}" and question "${survey.questionKey}" in the same batch`;
        fail('questionKey', reason);
        return;
      }
      seen.add(key);
      const previous = existing.get(key);
      if (previous && sameAnswer(previous, survey)) {
        outcomes.push({ ...base, status: 'unchanged', id: previous.id });
        return;
      }
      const link =
        vendor === ''
          ? undefined
          : links.byVendorKey.get(vendorKey(survey.source, vendor, survey.conversationExternalId));
      const id = previous?.id ?? randomUUID();
      toStore.push({ survey, id, vendorId: vendor, link });
      outcomes.push({ ...base, status: previous ? 'updated' : 'created', id, linked: link !== undefined });
    });
    await this.store(manager, toStore, bound);
    return outcomes;
  }

  /** Slugs of the vendors holding the surveyed conversations, to name them when an answer is ambiguous. */
  private async vendorSlugs(manager: EntityManager, links: readonly SurveyLink[]): Promise<Map<string, string>> {
    if (links.length === 0) {
      return new Map();
    }
    const profiles = await this.vendors.byId(
      manager,
      links.map((link) => link.vendorId),
    );
    return new Map([...profiles.values()].map((profile) => [profile.id, profile.slug]));
  }

  /** Upserts the new and changed answers with their conversation and credited agent. */
  private async store(
    manager: EntityManager,
    toStore: readonly SurveyToStore[],
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
    const rows = toStore.map(({ survey, id, vendorId, link }) => {
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
        vendorId,
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

const answerKey = (source: string, vendorId: string, externalId: string, questionKey: string) =>
  `${vendorKey(source, vendorId, externalId)}\u001f${questionKey}`;

/**
 * The vendor whose conversation a client-wide writer's answer rates: the one it names, else the only vendor holding a
 * conversation under its id, else (none stored yet) the vendor of the only answer stored to that question ('' for an
 * answer still waiting for a conversation of a vendor not known yet). Several candidates are an error naming them,
 * never a silent pick.
 */
function answerVendor(
  survey: SurveyToWrite,
  namedId: string | undefined,
  conversations: readonly SurveyLink[],
  answers: readonly ExistingSurvey[],
  slugs: ReadonlyMap<string, string>,
): string | { error: string } {
  if (namedId !== undefined) {
    return namedId === '' ? { error: `unknown vendor "${survey.vendor}"; create it in Settings first` } : namedId;
  }
  const holders = conversations
    .filter((c) => c.source === survey.source && c.externalId === survey.conversationExternalId)
    .map((c) => ({ id: c.vendorId, slug: slugs.get(c.vendorId) ?? c.vendorId }));
  if (holders.length === 1) {
    return holders[0]?.id ?? '';
  }
  if (holders.length > 1) {
    const names = holders.map((holder) => `"${holder.slug}"`).join(', ');
    return {
      error: `conversation "${survey.conversationExternalId}" of source "${survey.source}" is stored for several vendors (${names}); name the vendor of this answer`,
    };
  }
  const stored = answers.filter(
    (a) =>
      a.source === survey.source &&
      a.conversation_external_id === survey.conversationExternalId &&
      a.question_key === survey.questionKey,
  );
  if (stored.length > 1) {
    return {
      error: `answers to conversation "${survey.conversationExternalId}" of source "${survey.source}" are stored for several vendors; name the vendor of this answer`,
    };
  }
  return stored[0]?.conversation_vendor_id ?? '';
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
