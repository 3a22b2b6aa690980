import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { ColumnMapping, ImportJob, importErrorsCsv, ImportRefused, toImportJobDto } from '@rapport/api-ingestion';
import { commandLineServices, openDatabase } from './cli-database';
import { parseImportArgs } from './import-args';
import { formatBytes, ProgressReporter } from './progress-bar';

/**
 * `import <file>... --format <fmt>`: the same import as `POST /api/imports`, run in the foreground against the API's
 * database, with a progress bar on stderr and the final job (as the API reports it) on stdout.
 */
export async function runImportCommand(args: readonly string[]): Promise<number> {
  const parsed = parseImportArgs(args);
  if ('error' in parsed) {
    process.stderr.write(`${parsed.error}\n`);
    return 2;
  }
  const dataSource = await openDatabase();
  try {
    const services = commandLineServices(dataSource);
    // Conversations are scored in the batch that stores them; what is left pending (later contacts of customers the
    // import brought earlier ones of) is scored after it, with its own progress bar. `--no-score` stores them all
    // pending for the API's scoring worker.
    services.scoring.pause();
    if (!parsed.score) {
      services.written.scoreInBatch(null);
    }
    const saved = parsed.mapping ? await dataSource.getRepository(ColumnMapping).findOneBy({ name: parsed.mapping }) : undefined;
    if (parsed.mapping && !saved) {
      process.stderr.write(`no saved column mapping is named "${parsed.mapping}"\n`);
      return 2;
    }
    const progress = new ProgressReporter();
    const startedAt = Date.now();
    const show = (job: ImportJob, final = false) =>
      progress.update({ label: `import ${job.fileName}`, done: job.bytesProcessed, total: job.bytesTotal, detail: importDetail(job, startedAt) }, final);
    const { job, resumed } = await services.files.import(parsed.files, parsed.format, parsed.options, { onProgress: (current) => show(current) }, saved ?? undefined);
    show(job, true);
    if (resumed) {
      process.stderr.write(`resumed import ${job.id} from its last committed batch\n`);
    }
    if (parsed.errorsFile && job.errorCount + job.noticeCount > 0) {
      await pipeline(Readable.from(importErrorsCsv(services.store, job.id)), createWriteStream(parsed.errorsFile));
      process.stderr.write(`${job.errorCount} rejected rows and ${job.noticeCount} notices written to ${parsed.errorsFile}\n`);
    } else if (job.noticeCount > 0) {
      process.stderr.write(`${job.noticeCount} notices (changes made without rejecting a row); --errors FILE lists them\n`);
    }
    let scoring: unknown = null;
    if (parsed.score) {
      const scoringStartedAt = Date.now();
      scoring = await services.rescorer.rescore({
        scope: 'pending',
        onProgress: ({ done, total }) =>
          progress.update({ label: 'score', done, total, detail: `${done.toLocaleString('en')}/${total.toLocaleString('en')} conversations  ${rate(done, scoringStartedAt)}/s` }),
      });
    }
    process.stdout.write(`${JSON.stringify({ ...toImportJobDto(job), resumed, scoring })}\n`);
    return job.status === 'completed' ? 0 : 1;
  } catch (error) {
    if (error instanceof ImportRefused) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  } finally {
    await dataSource.destroy();
  }
}

function importDetail(job: ImportJob, startedAt: number): string {
  const counts = `created ${job.created.toLocaleString('en')} · updated ${job.updated.toLocaleString('en')} · unchanged ${job.unchanged.toLocaleString('en')} · failed ${job.failed.toLocaleString('en')}`;
  return `${formatBytes(job.bytesProcessed)}/${formatBytes(job.bytesTotal)}  ${counts}  ${rate(job.received, startedAt)} records/s`;
}

function rate(count: number, since: number): string {
  const seconds = Math.max(0.001, (Date.now() - since) / 1000);
  return Math.round(count / seconds).toLocaleString('en');
}
