/**
 * Compares language identifiers on the hand-labelled support set. The npm candidates are not dependencies of the
 * product; install them for the comparison only:
 *   npm install --no-save franc@6 franc-min@6 franc-all@7 tinyld@1 eld@2 languagedetect@2
 *   node tools/cli.mjs --entry libs/scoring/validation/compare-language-id.ts
 * (cld needs a native build and cld3-asm loads WebAssembly asynchronously: neither fits a pure synchronous library.)
 */
import { detectLanguage, SCORED_LANGUAGES } from '../src/index';
import {
  CONTEXT_EXCERPT_SET,
  LabelledText,
  NOISY_CHAT_SET,
  SUPPORTED_CHAT_SET,
  UNSUPPORTED_SET,
} from '../src/lib/language/language-id.fixtures';

type Detect = (text: string) => string;

const ISO3: Record<string, string> = {
  eng: 'en',
  spa: 'es',
  por: 'pt',
  fra: 'fr',
  deu: 'de',
  swe: 'sv',
  slv: 'sl',
  ita: 'it',
  nld: 'nl',
  cat: 'ca',
  hrv: 'hr',
  srp: 'sr',
  bos: 'bs',
  ron: 'ro',
  pol: 'pl',
  ces: 'cs',
  dan: 'da',
  nob: 'no',
  nno: 'no',
  tur: 'tr',
  ind: 'id',
  rus: 'ru',
  ell: 'el',
  arb: 'ar',
  cmn: 'zh',
  jpn: 'ja',
};

async function candidate(
  name: string,
  load: () => Promise<Detect>,
): Promise<[string, Detect] | null> {
  try {
    return [name, await load()];
  } catch {
    process.stderr.write(
      `skipping ${name}: not installed (see the header of this file)\n`,
    );
    return null;
  }
}

// Specifiers in variables keep the bundler from resolving packages that are deliberately not installed.
const load = (specifier: string): Promise<Record<string, unknown>> =>
  import(specifier) as Promise<Record<string, unknown>>;

async function candidates(): Promise<[string, Detect][]> {
  const francLike = (specifier: string) => async (): Promise<Detect> => {
    const franc = (await load(specifier))['franc'] as (
      t: string,
      o: object,
    ) => string;
    return (t) => ISO3[franc(t, { minLength: 3 })] ?? 'und';
  };
  const list = await Promise.all([
    candidate(
      'rapport (eld n-grams + courtesy lexicon for short text)',
      async () => (t) => detectLanguage(t).lang,
    ),
    candidate('franc 6 (187 languages)', francLike('franc')),
    candidate('franc-min 6 (82)', francLike('franc-min')),
    candidate('franc-all 7 (414)', francLike('franc-all')),
    candidate('tinyld 1 (normal)', async () => {
      const detect = (await load('tinyld'))['detect'] as (t: string) => string;
      return (t) => detect(t) || 'und';
    }),
    candidate('eld 2 (small)', async () => {
      const eld = (await load('eld/small'))['eld'] as {
        detect(t: string): { language: string };
      };
      return (t) => eld.detect(t).language || 'und';
    }),
    candidate('languagedetect 2', async () => {
      const Ctor = (await load('languagedetect'))['default'] as new () => {
        setLanguageType(t: string): void;
        detect(t: string, n: number): [string, number][];
      };
      const detector = new Ctor();
      detector.setLanguageType('iso2');
      return (t) => detector.detect(t, 1)[0]?.[0] ?? 'und';
    }),
  ]);
  return list.filter((c): c is [string, Detect] => c !== null);
}

function accuracy(detect: Detect, set: readonly LabelledText[]): number {
  return (
    Math.round(
      (set.filter((x) => detect(x.text) === x.lang).length / set.length) * 1000,
    ) / 10
  );
}

function perSecond(detect: Detect): number {
  const texts = [...SUPPORTED_CHAT_SET, ...NOISY_CHAT_SET].map((x) => x.text);
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < 1_500) {
    texts.forEach((t) => detect(t));
    n += texts.length;
  }
  return Math.round(n / ((performance.now() - t0) / 1000));
}

void candidates().then((list) => {
  const rows = list.map(([name, detect]) => ({
    name,
    chat: accuracy(detect, SUPPORTED_CHAT_SET),
    noisyChat: accuracy(detect, NOISY_CHAT_SET),
    contextExcerpts: accuracy(detect, CONTEXT_EXCERPT_SET),
    unsupportedRejected:
      Math.round(
        (UNSUPPORTED_SET.filter(
          (x) => !SCORED_LANGUAGES.includes(detect(x.text)),
        ).length /
          UNSUPPORTED_SET.length) *
          1000,
      ) / 10,
    textsPerSecond: perSecond(detect),
  }));
  process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
});
