import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One method as `libs/analytics/METHODS.md` describes it: its heading and the first paragraph under it. */
export interface MethodNote {
  name: string;
  title: string;
  text: string;
}

/**
 * METHODS.md is the description every statistic's `method` field points at; the report's appendix quotes it rather
 * than a copy that could drift. The API bundle ships it beside main.js (webpack assets); tests and the command line
 * read it from the workspace.
 */
function candidates(): string[] {
  // The command line runs as an ES module, where `__dirname` does not exist (typeof is safe on an undeclared name).
  const besideBundle = typeof __dirname === 'string' ? [join(__dirname, 'METHODS.md')] : [];
  return [...besideBundle, join(process.cwd(), 'libs/analytics/METHODS.md')];
}

let cached: string | undefined;

export function methodsDocument(): string {
  if (cached === undefined) {
    const places = candidates();
    const path = places.find((candidate) => existsSync(candidate));
    if (!path) {
      throw new Error(`METHODS.md not found (looked in ${places.join(', ')})`);
    }
    cached = readFileSync(path, 'utf8');
  }
  return cached;
}

function plain(markdown: string): string {
  return markdown.replace(/\*\*|`/g, '').replace(/\s*\n\s*/g, ' ').trim();
}

/** Sections of the document: `## heading` → its paragraphs. */
export function methodSections(document: string): Map<string, { title: string; paragraphs: string[] }> {
  const sections = new Map<string, { title: string; paragraphs: string[] }>();
  for (const block of document.split(/^## /m).slice(1)) {
    const [title = '', ...rest] = block.split('\n');
    const paragraphs = rest.join('\n').split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter((paragraph) => paragraph.length > 0);
    sections.set(title.trim(), { title: plain(title), paragraphs });
  }
  return sections;
}

/**
 * The notes of the named methods, in the order asked. Names that are not statistical methods (a clustering mode such
 * as `independent`) have no section and are left out; two names sharing a section are printed once.
 */
export function methodNotes(names: readonly string[], document = methodsDocument()): MethodNote[] {
  const sections = [...methodSections(document).entries()];
  const printed = new Set<string>();
  return names.flatMap((name) => {
    const found = sections.find(([heading]) => heading.includes(`\`${name}\``));
    if (!found || printed.has(found[0])) {
      return [];
    }
    printed.add(found[0]);
    const [, section] = found;
    const paragraph = section.paragraphs.find((candidate) => !candidate.startsWith('|') && !candidate.startsWith('-')) ?? '';
    return [{ name, title: section.title, text: plain(paragraph) }];
  });
}

/** A list item of the "Common rules" section by its bold lead word, e.g. "Minimum sample". */
export function commonRule(lead: string, document = methodsDocument()): string {
  const common = methodSections(document).get('Common rules');
  const item = common?.paragraphs
    .join('\n')
    .split(/\n- /)
    .find((candidate) => candidate.replace(/^- /, '').startsWith(`**${lead}.**`));
  if (!item) {
    throw new Error(`METHODS.md's common rules have no item '${lead}'`);
  }
  return plain(item.replace(/^- /, ''));
}
