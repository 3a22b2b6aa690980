import type { RescoreScope } from '@rapport/api-scoring';
import { commandLineServices, openDatabase } from './cli-database';
import { ProgressReporter } from './progress-bar';

export const RESCORE_USAGE = `  rescore [--all]         scores again the conversations scored by another scorer version, never scored or
                          whose scoring failed (--all: every conversation); prints the counts`;

/** `rescore`: brings stored scores up to the current scorer version, with a progress bar on stderr. */
export async function runRescoreCommand(args: readonly string[]): Promise<number> {
  const unknown = args.filter((arg) => arg !== '--all');
  if (unknown.length > 0) {
    process.stderr.write(`unexpected argument ${JSON.stringify(unknown[0])}\n`);
    return 2;
  }
  const scope: RescoreScope = args.includes('--all') ? 'all' : 'stale';
  const dataSource = await openDatabase();
  try {
    const { rescorer } = commandLineServices(dataSource);
    const progress = new ProgressReporter();
    const startedAt = Date.now();
    const result = await rescorer.rescore({
      scope,
      onProgress: ({ done, total }) => {
        const perSecond = Math.round(done / Math.max(0.001, (Date.now() - startedAt) / 1000));
        progress.update({ label: 'rescore', done, total, detail: `${done.toLocaleString('en')}/${total.toLocaleString('en')} conversations  ${perSecond}/s` });
      },
    });
    process.stdout.write(`${JSON.stringify({ scorerVersion: rescorer.scorerVersion, scope, ...result })}\n`);
    return 0;
  } finally {
    await dataSource.destroy();
  }
}
