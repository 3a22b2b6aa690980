import { parseImportArgs } from './import-args';

describe('parseImportArgs', () => {
  it('reads the file, format and options', () => {
    expect(parseImportArgs(['chats.csv', '--format', 'message-csv', '--vendor', 'acme', '--redact-pii', '--source', 'crm', '--errors', 'bad.csv'])).toEqual({
      file: 'chats.csv',
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
    [['a.jsonl', 'b.jsonl', '--format', 'jsonl'], /unexpected argument "b.jsonl"/],
    [['a.jsonl', '--format', 'jsonl', '--options', '{nope'], /JSON/],
  ])('refuses %j', (args, message) => {
    const parsed = parseImportArgs(args);
    expect('error' in parsed && parsed.error).toMatch(message);
  });
});
