/**
 * A SHA-256 of everything the scorer outputs on a large corpus, to show that a speed change moved no score,
 * probability, signal or evidence offset: run it before and after, the hashes must be equal.
 * Corpus: the benchmark's messages and conversations, the support-outsourcing texts of ../shared/context (each
 * line, and each sentence), and every row of ../shared/dev-data (TyDiP, GermEval 2018, ToLD-Br, CoCoA-MT), each
 * scored without a language and with its language declared, and grouped into conversations.
 * Run: node tools/cli.mjs --entry bench/scoring-output-checksum.ts   (prints one JSON object)
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NativeConversation } from '@rapport/contracts';
import { DEFAULT_SCORING_CONTEXT } from '@rapport/scoring';
import { scoreConversationLine } from '../apps/cli/src/commands/score-conversations';
import { scoreMessageLine } from '../apps/cli/src/commands/score-messages';
import { benchConversations, benchMessageTexts } from './scoring-inputs';

interface Text {
  readonly text: string;
  readonly lang?: string;
}

const SHARED = resolve(process.cwd(), '../shared');

function lines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l.trim() !== '');
}

/** Raw rows: the text column where a row is simple to split, else the whole line (also realistic noise). */
function devDataTexts(): Text[] {
  const dir = join(SHARED, 'dev-data');
  const out: Text[] = [];
  lines(join(dir, 'tydip-en-train.csv'))
    .slice(1)
    .forEach((l) => out.push({ text: l.replace(/,-?[0-9.]+$/, ''), lang: 'en' }));
  lines(join(dir, 'germeval2018-de-train.tsv')).forEach((l) =>
    out.push({ text: (l.split('\t')[0] ?? '').replace(/\|LBR\|/g, '\n'), lang: 'de' }),
  );
  lines(join(dir, 'told-br-train.csv'))
    .slice(1)
    .forEach((l) => out.push({ text: l.replace(/(,[0-9.]+){6}$/, ''), lang: 'pt' }));
  lines(join(dir, 'cocoa-mt-train-formality.tsv'))
    .slice(1)
    .forEach((l) => {
      const [lang, , , , text] = l.split('\t');
      out.push({ text: text ?? l, lang });
    });
  return out;
}

function contextTexts(): Text[] {
  const dir = join(SHARED, 'context');
  const out: Text[] = [];
  for (const file of readdirSync(dir).sort()) {
    const lang = /\.([a-z]{2})\.txt$/.exec(file)?.[1];
    if (lang === undefined) {
      continue;
    }
    for (const line of lines(join(dir, file))) {
      out.push({ text: line, lang });
      for (const sentence of line.match(/[^.!?]+[.!?]*/g) ?? []) {
        out.push({ text: sentence.trim(), lang });
      }
    }
  }
  return out;
}

/** Consecutive texts as alternating customer / agent turns, some declared, some with the language to detect. */
function asConversations(texts: readonly Text[], prefix: string): NativeConversation[] {
  const out: NativeConversation[] = [];
  const start = Date.parse('2024-06-03T08:00:00Z');
  for (let i = 0, c = 0; i < texts.length; c++) {
    const length = 3 + (c % 6);
    const turns = texts.slice(i, i + length);
    i += length;
    const messages = turns.map((t, k) => ({
      role: k % 2 === 0 ? ('customer' as const) : ('agent' as const),
      at: new Date(start + c * 3_600_000 + k * 70_000 * (1 + (c % 5))).toISOString(),
      text: t.text,
    }));
    out.push({
      source: 'checksum',
      externalId: `${prefix}-${c}`,
      vendor: 'checksum',
      channel: c % 3 === 0 ? 'email' : 'chat',
      createdAt: messages[0]?.at ?? '',
      ...(c % 2 === 0 && turns[0]?.lang ? { language: turns[0].lang } : {}),
      messages,
    });
  }
  return out;
}

if (!existsSync(SHARED)) {
  throw new Error(`expected ../shared (context and dev-data) beside the repository, at ${SHARED}`);
}
const corpus: Text[] = [...benchMessageTexts().map((text) => ({ text })), ...contextTexts(), ...devDataTexts()];
const hash = createHash('sha256');
let outputs = 0;
let errors = 0;
const add = (line: string): void => {
  hash.update(line);
  hash.update('\n');
  outputs++;
  if ('error' in JSON.parse(line)) {
    errors++;
  }
};
const cpu = process.cpuUsage();
corpus.forEach((t, i) => {
  add(scoreMessageLine(JSON.stringify({ id: `m${i}`, text: t.text })));
  if (t.lang !== undefined) {
    add(scoreMessageLine(JSON.stringify({ id: `d${i}`, text: t.text, lang: t.lang })));
  }
});
const conversations = [...benchConversations(), ...asConversations(corpus, 'corpus')];
for (const c of conversations) {
  add(scoreConversationLine(JSON.stringify(c), DEFAULT_SCORING_CONTEXT));
}
const used = process.cpuUsage(cpu);
process.stdout.write(
  `${JSON.stringify({
    texts: corpus.length,
    conversations: conversations.length,
    outputLines: outputs,
    // Lines the commands rejected (their output is hashed too, but they exercise no scoring).
    errorLines: errors,
    sha256: hash.digest('hex'),
    cpuSeconds: Math.round((used.user + used.system) / 1e4) / 100,
  })}\n`,
);
