import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SeededRandom } from '@rapport/demo-data';
import { buildConversation, TestApi } from '@rapport/api-testing';
import { besideTheApi, cliEnv, lastJson, runCli } from '../cli/cli-process';
import { holdImportJob, transactionProbe } from './import-job-lock';
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

/** The import file: conversations of two messages, every `brokenEvery`th line broken JSON. */
function crashFile(conversations: number, brokenEvery: number): string {
  const lines = Array.from({ length: conversations }, (_, i) => {
    if ((i + 1) % brokenEvery === 0) {
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
  return lines.join('\n') + '\n';
}

/** What is stored, and whether any conversation is stored twice. */
async function storedState(api: TestApi): Promise<{ conversations: number; distinct: number; messages: number; errors: number }> {
  const [row] = await api.dataSource.query('SELECT COUNT(*) AS n, COUNT(DISTINCT external_id) AS d FROM conversations');
  return { conversations: Number(row.n), distinct: Number(row.d), messages: await count(api, 'messages'), errors: await count(api, 'import_job_errors') };
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

  /** Six batches of 1,000; the kill falls inside a batch: its rows written, its cursor not yet. */
  const SMALL = 6000;
  const SMALL_BROKEN_EVERY = 500;
  const SMALL_BROKEN = SMALL / SMALL_BROKEN_EVERY;

  it.each([1, 2, 3])('loses nothing and duplicates nothing when killed at a seeded random point inside a batch (seed %i)', async (seed) => {
    const { api, dir } = beside;
    const random = new SeededRandom(9100 + seed);
    // Which batch to kill in (after 1–4 committed), and how deep into it: seen still open on 1–4 looks in a row.
    const committedBefore = random.int(1, 5) * 1000;
    const looks = random.int(1, 5);
    const file = join(dir, 'export.jsonl');
    writeFileSync(file, crashFile(SMALL, SMALL_BROKEN_EVERY));
    const applicationName = `rapport-crash-${seed}-${process.pid}`;
    const env = { ...cliEnv(api), PGAPPNAME: applicationName };
    const command = ['import', file, '--format', 'jsonl', '--no-score'];

    const probe = await transactionProbe(api.database, applicationName);
    try {
      const first = runCli(command, env);
      let exited = false;
      void first.done.then(() => (exited = true));
      // Watch until the chosen batch is being written: a write transaction open, the cursor unchanged on both sides of
      // the look (so the open transaction is the batch after it), `looks` times in a row; then kill at once.
      let cursorBefore = -1;
      let seen = 0;
      let cursorSeen = -1;
      while (cursorBefore < 0) {
        if (exited) {
          throw new Error('the import ended before the test could interrupt it');
        }
        const before = await probe.committed();
        const writing = await probe.writing();
        const after = await probe.committed();
        seen = writing && before === after && before >= committedBefore ? (before === cursorSeen ? seen + 1 : 1) : 0;
        cursorSeen = after;
        if (seen >= looks) {
          cursorBefore = after;
        }
      }
      first.child.kill('SIGKILL');
      expect((await first.done).signal).toBe('SIGKILL');
      while (!(await probe.gone())) {
        await new Promise((resolve) => setImmediate(resolve));
      }
      const [job] = await api.dataSource.query('SELECT status, records_committed, created, error_count FROM import_jobs');
      // The batch being written when the process died left nothing: the cursor is where it was, and so is the data.
      expect(Number(job.records_committed)).toBe(cursorBefore);
      expect(job.status).toBe('running');
      const afterKill = await storedState(api);
      expect(afterKill).toEqual({ conversations: Number(job.created), distinct: Number(job.created), messages: Number(job.created) * MESSAGES_PER, errors: Number(job.error_count) });

      const second = await runCli(command, env).done;
      expect(second.code).toBe(0);
      expect(lastJson(second)).toMatchObject({
        resumed: true,
        status: 'completed',
        counts: { received: SMALL, created: SMALL - SMALL_BROKEN, updated: 0, unchanged: 0, failed: SMALL_BROKEN },
        errorCount: SMALL_BROKEN,
      });
      expect(await storedState(api)).toEqual({ conversations: SMALL - SMALL_BROKEN, distinct: SMALL - SMALL_BROKEN, messages: (SMALL - SMALL_BROKEN) * MESSAGES_PER, errors: SMALL_BROKEN });
    } finally {
      await probe.close();
    }
  });
});
