import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The repository root: the nearest folder upwards holding the workspace's nx.json. */
export function repositoryRoot(from: string): string {
  let dir = resolve(from);
  while (!existsSync(join(dir, 'nx.json'))) {
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error(
        `Cannot find the repository root (nx.json) above ${from}`,
      );
    }
    dir = parent;
  }
  return dir;
}

/**
 * Public labelled data lives beside the repository, in ../shared/dev-data (CI clones shared/ next to it);
 * RAPPORT_DEV_DATA points elsewhere.
 */
export function devDataDir(): string {
  const dir = process.env['RAPPORT_DEV_DATA'] ?? resolve(repositoryRoot(process.cwd()), '../shared/dev-data');
  if (!existsSync(dir)) {
    throw new Error(
      `Validation data not found at ${dir}: expected ../shared/dev-data beside the repository (TyDiP and GermEval 2018 files)`,
    );
  }
  return dir;
}

export interface PolitenessRow {
  readonly sentence: string;
  readonly score: number;
}

/** TyDiP English: CSV `sentence,score` with RFC 4180 quoting. */
export function readTydip(dir: string): PolitenessRow[] {
  const text = readFileSync(join(dir, 'tydip-en-train.csv'), 'utf8');
  const rows: PolitenessRow[] = [];
  let i = text.indexOf('\n') + 1;
  while (i < text.length) {
    let sentence = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        sentence += text.slice(i, quote);
        i = quote + 1;
        if (text[i] === '"') {
          sentence += '"';
          i++;
        } else {
          break;
        }
      }
      i++;
    } else {
      const comma = text.lastIndexOf(
        ',',
        text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i),
      );
      sentence = text.slice(i, comma);
      i = comma + 1;
    }
    const end = text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i);
    const score = Number(text.slice(i, end).trim());
    i = end + 1;
    if (!Number.isNaN(score)) {
      rows.push({ sentence, score });
    }
  }
  return rows;
}

export interface OffenseRow {
  readonly text: string;
  readonly offensive: boolean;
  readonly fine: string;
}

/** GermEval 2018: TSV text, OFFENSE|OTHER, ABUSE|INSULT|PROFANITY|OTHER; "|LBR|" marks line breaks. */
export function readGermEval(dir: string): OffenseRow[] {
  return readFileSync(join(dir, 'germeval2018-de-train.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [text = '', coarse = '', fine = ''] = line.split('\t');
      return {
        text: text.replace(/\s*\|LBR\|\s*/g, '\n'),
        offensive: coarse.trim() === 'OFFENSE',
        fine: fine.trim(),
      };
    });
}

/** RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks): rows of fields, header included. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') {
        i++;
      }
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += c;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export interface ToxicityRow {
  readonly text: string;
  /** Most flags any one category received from the 3 annotators (0–3). */
  readonly maxFlags: number;
}

/** ToLD-Br (pt-BR tweets): per category, how many of 3 annotators flagged the tweet. */
export function readToldBr(dir: string): ToxicityRow[] {
  const [, ...rows] = parseCsv(readFileSync(join(dir, 'told-br-train.csv'), 'utf8'));
  return rows
    .filter((r) => r.length >= 7)
    .map(([text = '', ...counts]) => ({ text, maxFlags: Math.max(...counts.map(Number)) }));
}

export interface RegisterRow {
  readonly lang: string;
  readonly domain: string;
  /** lang + domain + pair: the two renderings of one sentence share it. */
  readonly pair: string;
  readonly formal: boolean;
  readonly text: string;
}

/** CoCoA-MT formality pairs: TSV with header lang, domain, pair, register, text. */
export function readCocoa(dir: string): RegisterRow[] {
  const [, ...lines] = readFileSync(join(dir, 'cocoa-mt-train-formality.tsv'), 'utf8').split('\n');
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [lang = '', domain = '', pair = '', register = '', text = ''] = line.split('\t');
      return { lang, domain, pair: `${lang}:${domain}:${pair}`, formal: register === 'formal', text };
    });
}
