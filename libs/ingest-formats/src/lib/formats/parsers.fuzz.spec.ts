import fc from 'fast-check';
import { collect } from '../../fixtures/feed';
import type { ChunkSource, ParsedRecord, ParseStream } from '../stream/parsed-record';
import { parseNativeJsonl } from './jsonl/parse-native-jsonl';
import { MESSAGE_CSV_FIELDS } from './message-csv/message-csv-fields';
import { parseMessageCsv } from './message-csv/parse-message-csv';
import { parseSurveyCsv } from './survey/parse-survey-csv';
import { parseSurveyJson } from './survey/parse-survey-json';
import { SURVEY_CSV_FIELDS } from './survey/survey-csv-fields';
import { parseTwcs } from './twcs/parse-twcs';
import { TWCS_FIELDS } from './twcs/twcs-fields';
import { parseZendeskTickets } from './zendesk/parse-zendesk';

/**
 * Every import parser on hostile input (random unicode, control characters, NULs, lone surrogates, 1 MB fields, deep
 * JSON nesting, random chunking): it never throws, only yields the documented results, each error naming its line.
 * Seeded so a failure reproduces; few runs per parser so the suite stays fast.
 */
const SEED = 20261207;
const RUNS = 15;
const MB = 1024 * 1024;

type Parser = (source: ChunkSource) => ParseStream<unknown>;

const PARSERS: Array<[string, Parser, readonly string[]]> = [
  ['native JSON Lines', (source) => parseNativeJsonl(source, { redactPii: true }), []],
  [
    'message CSV',
    (source) => parseMessageCsv(source, { redactPii: true }),
    MESSAGE_CSV_FIELDS.map((field) => field.name),
  ],
  ['twcs', (source) => parseTwcs(source, { redactPii: true }), TWCS_FIELDS.map((field) => field.name)],
  ['Zendesk tickets', (source) => parseZendeskTickets(source, { redactPii: true }), []],
  ['survey CSV', (source) => parseSurveyCsv(source, { redactPii: true }), SURVEY_CSV_FIELDS.map((field) => field.name)],
  ['survey JSON', (source) => parseSurveyJson(source, { redactPii: true }), []],
];

const CONTROL = fc.constantFrom(
  '\u0000',
  '\u0001',
  '\u0007',
  '\b',
  '\t',
  '\n',
  '\r',
  '\u001b',
  '\u007f',
  '\u2028',
  '\ufeff',
);
const SURROGATE = fc.constantFrom('\ud800', '\udbff', '\udc00', '\udfff');
const SYNTAX = fc.constantFrom(
  '"',
  ',',
  ';',
  '{',
  '}',
  '[',
  ']',
  ':',
  '\\',
  '"a"',
  'null',
  '1e999',
  '-0',
  '@',
  '+44 20 7946 0958',
);
const hostileText = fc.string({
  unit: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 1 }), CONTROL, SURROGATE, SYNTAX),
  maxLength: 200,
});

/** Whole hostile files: random text, CSV rows under the format's header, JSON values, deep nesting, huge fields. */
function hostileFile(header: readonly string[]): fc.Arbitrary<string> {
  const quoted = hostileText.map((cell) => `"${cell.replace(/"/g, '""')}"`);
  const csvRows = fc.array(fc.array(fc.oneof(hostileText, quoted), { maxLength: header.length + 2 }), { maxLength: 5 });
  return fc.oneof(
    hostileText,
    csvRows.map((rows) => [header.join(','), ...rows.map((row) => row.join(','))].join('\n')),
    fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
    fc
      .array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 4 })
      .map((values) => values.map((v) => JSON.stringify(v)).join('\n')),
    fc.integer({ min: 1_000, max: 20_000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
    fc.integer({ min: 1_000, max: 20_000 }).map((depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
    fc.constantFrom('a', '"', '\u0000', '😀', '\ud800').map((unit) => `${header.join(',')}\n${unit.repeat(MB)}\n`),
    fc.constantFrom('a', '\\"', '😀').map((unit) => `{"text":"${unit.repeat(MB / unit.length)}"}\n`),
  );
}

/** The file as decoded text or as UTF-8 bytes, in chunks of a random size (at least 1/64 of a large file). */
function chunked(text: string, chunkSize: number, asBytes: boolean): Array<string | Uint8Array> {
  const whole = asBytes ? new TextEncoder().encode(text) : text;
  const size = Math.max(chunkSize, Math.ceil(whole.length / 64));
  const chunks: Array<string | Uint8Array> = [];
  for (let at = 0; at < whole.length; at += size) {
    chunks.push(whole.slice(at, at + size));
  }
  return chunks;
}

function isDocumented(record: ParsedRecord<unknown>): boolean {
  if (record.kind === 'ok') {
    return Number.isInteger(record.line) && record.line >= 1;
  }
  return (
    record.kind === 'error' &&
    Number.isInteger(record.error.line) &&
    typeof record.error.reason === 'string' &&
    record.error.reason !== ''
  );
}

describe('import parsers on hostile input', () => {
  it.each(PARSERS)(
    '%s never throws and yields only documented records',
    async (_name, parse, header) => {
      await fc.assert(
        fc.asyncProperty(
          hostileFile(header),
          fc.integer({ min: 1, max: 70_000 }),
          fc.boolean(),
          async (text, size, asBytes) => {
            const records = await collect(parse(chunked(text, size, asBytes)));
            expect(records.filter((record) => !isDocumented(record))).toEqual([]);
          },
        ),
        { seed: SEED, numRuns: RUNS },
      );
    },
    120_000,
  );
});
