import { neutraliseFormula, toCsv, toCsvField, toCsvLine } from './csv-safety';

describe('neutraliseFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+33 1 23 45', "'+33 1 23 45"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=cmd', "'\t=cmd"],
    ['\r=cmd', "'\r=cmd"],
    ['=HYPERLINK("http://x.example","click")', '\'=HYPERLINK("http://x.example","click")'],
  ])('prefixes %j so a spreadsheet shows it as text', (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });

  it.each(['', 'Hello', 'a=b', 'email@example.com', ' =not first', "'already quoted"])('leaves %j unchanged', (input) => {
    expect(neutraliseFormula(input)).toBe(input);
  });
});

describe('toCsvField', () => {
  it.each([
    [null, ''],
    [undefined, ''],
    [-3.5, '-3.5'],
    [0, '0'],
    [Number.NaN, ''],
    [true, 'true'],
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1,2', '"\'=1,2"'],
    ['-"x"', '"\'-""x"""'],
  ])('writes %j as %j', (value, expected) => {
    expect(toCsvField(value)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('writes a header and rows with CRLF line ends, neutralising every text cell', () => {
    expect(toCsvLine(['=a', 1, null])).toBe("'=a,1,");
    expect(toCsv(['name', 'score'], [['@agent', 80], ['Ana', -1]])).toBe("name,score\r\n'@agent,80\r\nAna,-1\r\n");
  });
});
