import { parseImportArgs } from './import-args';

describe('parseImportArgs', () => {
  it('reads the file, format and options', () => {
    expect(parseImportArgs(['chats.csv', '--format', 'message-csv', '--vendor', 'acme', '--redact-pii', '--source', 'crm', '--errors', 'bad.csv'])).toEqual({
      files: ['chats.csv'],
      format: 'message-csv',
      options: { vendor: 'acme', redactPii: true, source: 'crm' },
      mapping: undefined,
      errorsFile: 'bad.csv',
      score: true,
    });
  });

  it('lays named flags over --options, read inline or from a file', () => {
    const fromFile = parseImportArgs(['t.csv', '--format', 'twcs', '--options', '@opts.json', '--vendor', 'v'], () => '{"vendorByBrand":{"AppleSupport":"acme"},"vendor":"x"}');
    expect(fromFile).toMatchObject({ options: { vendorByBrand: { AppleSupport: 'acme' }, vendor: 'v' } });
    expect(parseImportArgs(['a.jsonl', '--format', 'jsonl', '--options', '{"source":"s"}', '--no-score'])).toMatchObject({ options: { source: 's' }, score: false });
  });

  it('takes several files (or zips) in the order given, as one import', () => {
    expect(parseImportArgs(['tickets.json', '--format', 'zendesk', 'tickets-201-comments.json', 'ratings.zip'])).toMatchObject({
      files: ['tickets.json', 'tickets-201-comments.json', 'ratings.zip'],
      format: 'zendesk',
    });
  });

  it('asks to create the missing vendors', () => {
    expect(parseImportArgs(['twcs.csv', '--format', 'twcs', '--create-vendors'])).toMatchObject({ options: { createVendors: true } });
  });

  it('takes the file encoding', () => {
    expect(parseImportArgs(['latin1.csv', '--format', 'message-csv', '--encoding', 'windows-1252'])).toMatchObject({ options: { encoding: 'windows-1252' } });
    expect('error' in parseImportArgs(['a.csv', '--format', 'message-csv', '--encoding'])).toBe(true);
  });

  it.each([
    [['--format', 'jsonl'], /which file/],
    [['a.jsonl'], /--format must be one of/],
    [['a.jsonl', '--format', 'xml'], /--format must be one of/],
    [['a.jsonl', '--format'], /needs a value/],
    [['a.jsonl', '--format', 'jsonl', '--vendors'], /unexpected argument "--vendors"/],
    [['a.jsonl', '--format', 'jsonl', '--options', '{nope'], /JSON/],
  ])('refuses %j', (args, message) => {
    const parsed = parseImportArgs(args);
    expect('error' in parsed && parsed.error).toMatch(message);
  });
});
