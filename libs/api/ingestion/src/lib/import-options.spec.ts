import { buildImportOptions, checkColumnMapping, recordKindOf } from './import-options';

describe('import options', () => {
  it('lays the caller options over a saved mapping of the same format', () => {
    const built = buildImportOptions(
      'message-csv',
      { vendor: 'acme', columnMapping: { text: 'Message' }, delimiter: ';' },
      { format: 'message-csv', mapping: { conversation_id: 'Ticket', text: 'Body' }, defaults: { channel: 'email' } },
    );
    expect(built.options).toEqual({
      vendor: 'acme',
      redactPii: false,
      delimiter: ';',
      columnMapping: { conversation_id: 'Ticket', text: 'Message' },
      defaults: { channel: 'email' },
    });
  });

  it.each([
    ['message-csv', { color: 'blue' }, undefined, /Unrecognized key/],
    ['message-csv', { delimiter: ';;' }, undefined, /delimiter/],
    ['message-csv', { columnMapping: { ticket: 'Ticket' } }, undefined, /unknown field "ticket"/],
    ['message-csv', { defaults: { colour: 'x' } }, undefined, /unknown field "colour" in defaults/],
    ['jsonl', { columnMapping: { text: 'Body' } }, undefined, /fixed fields/],
    ['survey-csv', {}, undefined, /source is required/],
    ['message-csv', {}, { format: 'survey-csv' as const, mapping: {}, defaults: {} }, /for survey-csv files, not message-csv/],
  ] as const)('refuses %s with %j', (format, input, saved, problem) => {
    const built = buildImportOptions(format, input, saved);
    expect(built.problems?.join('\n')).toMatch(problem);
  });

  it('accepts mappings only for the formats whose headers can be renamed', () => {
    expect(checkColumnMapping('survey-csv', { conversation_id: 'Ticket' }, { scale: '1-5' })).toEqual([]);
    expect(checkColumnMapping('twcs', { text: 'Tweet' }, undefined)).toHaveLength(1);
  });

  it.each([
    ['jsonl', 'conversations'],
    ['message-csv', 'conversations'],
    ['twcs', 'conversations'],
    ['zendesk', 'conversations'],
    ['survey-csv', 'surveys'],
    ['survey-json', 'surveys'],
  ] as const)('%s imports %s', (format, kind) => {
    expect(recordKindOf(format)).toBe(kind);
  });
});
