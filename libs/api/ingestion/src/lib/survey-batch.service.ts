import { Injectable } from '@nestjs/common';
import { isSatisfied, normaliseCsat } from '@rapport/analytics';
import type { CsatScale } from '@rapport/contracts';
import type { NativeSurvey } from '@rapport/ingest-formats';
import { parseSurveyJson } from '@rapport/ingest-formats';
import { ALL_VENDORS, WriteScope } from '@rapport/api-database';
import { countOutcomes, SurveyOutcome, SurveyToWrite, SurveyWriter, WriteCounts } from '@rapport/api-conversations';
import { BatchOptions, externalIdOf } from './conversation-batch.service';

export interface SurveyBatchResult {
  counts: WriteCounts;
  /** Stored answers whose conversation has not arrived yet; they are linked when it does. */
  waiting: number;
  items: SurveyOutcome[];
}

/** Source of survey answers that do not name one: the REST API, like conversations sent without a source. */
export const DEFAULT_SURVEY_SOURCE = 'api';

/** REST survey ingestion: the same validation as survey JSON files, one outcome per answer, in input order. */
@Injectable()
export class SurveyBatchService {
  constructor(private readonly writer: SurveyWriter) {}

  /** Answers without a source take the API key's own source; `scope` then rejects answers outside the key's source or vendor. */
  async ingest(items: unknown[], options: BatchOptions, scope: WriteScope = ALL_VENDORS): Promise<SurveyBatchResult> {
    const valid: SurveyToWrite[] = [];
    const outcomes: SurveyOutcome[] = [];
    const source = scope.source ?? DEFAULT_SURVEY_SOURCE;
    const parsed = parseSurveyJson([JSON.stringify(items)], { source, redactPii: options.redactPii });
    for await (const record of parsed) {
      const index = (record.item ?? 1) - 1;
      if (record.kind === 'ok') {
        valid.push(toSurveyToWrite(record.value, index, source));
      } else if (record.kind === 'error') {
        const item = items[index] as { questionKey?: unknown } | undefined;
        outcomes.push({
          line: index,
          conversationExternalId: externalIdOf(item),
          questionKey: typeof item?.questionKey === 'string' ? item.questionKey : '',
          status: 'failed',
          error: { ...record.error, line: index },
        });
      }
    }
    outcomes.push(...(await this.writer.write(valid, scope)));
    outcomes.sort((a, b) => a.line - b.line);
    return {
      counts: countOutcomes(outcomes),
      waiting: outcomes.filter((o) => o.linked === false).length,
      items: outcomes,
    };
  }
}

/** A validated survey answer, ready for the writer. */
export function toSurveyToWrite(survey: NativeSurvey, line: number, defaultSource: string): SurveyToWrite {
  return {
    line,
    source: survey.source ?? defaultSource,
    conversationExternalId: survey.conversationExternalId,
    questionKey: survey.questionKey,
    score: survey.score,
    scale: survey.scale,
    ...csatMeasures(survey.score, survey.scale),
    comment: survey.comment ?? null,
    answeredAt: survey.answeredAt,
    agentId: survey.agentId ?? null,
    vendor: survey.vendor ?? null,
  };
}

/**
 * The answer on the common 0–100 scale and whether it counts as satisfied, by the rule every aggregate uses
 * (`@rapport/analytics`), so a stored answer and the statistics built from it never disagree.
 */
export function csatMeasures(score: number, scale: CsatScale): { normalized: number; satisfied: boolean } {
  const normalized = normaliseCsat(scale, score);
  const satisfied = isSatisfied(scale, score);
  if (normalized === null || satisfied === null) {
    // Parsers refuse answers off the scale before they get here.
    throw new Error(`score ${score} is outside the ${scale} scale`);
  }
  return { normalized, satisfied };
}
