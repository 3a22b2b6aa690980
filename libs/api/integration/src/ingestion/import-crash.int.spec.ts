import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildConversation, TestApi } from '@rapport/api-testing';
import { besideTheApi, cliEnv, lastJson, runCli } from '../cli/cli-process';
import { holdImportJob } from './import-job-lock';
import { count } from './import-helpers';

jest.setTimeout(300_000);

/** Twenty batches of 1,000: the import is still far from its end when the test first sees a committed batch. */
const CONVERSATIONS = 20_000;
/** Every 1000th line is broken JSON, so the exact count of rejected rows is checked across the crash too. */
const BROKEN_EVERY = 1000;
const BROKEN = CONVERSATIONS / BROKEN_EVERY;
const MESSAGES_PER = 2;

/** Polls the database (not the clock) until the command has committed a batch, or fails if it ended first. */
async function firstBatchCommitted(api: TestApi, exited: () => boolean): Promise<void> {
  for (;;) {
    if (exited()) {
      throw new Error('the import ended before the test could interrupt it');
    }
    const [job] = await api.dataSource.query('SELECT records_committed FROM import_jobs');
    if (job !== undefined && Number(job.records_committed) > 0) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('import interrupted by kill -9', () => {
  // The command line's own resume is under test: the API must neither take the job over nor write meanwhile.
  const beside = besideTheApi('rapport-crash-');

  it('loses nothing committed, and running the same command again completes the import with exact counts and no duplicates', async () => {
    const { api, dir } = beside;
    const file = join(dir, 'export.jsonl');
    const lines = Array.from({ length: CONVERSATIONS }, (_, i) => {
      if ((i + 1) % BROKEN_EVERY === 0) {
        return `{"externalId": "broken-${i}",`;
      }
      const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 8) + i * 60_000 + minute * 30_000).toISOString();
      return JSON.stringify(
        buildConversation({
          vendor: 'acme',
          externalId: `crash-${i}`,
          messages: [
            { role: 'customer', at: at(0), text: `Hello, question number ${i}` },
            { role: 'agent', at: at(1), text: `Hello, here is answer ${i}`, agentId: `agent-${i % 7}` },
          ],
        }),
      );
    });
    writeFileSync(file, lines.join('\n') + '\n');
    const env = cliEnv(api);
    const command = ['import', file, '--format', 'jsonl', '--no-score'];

    const first = runCli(command, env);
    let exited = false;
    void first.done.then(() => (exited = true));
    await firstBatchCommitted(api, () => exited);
    // Freeze the import between two batches, kill it there, and only then let the database move again: the state
    // read under the lock is exactly what the killed process left.
    const hold = await holdImportJob(api.database);
    first.child.kill('SIGKILL');
    const killed = await first.done;
    await hold.release();
    expect(killed.signal).toBe('SIGKILL');
    const interrupted = hold.job;
    expect(interrupted).toMatchObject({ status: 'running' });
    expect(interrupted?.recordsCommitted).toBeGreaterThan(0);
    expect(interrupted?.recordsCommitted).toBeLessThan(CONVERSATIONS);
    const [after] = await api.dataSource.query('SELECT status, records_committed FROM import_jobs');
    expect({ status: after.status, recordsCommitted: Number(after.records_committed) }).toEqual({ status: 'running', recordsCommitted: interrupted?.recordsCommitted });
    // Everything the job acknowledged is stored, and nothing more.
    expect(await count(api, 'conversations')).toBe(interrupted?.created);
    expect(await count(api, 'messages')).toBe((interrupted?.created ?? 0) * MESSAGES_PER);

    const second = await runCli(command, env).done;
    expect(second.code).toBe(0);
    expect(lastJson(second)).toMatchObject({
      id: interrupted?.id,
      resumed: true,
      status: 'completed',
      counts: { received: CONVERSATIONS, created: CONVERSATIONS - BROKEN, updated: 0, unchanged: 0, failed: BROKEN },
      errorCount: BROKEN,
    });
    expect(await count(api, 'conversations')).toBe(CONVERSATIONS - BROKEN);
    expect(await count(api, 'messages')).toBe((CONVERSATIONS - BROKEN) * MESSAGES_PER);
    expect(await count(api, 'import_job_errors')).toBe(BROKEN);

    const third = await runCli(command, env).done;
    const again = lastJson(third);
    expect(again).toMatchObject({ resumed: false, status: 'completed', counts: { received: CONVERSATIONS, created: 0, updated: 0, unchanged: CONVERSATIONS - BROKEN, failed: BROKEN } });
    expect(again['id']).not.toBe(interrupted?.id);
    expect(await count(api, 'conversations')).toBe(CONVERSATIONS - BROKEN);
  });
});
