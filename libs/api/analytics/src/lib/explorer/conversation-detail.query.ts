import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { dialectOf, SqlBuilder, VendorScope, vendorScopeClause } from '@rapport/api-database';
import type { ConversationDetailDto, ConversationEvidenceDto, ConversationSignalsDto } from '@rapport/contracts';
import { readTranscript } from '@rapport/api-conversations';
import { ConversationRow, SUMMARY_COLUMNS, toSummary } from './conversation-summary';

interface DetailRow extends ConversationRow {
  closed_at: string | null;
  tags: string;
  scorer_version: string | null;
  details: string | null;
  hour_of_week: number | null;
  within_sla: number | null;
  after_hours: number | null;
  weekend: number | null;
  language_mismatch: number | null;
  clarification: number | null;
  asks_other_agent: number | null;
}

const flag = (value: number | null): boolean | null => (value === null || value === undefined ? null : Number(value) === 1);

/** One conversation with its messages, survey answers, signals and the evidence behind its scores. */
@Injectable()
export class ConversationDetailQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Null when the conversation does not exist or belongs to a vendor outside the caller's scope. */
  async run(id: string, scope: VendorScope): Promise<ConversationDetailDto | null> {
    const sql = new SqlBuilder(dialectOf(this.dataSource.manager));
    const idCondition = `c.id = ${sql.param(id)}`;
    const inScope = vendorScopeClause(scope, 'c.vendor_id', dialectOf(this.dataSource.manager), sql.params.length);
    const [row]: DetailRow[] = await this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS}, c.closed_at, c.tags, c.scorer_version, s.details, f.hour_of_week, f.within_sla, f.after_hours,
              f.weekend, f.language_mismatch, f.clarification, f.asks_other_agent
         FROM conversations c
         JOIN vendors v ON v.id = c.vendor_id
         LEFT JOIN conversation_facts f ON f.conversation_id = c.id
         LEFT JOIN conversation_scores s ON s.conversation_id = c.id
        WHERE ${idCondition} AND ${inScope.sql}`,
      [...sql.params, ...inScope.params],
    );
    if (!row) {
      return null;
    }
    const { messages, surveys } = await readTranscript(this.dataSource.manager, id);
    return {
      ...toSummary(row),
      closedAt: row.closed_at,
      tags: parseJson<string[]>(row.tags) ?? [],
      scorerVersion: row.scorer_version,
      signals: signalsOf(row, parseJson<unknown>(row.details)),
      messages: messages.map((message) => ({
        position: Number(message.position),
        role: message.author_role,
        at: message.sent_at,
        text: message.text,
        language: message.language,
        internal: Boolean(Number(message.is_internal)),
        agent: message.agent_id ? { id: message.agent_id, externalId: message.agent_external_id ?? '', displayName: message.agent_display_name } : null,
      })),
      surveys: surveys.map((survey) => ({
        questionKey: survey.question_key,
        score: Number(survey.score),
        scale: survey.scale,
        normalized: Number(survey.normalized),
        satisfied: Boolean(Number(survey.satisfied)),
        comment: survey.comment,
        answeredAt: survey.answered_at,
        agent: survey.agent_id ? { id: survey.agent_id, externalId: survey.agent_external_id ?? '', displayName: survey.agent_display_name } : null,
      })),
      evidence: evidenceOf(parseJson<unknown>(row.details)),
    };
  }
}

function signalsOf(row: DetailRow, details: unknown): ConversationSignalsDto | null {
  if (row.hour_of_week === null || row.hour_of_week === undefined) {
    return null;
  }
  return {
    withinSla: flag(row.within_sla),
    afterHours: flag(row.after_hours) === true,
    weekend: flag(row.weekend) === true,
    languageMismatch: flag(row.language_mismatch),
    clarificationRequest: flag(row.clarification),
    asksOtherAgent: flag(row.asks_other_agent),
    openingInData: openingInDataOf(details),
    hourOfWeek: Number(row.hour_of_week),
  };
}

/** `responsiveness.openingInData` of the scorer's details (scorer 2.1.0 and later); null when absent. */
function openingInDataOf(details: unknown): boolean | null {
  const responsiveness = details !== null && typeof details === 'object' ? (details as { responsiveness?: unknown }).responsiveness : undefined;
  const value = responsiveness !== null && typeof responsiveness === 'object' ? (responsiveness as { openingInData?: unknown }).openingInData : undefined;
  return typeof value === 'boolean' ? value : null;
}

function parseJson<T>(text: string | null): T | null {
  if (!text) {
    return null;
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

/** The scorer's evidence spans, kept only when well-formed (details of failed scores carry none). */
function evidenceOf(details: unknown): ConversationEvidenceDto[] {
  const evidence = details !== null && typeof details === 'object' ? (details as { evidence?: unknown }).evidence : undefined;
  if (!Array.isArray(evidence)) {
    return [];
  }
  return evidence.flatMap((item): ConversationEvidenceDto[] => {
    const { messageIndex, start, end, rule, explanation, points } = (item ?? {}) as Record<string, unknown>;
    return typeof messageIndex === 'number' && typeof start === 'number' && typeof end === 'number' && typeof rule === 'string'
      ? [{ messageIndex, start, end, rule, explanation: typeof explanation === 'string' ? explanation : '', ...(typeof points === 'number' ? { points } : {}) }]
      : [];
  });
}
