import { SCORER_NAME, SCORER_VERSION } from '@rapport/scoring';
import { loadContext } from './commands/context-file';
import { mapLines } from './commands/jsonl-stream';
import { scoreConversationLine } from './commands/score-conversations';
import { scoreMessageLine } from './commands/score-messages';
import { IMPORT_USAGE } from './commands/import-args';
import { runImportCommand } from './commands/import-file';
import { RESCORE_USAGE, runRescoreCommand } from './commands/rescore';

const USAGE = `Usage: npm run -s cli -- <command> [options] < input.jsonl > output.jsonl

Commands:
  score-messages          one {"id", "text", "lang"?} per line -> {"id", "lang", "courtesy", "rudeness",
                          "formality", "clarificationRequest", "evidence"} per line, same order
  score-conversations     one native conversation per line -> one conversation score per line
      --context <file>    JSON scoring context laid over the defaults (calendar, sla, weights, expectedFormality)
  version                 prints the scorer name and version
${IMPORT_USAGE}
${RESCORE_USAGE}
`;

function option(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

async function main(args: readonly string[]): Promise<number> {
  const command = args[0];
  switch (command) {
    case 'score-messages':
      await mapLines(process.stdin, process.stdout, scoreMessageLine);
      return 0;
    case 'score-conversations': {
      const context = loadContext(option(args, '--context'));
      await mapLines(process.stdin, process.stdout, (line) => scoreConversationLine(line, context));
      return 0;
    }
    case 'import':
      return runImportCommand(args.slice(1));
    case 'rescore':
      return runRescoreCommand(args.slice(1));
    case 'version':
      process.stdout.write(`${JSON.stringify({ scorer: SCORER_NAME, scorerVersion: SCORER_VERSION })}\n`);
      return 0;
    default:
      process.stderr.write(command === undefined || command === 'help' || command === '--help' ? USAGE : `Unknown command "${command}"\n\n${USAGE}`);
      return command === undefined || command === 'help' || command === '--help' ? 0 : 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
