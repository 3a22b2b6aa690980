import fc from 'fast-check';
import { neutraliseFormula, toCsv, toCsvField, toCsvLine } from './csv-safety';

/** Characters that make a spreadsheet read a cell as a formula, ASCII and full-width. */
const TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];
/** Separators spreadsheets are set to split on: comma, semicolon (most of Europe), tab, pipe, and line breaks. */
const SEPARATORS = [',', ';', '\t', '|', '\n', '\r'];

/**
 * How a spreadsheet splitting on `separator` would see a line, whatever quoting it was written with: the text
 * between separators, with the quotes and spaces a reader may skip before the value taken off.
 */
function cellsAsRead(line: string, separator: string): string[] {
  return line.split(separator).map((cell) => cell.replace(/^[" ]*/, ''));
}

function formulaCells(line: string): string[] {
  return SEPARATORS.flatMap((separator) => cellsAsRead(line, separator)).filter(
    (cell) => cell.length > 0 && TRIGGERS.includes(cell[0] as string),
  );
}

describe('neutraliseFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+33 1 23 45', "'+33 1 23 45"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
    ['\t=cmd', "'\t'=cmd"],
    ['\r=cmd', "'\r'=cmd"],
    ['=HYPERLINK("http://x.example","click")', '\'=HYPERLINK("http://x.example","click")'],
    [' =1+1', "' =1+1"],
    ['"=1+1"', '\'"=1+1"'],
  ])('prefixes %j so a spreadsheet shows it as text', (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });

  describe.each(TRIGGERS.map((trigger) => [JSON.stringify(trigger), trigger]))(
    'a cell starting with %s',
    (_, trigger) => {
      it('is neutralised at the start of the text', () => {
        expect(neutraliseFormula(`${trigger}cmd`).startsWith(`'${trigger}`)).toBe(true);
      });

      it.each([
        ['comma', ','],
        ['semicolon', ';'],
        ['tab', '\t'],
        ['pipe', '|'],
        ['line break', '\n'],
      ])('is neutralised after a %s inside the text', (_name, separator) => {
        const text = `ok${separator}${trigger}cmd|' /C calc'!A0`;
        expect(neutraliseFormula(text)).toContain(`${separator}'${trigger}cmd`);
        expect(
          cellsAsRead(neutraliseFormula(text), separator).filter((cell) => TRIGGERS.includes(cell[0] ?? '')),
        ).toEqual([]);
      });
    },
  );

  it.each(['', 'Hello', 'a=b', 'email@example.com', 'x-1', "'already quoted", 'a+b; c'])(
    'leaves %j unchanged',
    (input) => {
      expect(neutraliseFormula(input)).toBe(input);
    },
  );
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
    ['a;=1+1', "a;'=1+1"],
  ])('writes %j as %j', (value, expected) => {
    expect(toCsvField(value)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('writes a header and rows with CRLF line ends, neutralising every text cell', () => {
    expect(toCsvLine(['=a', 1, null])).toBe("'=a,1,");
    expect(
      toCsv(
        ['name', 'score'],
        [
          ['@agent', 80],
          ['Ana', -1],
        ],
      ),
    ).toBe("name,score\r\n'@agent,80\r\nAna,-1\r\n");
  });

  it('writes no cell a spreadsheet would run, whichever separator it splits on', () => {
    const hostile = fc.constantFrom(...TRIGGERS, ...SEPARATORS, '"', ' ', "'", 'a', '1');
    const text = fc.oneof(fc.string(), fc.string({ unit: hostile }), fc.string({ unit: 'grapheme' }));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), (cells) => {
        expect(formulaCells(toCsvLine(cells))).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('toCsvLine with another separator', () => {
  it.each([
    [';', ['a;b', 'c,d', '=1+1'], '"a;b";c,d;\'=1+1'],
    ['\t', ['a\t=b', 'c;d', '@SUM(A1)'], '"a\t\'=b"\tc;d\t\'@SUM(A1)'],
    [',', ['a;=cmd', '1,5'], 'a;\'=cmd,"1,5"'],
  ] as const)('splits on %j, quotes the fields holding it and neutralises every cell start', (separator, values, expected) => {
    expect(toCsvLine(values, separator)).toBe(expected);
  });

  it('writes a whole document with the separator', () => {
    expect(toCsv(['a', 'b'], [['x;y', 2]], ';')).toBe('a;b\r\n"x;y";2\r\n');
  });
});
