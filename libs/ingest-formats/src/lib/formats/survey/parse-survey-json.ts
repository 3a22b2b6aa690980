import { DEFAULT_MAX_RECORD_CHARS } from '../../common/limits';
import { readJsonItems } from '../../json/read-json-items';
import type { ChunkSource, ParseStream } from '../../stream/parsed-record';
import { rowError } from '../../stream/parsed-record';
import { createParseStream } from '../../stream/parse-stream';
import type { NativeSurvey } from './native-survey';
import type { SurveyParseOptions } from './parse-survey-csv';
import type { RawSurveyAnswer } from './survey-builder';
import { SurveyBuilder } from './survey-builder';

/**
 * CSAT survey JSON → one NativeSurvey per answer object. Accepts a JSON array of answers, `{"surveys": [...]}` /
 * `{"responses": [...]}`, or JSON Lines. Keys are the native names (conversationExternalId, questionKey, score,
 * scale, comment, answeredAt, agentId, source, vendor).
 */
export function parseSurveyJson(source: ChunkSource, options: SurveyParseOptions = {}): ParseStream<NativeSurvey> {
  return createParseStream(
    source,
    (input) => {
      const builder = new SurveyBuilder(
        {
          source: options.source,
          defaultScale: options.defaultScale,
          redactPii: options.redactPii ?? false,
          idSpill: options.idSpill,
        },
        {
          source: 'source',
          conversationExternalId: 'conversationExternalId',
          questionKey: 'questionKey',
          score: 'score',
          scale: 'scale',
          comment: 'comment',
          answeredAt: 'answeredAt',
          agentId: 'agentId',
          vendor: 'vendor',
        },
      );
      return readJsonItems<NativeSurvey>(
        input,
        {
          wrapperKeys: ['surveys', 'responses', 'answers'],
          maxItemChars: options.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS,
        },
        (value, line, item, out) => {
          if (typeof value !== 'object' || value === null || Array.isArray(value)) {
            out.push({ ...rowError(line, 'each survey answer must be a JSON object'), item });
            return;
          }
          out.push({ ...builder.build(value as RawSurveyAnswer, line), item });
        },
      );
    },
    options.encoding,
  );
}
