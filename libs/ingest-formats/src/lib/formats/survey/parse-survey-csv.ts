import type { CommonParseOptions } from '../../common/limits';
import { DEFAULT_MAX_RECORD_CHARS } from '../../common/limits';
import type { ColumnMapping } from '../../csv/column-mapping';
import { fieldPositions, resolveColumns, RowReader } from '../../csv/column-mapping';
import type { CsvRowSink } from '../../csv/read-csv';
import { readCsv } from '../../csv/read-csv';
import type { ChunkSource, ParsedRecord, ParseStream } from '../../stream/parsed-record';
import { createParseStream } from '../../stream/parse-stream';
import type { NativeSurvey } from './native-survey';
import type { SurveyCsvField } from './survey-csv-fields';
import { SURVEY_CSV_FIELDS } from './survey-csv-fields';
import { SurveyBuilder } from './survey-builder';

const COL = fieldPositions(SURVEY_CSV_FIELDS);

export interface SurveyParseOptions extends CommonParseOptions {
  /** Stored as the answers' `source` when the file does not give one. */
  source?: string;
  /** Scale for answers that do not give one (a file from one survey tool usually uses one scale). */
  defaultScale?: string;
}

export interface SurveyCsvOptions extends SurveyParseOptions {
  columnMapping?: ColumnMapping;
  delimiter?: string;
}

/** CSAT survey CSV → one NativeSurvey per row (answer). */
export function parseSurveyCsv(source: ChunkSource, options: SurveyCsvOptions = {}): ParseStream<NativeSurvey> {
  return createParseStream(
    source,
    (input) =>
      readCsv(input, new SurveyCsvSink(options), {
        maxRecordChars: options.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS,
        delimiter: options.delimiter ?? ',',
      }),
    options.encoding,
  );
}

class SurveyCsvSink implements CsvRowSink<NativeSurvey> {
  private reader: RowReader | undefined;
  private readonly builder: SurveyBuilder;
  private readonly defaults: Partial<Record<SurveyCsvField, string>>;

  constructor(private readonly options: SurveyCsvOptions) {
    this.builder = new SurveyBuilder(
      {
        source: options.source,
        defaultScale: options.defaultScale,
        redactPii: options.redactPii ?? false,
        idSpill: options.idSpill,
      },
      {
        source: 'source',
        conversationExternalId: 'conversation_id',
        questionKey: 'question_key',
        score: 'score',
        scale: 'scale',
        comment: 'comment',
        answeredAt: 'answered_at',
        agentId: 'agent_id',
        vendor: 'vendor',
      },
    );
    this.defaults = options.defaultScale === undefined ? {} : { scale: options.defaultScale };
  }

  header(fields: readonly string[]): string[] | undefined {
    const resolved = resolveColumns(fields, SURVEY_CSV_FIELDS, this.options.columnMapping, this.defaults);
    if (resolved.problems !== undefined) {
      return resolved.problems;
    }
    this.reader = new RowReader(SURVEY_CSV_FIELDS, resolved.columns, this.defaults);
    return undefined;
  }

  row(fields: readonly string[], line: number, out: ParsedRecord<NativeSurvey>[]): void {
    const reader = this.reader;
    if (reader === undefined) {
      return;
    }
    const get = (position: number): string => reader.read(fields, position);
    out.push(
      this.builder.build(
        {
          conversationExternalId: get(COL.conversation_id),
          questionKey: get(COL.question_key),
          score: get(COL.score),
          scale: get(COL.scale),
          comment: get(COL.comment),
          answeredAt: get(COL.answered_at),
          agentId: get(COL.agent_id),
          vendor: get(COL.vendor),
        },
        line,
      ),
    );
  }

  finish(): void {
    // Every answer is emitted as soon as its row is read.
  }
}
