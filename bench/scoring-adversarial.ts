/**
 * Hostile message shapes for the scorer and the PII redaction: each is scored (or redacted) at two sizes, so the
 * figures show the cost per MB, its growth with length (linear: about 1 at both sizes) and the ratio to a normal
 * message of the same size. Scoring reads at most MAX_SCORED_CHARS of a message, so the 1 MB figures also show the
 * bound at work; the growth is measured below it.
 */
import { redactPii, redactPiiBounded } from '@rapport/ingest-formats';
import { MAX_SCORED_CHARS, scoreMessage } from '@rapport/scoring';

const MB = 1024 * 1024;
const NORMAL_TEXT =
  'Hello Maria, thank you for your patience. I am sorry the parcel is late: it left our warehouse on Monday and ' +
  'the tracking link shows it will arrive tomorrow before noon. Could you please check the address? Best regards, Tom\n';

/** A text of exactly `size` UTF-16 units made by repeating `unit` after an optional head. */
function fill(size: number, unit: string, head = ''): string {
  const body = unit.repeat(Math.ceil(Math.max(0, size - head.length) / unit.length));
  return (head + body).slice(0, size);
}

const SCORING_SHAPES: Record<string, (size: number) => string> = {
  normal: (size) => fill(size, NORMAL_TEXT),
  'twelve words then exclamation marks': (size) =>
    fill(size, '!', 'Hello there I hope you are well and the order arrives soon '),
  'exclamation runs glued to letters': (size) => fill(size, `${'!'.repeat(999)}a`),
  'unpunctuated words': (size) => fill(size, 'order thanks please arrive delivery hello '),
  'one long word': (size) => fill(size, 'a'),
  'repeated greetings': (size) => fill(size, 'Hello '),
  'German formal address': (size) => fill(size, 'Sie Ihnen ', 'Guten Tag, können '),
  'open template brackets': (size) => fill(size, '[NAME'),
  'open template braces': (size) => fill(size, '{{ name '),
  apostrophes: (size) => fill(size, "'"),
  'quoted lines': (size) => fill(size, '> quoted text\n'),
  'blank lines': (size) => fill(size, '\n'),
  emoji: (size) => fill(size, '😀'),
  'lone surrogates and controls': (size) => fill(size, '\ud800\u0000\u0007a'),
};

const REDACTION_SHAPES: Record<string, (size: number) => string> = {
  normal: (size) => fill(size, `${NORMAL_TEXT}Call me on +44 20 7946 0958 or write to maria@example.com.\n`),
  'letters without an at sign, one at sign first': (size) => fill(size, 'a', '@ '),
  'dotted domain without a top-level domain': (size) => fill(size, '.1', 'maria@example'),
  'digits separated by spaces, then a letter': (size) => fill(size, '1 ', '') + 'x',
  'digit groups glued to letters': (size) => fill(size, '12-34 5a'),
  'at signs': (size) => fill(size, 'a@'),
};

function millis(run: () => unknown): number {
  let best = Infinity;
  for (let round = 0; round < 4; round++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

interface ShapeFigures {
  msPerMb: number;
  /** Cost of 2n units over cost of n units, below the scoring bound: 2 is linear, 4 quadratic. */
  growthWhenDoubled: number;
  ratioToNormal: number;
}

function measureShapes(
  shapes: Record<string, (size: number) => string>,
  run: (text: string) => unknown,
  small: number,
): Record<string, ShapeFigures> {
  const raw = Object.entries(shapes).map(([name, make]) => {
    const [halfText, fullText, mbText] = [make(small / 2), make(small), make(MB)];
    const half = millis(() => run(halfText));
    const full = millis(() => run(fullText));
    const mb = millis(() => run(mbText));
    return { name, mb, growth: full / Math.max(half, 0.01) };
  });
  const normal = raw.find((shape) => shape.name === 'normal')?.mb ?? NaN;
  return Object.fromEntries(
    raw.map((shape) => [
      shape.name,
      { msPerMb: round(shape.mb), growthWhenDoubled: round(shape.growth), ratioToNormal: round(shape.mb / normal) },
    ]),
  );
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Bounded redaction (what imports run) of a 4 MB text of each shape: time, characters read, and the ratio to the
 * unbounded redaction of the same text.
 */
function boundedFourMb(): Record<string, { ms: number; readChars: number; unboundedMs: number }> {
  return Object.fromEntries(
    Object.entries(REDACTION_SHAPES).map(([name, make]) => {
      const text = make(4 * MB);
      const bounded = millis(() => redactPiiBounded(text));
      const unbounded = millis(() => redactPii(text));
      return [name, { ms: round(bounded), readChars: redactPiiBounded(text).readChars, unboundedMs: round(unbounded) }];
    }),
  );
}

export function adversarialFigures(): Record<string, unknown> {
  return {
    scoring: {
      maxScoredChars: MAX_SCORED_CHARS,
      shapes: measureShapes(SCORING_SHAPES, (text) => scoreMessage(text), MAX_SCORED_CHARS),
    },
    redaction: {
      shapes: measureShapes(REDACTION_SHAPES, (text) => redactPii(text), MB),
      bounded4Mb: boundedFourMb(),
    },
    note: 'msPerMb: best of 4 on a 1 MiB text; growthWhenDoubled: time at n over time at n/2 (n = the scoring bound, 1 MiB for redaction), 2 means linear; ratioToNormal: msPerMb over that of normal support text',
  };
}
