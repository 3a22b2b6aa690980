import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { besideTheApi, cliEnv, lastJson, runCli } from '../cli/cli-process';
import { count, messagesOf } from './import-helpers';
import { zipOf } from './zip-writer';
import { FIELDS, FILES, REJECTED_RATING } from './zendesk-export-files';

jest.setTimeout(300_000);

describe('command-line import of several files', () => {
  const beside = besideTheApi('rapport-files-');

  it('imports files and a zip named on one command line as one import, and resumes nothing on a repeat', async () => {
    const { api, dir } = beside;
    // The ratings come first and the comments last, inside a zip: the join by ticket id does not mind.
    const [ticketsFile, commentsFile, ratingsFile] = FILES.map((file) => join(dir, file.name));
    FILES.forEach((file, i) => writeFileSync([ticketsFile, commentsFile, ratingsFile][i] as string, file.content));
    const zip = join(dir, 'comments.zip');
    writeFileSync(zip, zipOf([FILES[1] as (typeof FILES)[number]]));
    const args = [
      'import',
      ratingsFile as string,
      ticketsFile as string,
      zip,
      '--format',
      'zendesk',
      '--options',
      FIELDS.options,
      '--no-score',
    ];

    const first = await runCli(args, cliEnv(api)).done;
    expect(first.code).toBe(0);
    expect(lastJson(first)).toMatchObject({
      status: 'completed',
      fileName: 'satisfaction-ratings.json and 2 more',
      files: ['satisfaction-ratings.json', 'tickets.json', 'comments.zip/tickets-201-comments.json'],
      counts: { received: 3, created: 2, updated: 0, unchanged: 0, failed: 1 },
      surveysStored: 1,
    });
    const [error] = await api.dataSource.query(`SELECT reason FROM import_job_errors WHERE kind = 'error'`);
    expect(error.reason).toBe(REJECTED_RATING[0]?.reason);
    expect((await messagesOf(api, '201')).map((m) => m.text)).toEqual([
      'Where is my refund?',
      'Sorry for the wait! Your refund was sent today.',
    ]);

    const again = await runCli(args, cliEnv(api)).done;
    expect(lastJson(again)).toMatchObject({
      resumed: false,
      counts: { created: 0, updated: 0, unchanged: 2, failed: 1 },
    });
    expect(await count(api, 'conversations')).toBe(2);
  });

  it('refuses a zip bomb before reading a record', async () => {
    const { api, dir } = beside;
    const bomb = join(dir, 'export.zip');
    writeFileSync(bomb, zipOf([{ name: 'tickets.json', content: new Uint8Array(20 * 1024 * 1024) }]));
    const run = await runCli(['import', bomb, '--format', 'zendesk'], cliEnv(api)).done;
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /export\.zip, entry "tickets\.json" expands \d+ times \(limit 200\): refused as a possible zip bomb/,
    );
    expect(await count(api, 'import_jobs')).toBe(0);
  });
});
