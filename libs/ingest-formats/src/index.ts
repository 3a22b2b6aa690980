// Records and streams every parser returns.
export type {
  ChunkSource,
  ParsedError,
  ParsedNotice,
  ParsedOk,
  ParsedRecord,
  ParseStream,
} from './lib/stream/parsed-record';
export type { TextEncoding } from './lib/stream/text-decoder';
export { TEXT_ENCODINGS } from './lib/stream/text-decoder';
export type { CommonParseOptions } from './lib/common/limits';
export { DEFAULT_MAX_RECORD_CHARS } from './lib/common/limits';
export type { IdRunStore, IdSpill } from './lib/common/id-runs';

// Building blocks shared with the API and the CLI.
export { normaliseTimestamp } from './lib/timestamps/normalise-timestamp';
export type { PiiRedactions, RedactedText } from './lib/pii/redact-pii';
export { passesLuhn, redactPii, redactPiiBounded } from './lib/pii/redact-pii';
export type { BoundedRedaction } from './lib/pii/redact-pii';
export type { ColumnMapping, CsvFieldSpec } from './lib/csv/column-mapping';
export { validateColumnMapping } from './lib/csv/column-mapping';

// Formats.
export type { NativeJsonlOptions } from './lib/formats/jsonl/parse-native-jsonl';
export { parseNativeJsonl } from './lib/formats/jsonl/parse-native-jsonl';
export type { MessageCsvField } from './lib/formats/message-csv/message-csv-fields';
export { MESSAGE_CSV_FIELDS } from './lib/formats/message-csv/message-csv-fields';
export type { MessageCsvOptions } from './lib/formats/message-csv/parse-message-csv';
export { parseMessageCsv } from './lib/formats/message-csv/parse-message-csv';
export type { TwcsField } from './lib/formats/twcs/twcs-fields';
export { TWCS_FIELDS } from './lib/formats/twcs/twcs-fields';
export type { TwcsOptions } from './lib/formats/twcs/parse-twcs';
export { parseTwcs } from './lib/formats/twcs/parse-twcs';
export { ZENDESK_CHANNELS } from './lib/formats/zendesk/zendesk-channels';
export type { ZendeskTicketMeta, ZendeskTicketRecord } from './lib/formats/zendesk/zendesk-ticket';
export type { ZendeskComment } from './lib/formats/zendesk/zendesk-comments';
export { zendeskCommentKey, zendeskMessages } from './lib/formats/zendesk/zendesk-comments';
export type { ZendeskOptions } from './lib/formats/zendesk/parse-zendesk';
export { parseZendeskTickets } from './lib/formats/zendesk/parse-zendesk';
export type { NativeSurvey } from './lib/formats/survey/native-survey';
export { nativeSurveySchema, readScore, scoreFitsScale } from './lib/formats/survey/native-survey';
export type { SurveyCsvField } from './lib/formats/survey/survey-csv-fields';
export { SURVEY_CSV_FIELDS } from './lib/formats/survey/survey-csv-fields';
export type { SurveyCsvOptions, SurveyParseOptions } from './lib/formats/survey/parse-survey-csv';
export { parseSurveyCsv } from './lib/formats/survey/parse-survey-csv';
export { parseSurveyJson } from './lib/formats/survey/parse-survey-json';
export type { CalendarHoliday, CalendarLineError, HolidayCalendar } from './lib/formats/ical/parse-holiday-calendar';
export { parseHolidayCalendar } from './lib/formats/ical/parse-holiday-calendar';
