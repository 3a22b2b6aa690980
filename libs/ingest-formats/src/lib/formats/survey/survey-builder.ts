import { CSAT_SCALES } from '@rapport/contracts';
import { IdRegistry } from '../../common/id-registry';
import type { IdSpill } from '../../common/id-runs';
import { prepareOptionalText } from '../../common/message-text';
import { matchVocabulary, unknownValue } from '../../common/vocabulary-values';
import { describeIssues } from '../../common/zod-issues';
import type { ParsedError, ParsedOk } from '../../stream/parsed-record';
import { rowError } from '../../stream/parsed-record';
import { normaliseTimestamp } from '../../timestamps/normalise-timestamp';
import type { NativeSurvey } from './native-survey';
import { nativeSurveySchema, readScore } from './native-survey';

/** A survey answer as read from a file, before validation: any field may be missing or of the wrong type. */
export interface RawSurveyAnswer {
  source?: unknown;
  conversationExternalId?: unknown;
  questionKey?: unknown;
  score?: unknown;
  scale?: unknown;
  comment?: unknown;
  answeredAt?: unknown;
  agentId?: unknown;
  vendor?: unknown;
}

export interface SurveyBuilderOptions {
  source?: string;
  defaultScale?: string;
  redactPii: boolean;
  idSpill?: IdSpill;
}

/**
 * Validates and normalises survey answers from any survey format, and rejects a second answer to the same question
 * of the same conversation inside one file. `fieldNames` maps native names to the names the file uses (CSV headers),
 * so errors name what the user sees.
 */
export class SurveyBuilder {
  private readonly answers: IdRegistry;

  constructor(
    private readonly options: SurveyBuilderOptions,
    private readonly fieldNames: Readonly<Record<keyof RawSurveyAnswer, string>>,
  ) {
    this.answers = new IdRegistry(options.idSpill);
  }

  build(raw: RawSurveyAnswer, line: number): ParsedOk<NativeSurvey> | ParsedError {
    if (blankToUndefined(raw.conversationExternalId) === undefined) {
      return rowError(
        line,
        `${this.fieldNames.conversationExternalId} is required`,
        this.fieldNames.conversationExternalId,
      );
    }
    const rawScale = blankToUndefined(raw.scale) ?? this.options.defaultScale;
    const scale = typeof rawScale === 'string' ? matchVocabulary(rawScale, CSAT_SCALES) : undefined;
    if (scale === undefined) {
      const reason =
        rawScale === undefined ? 'scale is required' : unknownValue('scale', String(rawScale), CSAT_SCALES);
      return rowError(line, reason, this.fieldNames.scale);
    }
    const score = readScore(raw.score, scale);
    if (score.error !== undefined) {
      return rowError(line, score.error, this.fieldNames.score);
    }
    const rawAt = blankToUndefined(raw.answeredAt);
    const answeredAt =
      typeof rawAt === 'string' || typeof rawAt === 'number' ? normaliseTimestamp(String(rawAt)) : null;
    if (answeredAt === null) {
      const reason =
        rawAt === undefined ? 'answered time is required' : `cannot read timestamp ${JSON.stringify(rawAt)}`;
      return rowError(line, reason, this.fieldNames.answeredAt);
    }
    const comment = prepareOptionalText(
      typeof raw.comment === 'string' ? raw.comment : undefined,
      this.options.redactPii,
    );
    const candidate = {
      source: blankToUndefined(raw.source) ?? this.options.source,
      conversationExternalId: trimmed(raw.conversationExternalId),
      questionKey: blankToUndefined(trimmed(raw.questionKey)),
      score: score.score,
      scale,
      comment: comment.text,
      answeredAt,
      agentId: blankToUndefined(trimmed(raw.agentId)),
      vendor: blankToUndefined(trimmed(raw.vendor)),
    };
    const parsed = nativeSurveySchema.safeParse(dropUndefined(candidate), { reportInput: true });
    if (!parsed.success) {
      const issue = describeIssues(parsed.error);
      const field = issue.field as keyof RawSurveyAnswer | undefined;
      const name = field !== undefined && field in this.fieldNames ? this.fieldNames[field] : field;
      return rowError(line, issue.reason, name);
    }
    const survey = parsed.data;
    const first = this.answers.add(
      `${survey.vendor ?? ''}\u0000${survey.conversationExternalId}\u0000${survey.questionKey}`,
      line,
    );
    if (first !== undefined) {
      return rowError(
        line,
        `duplicate answer to question ${JSON.stringify(survey.questionKey)} for conversation ` +
          `${JSON.stringify(survey.conversationExternalId)} (first on line ${first})`,
        this.fieldNames.conversationExternalId,
      );
    }
    return { kind: 'ok', line, value: survey, ...(this.options.redactPii ? { redactions: comment.redactions } : {}) };
  }
}

function trimmed(value: unknown): unknown {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : value;
}

function blankToUndefined(value: unknown): unknown {
  return value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value;
}

function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
