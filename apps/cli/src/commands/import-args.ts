import { readFileSync } from 'node:fs';
import { IMPORT_FORMATS, ImportFormat } from '@rapport/contracts';

export interface ImportArgs {
  /** One file, or several (and zips of files) read in this order as one import. */
  files: string[];
  format: ImportFormat;
  /** Import options before validation (source, vendor, redactPii, columnMapping…). */
  options: Record<string, unknown>;
  /** Name of a column mapping saved in the dashboard. */
  mapping?: string;
  /** Where to write the rejected rows as CSV. */
  errorsFile?: string;
  /** Score the imported conversations before exiting (default). */
  score: boolean;
}

export const IMPORT_USAGE = `  import <file|zip>... --format <${IMPORT_FORMATS.join('|')}>
                            several files (or a zip of them) are one import, read in the order given, e.g. a
                            Zendesk export's tickets, comments and satisfaction ratings pages
      --source <name>       source system stored with each record (matches surveys to conversations)
      --vendor <slug>       vendor of records that do not name one; the import then writes that vendor's data only
      --redact-pii          replace e-mail addresses, phone and card numbers before storing
      --create-vendors      create the vendors the file names that do not exist yet (slug from the name,
                            time zone UTC, country unknown: set them in Settings); listed in the result
      --encoding <name>     the file's encoding: auto (default), utf-8, windows-1252, utf-16le, utf-16be
      --mapping <name>      column mapping saved in the dashboard (CSV formats)
      --options <json|@f>   more format options as JSON (columnMapping, defaults, delimiter, defaultScale,
                            vendorByBrand, vendorByGroup, channelByVia, ticketId), inline or from a file
      --errors <file.csv>   write the rejected rows there
      --no-score            leave conversations pending for the API's scoring worker
                            Running the same command again after an interruption resumes the import.`;

/** Reads the `import` command line; an error message when it is unusable. */
export function parseImportArgs(
  args: readonly string[],
  readFile: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): ImportArgs | { error: string } {
  const files: string[] = [];
  let format: string | undefined;
  let mapping: string | undefined;
  let errorsFile: string | undefined;
  let score = true;
  let options: Record<string, unknown> = {};
  const named: Record<string, unknown> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const value = (): string => {
      const next = args[++i];
      if (next === undefined) {
        throw new Error(`${arg} needs a value`);
      }
      return next;
    };
    try {
      switch (arg) {
        case '--format':
          format = value();
          break;
        case '--source':
          named['source'] = value();
          break;
        case '--vendor':
          named['vendor'] = value();
          break;
        case '--redact-pii':
          named['redactPii'] = true;
          break;
        case '--create-vendors':
          named['createVendors'] = true;
          break;
        case '--encoding':
          named['encoding'] = value();
          break;
        case '--mapping':
          mapping = value();
          break;
        case '--errors':
          errorsFile = value();
          break;
        case '--no-score':
          score = false;
          break;
        case '--options': {
          const text = value();
          options = JSON.parse(text.startsWith('@') ? readFile(text.slice(1)) : text);
          break;
        }
        default:
          if (arg.startsWith('--')) {
            return { error: `unexpected argument ${JSON.stringify(arg)}` };
          }
          files.push(arg);
      }
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }
  if (files.length === 0) {
    return { error: 'which file? usage: import <file>... --format <format>' };
  }
  if (!IMPORT_FORMATS.includes(format as ImportFormat)) {
    return { error: `--format must be one of ${IMPORT_FORMATS.join(', ')}` };
  }
  return { files, format: format as ImportFormat, options: { ...options, ...named }, mapping, errorsFile, score };
}
