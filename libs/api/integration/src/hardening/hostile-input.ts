import fc from 'fast-check';

/** Values that have broken parsers and queries elsewhere: extremes, far dates, odd text, injection-shaped strings. */
const HOSTILE_TEXT = [
  '',
  ' ',
  '0',
  '-1',
  '1e308',
  '-1e308',
  '1e999',
  '9007199254740993',
  '99999999999999999999999999',
  'NaN',
  'Infinity',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '0001-01',
  '9999-12',
  '2026-13',
  '2026-02-30',
  '2026-00',
  '0000-00-00T00:00:00Z',
  '+275760-09-13T00:00:00Z',
  '-271821-04-20T00:00:00Z',
  '2026-03-02T10:00:00+25:00',
  '1970-01-01',
  '2026-03',
  '2026-03-02T10:00:00Z',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '../../etc/passwd',
  '%00',
  '\u0000',
  "' OR 1=1 --",
  '"; DROP TABLE conversations; --',
  '%',
  '_',
  '\\',
  '=cmd|"/c calc"!A0',
  '𝕳𝖊𝖑𝖑𝖔 🙂 שלום مرحبا',
  '\u202eevil',
  '\ud800',
  'a'.repeat(5_000),
  'en',
  'chat',
  'admin',
  'partner',
  'csat',
  '1-5',
  'jsonl',
];

/** Field names the API's routes take somewhere, so random bodies and queries reach past the first check. */
export const KNOWN_FIELDS = [
  'from',
  'to',
  'month',
  'vendorId',
  'vendorIds',
  'vendor',
  'language',
  'languages',
  'channel',
  'queue',
  'site',
  'agentId',
  'q',
  'search',
  'sort',
  'order',
  'limit',
  'offset',
  'page',
  'status',
  'scoreStatus',
  'minScore',
  'maxScore',
  'dimension',
  'metric',
  'groupBy',
  'format',
  'redactPii',
  'email',
  'password',
  'displayName',
  'role',
  'disabled',
  'name',
  'source',
  'externalId',
  'createdAt',
  'closedAt',
  'messages',
  'tags',
  'score',
  'scale',
  'answeredAt',
  'conversationExternalId',
  'questionKey',
  'comment',
  'columnMapping',
  'defaults',
  'slug',
  'country',
  'timeZone',
  'sites',
  'businessHours',
  'expectedFormality',
  'weights',
  'thresholds',
  'id',
];

export const hostileText = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.integer().map(String) },
    { weight: 1, arbitrary: fc.double().map(String) },
  );

const hostileScalar = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    hostileText(),
    fc.constantFrom(null, true, false, 0, -1, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 0.1, -0),
    fc.integer(),
    fc.double({ noNaN: true }),
  );

/** A body sent as this text, not as JSON of a value: malformed JSON, or nesting too deep to build as a value. */
export class RawBody {
  constructor(readonly text: string) {}
}

/** Deeply nested arrays or objects, as JSON text (JSON.stringify of them would itself be deep). */
const deepNesting = (): fc.Arbitrary<string> =>
  fc
    .tuple(fc.integer({ min: 100, max: 5_000 }), fc.boolean())
    .map(([depth, objects]) =>
      objects ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}` : `${'['.repeat(depth)}${']'.repeat(depth)}`,
    );

/** JSON bodies: random values, objects of known fields with hostile values, long lists and deep nesting. */
export const hostileBody = (validExamples: unknown[]): fc.Arbitrary<unknown> => {
  const { tree } = fc.letrec<{ tree: unknown; node: unknown }>((tie) => ({
    tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, hostileScalar(), tie('node')),
    node: fc.oneof(
      fc.dictionary(fc.constantFrom(...KNOWN_FIELDS), tie('tree'), { maxKeys: 8 }),
      fc.array(tie('tree'), { maxLength: 6 }),
    ),
  }));
  const example = validExamples.length > 0 ? fc.constantFrom(...validExamples) : fc.constant({});
  return fc.oneof(
    { weight: 3, arbitrary: tree },
    {
      weight: 3,
      arbitrary: fc
        .tuple(example, fc.constantFrom(...KNOWN_FIELDS), tree)
        .map(([base, key, value]) => mutate(base, key, value)),
    },
    { weight: 1, arbitrary: example },
    {
      weight: 1,
      arbitrary: fc
        .tuple(example, fc.integer({ min: 100, max: 12_000 }))
        .map(([base, length]) => Array.from({ length }, () => base)),
    },
    { weight: 1, arbitrary: deepNesting().map((text) => new RawBody(text)) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom('', 'not json', '{"a":', '"just a string"', 'null', '[', '\u0000')
        .map((text) => new RawBody(text)),
    },
  );
};

/** A valid example with one field (at the top, or in its first list item) replaced by a hostile value. */
function mutate(base: unknown, key: string, value: unknown): unknown {
  if (Array.isArray(base)) {
    return base.length > 0 ? [mutate(base[0], key, value), ...base.slice(1)] : [value];
  }
  if (typeof base === 'object' && base !== null) {
    const fields = Object.keys(base);
    const target =
      fields.length > 0 && fields.includes(key) ? key : (fields[key.length % Math.max(fields.length, 1)] ?? key);
    return { ...base, [target]: value };
  }
  return value;
}

/** Query strings: known and random names, hostile values, repeated names (which arrive as lists). */
export const hostileQuery = (): fc.Arbitrary<Array<[string, string]>> =>
  fc.array(
    fc.tuple(
      fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...KNOWN_FIELDS) },
        { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
      ),
      hostileText(),
    ),
    {
      maxLength: 8,
    },
  );
