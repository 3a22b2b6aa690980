import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConversationRescorer, ScoringWorker } from '@rapport/api-scoring';
import { buildConversation, TestApi } from '@rapport/api-testing';
import { besideTheApi, cliEnv, lastJson, runCli } from '../cli/cli-process';
import { count } from './import-helpers';

jest.setTimeout(300_000);

const CONVERSATIONS = 6000;
/**
 * Conversations only the second run brings, so that it writes, and lasts, while the API scores: enough that the
 * command is still writing when the API's next batch commits, also when another suite shares the cores.
 */
const NEW_IN_SECOND_RUN = 9000;

type ScoreRows = (rows: unknown[], result: unknown) => Promise<void>;

/** Waits until the command's import job is running (read from the database), or fails if the command ended first. */
async function importRunning(api: TestApi, exited: () => boolean): Promise<void> {
  for (;;) {
    if (exited()) {
      throw new Error('the command ended before the test saw its import running');
    }
    const [job] = await api.dataSource.query(`SELECT status FROM import_jobs WHERE status = 'running'`);
    if (job !== undefined) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('command-line import beside a running API', () => {
  const beside = besideTheApi('rapport-beside-');

  it('waits for the API’s own writes instead of failing with a busy database', async () => {
    const { api, dir } = beside;
    const line = (i: number) => JSON.stringify(buildConversation({ vendor: 'acme', externalId: `beside-${i}` }));
    const file = join(dir, 'export.jsonl');
    writeFileSync(file, Array.from({ length: CONVERSATIONS }, (_, i) => line(i)).join('\n'));
    expect(lastJson(await runCli(['import', file, '--format', 'jsonl', '--no-score'], cliEnv(api)).done)).toMatchObject(
      {
        status: 'completed',
        counts: { created: CONVERSATIONS },
      },
    );

    // The API scores what the command stored, committing batch after batch. Its second batch waits until the command
    // imports again (the same file and more), so the two write at the same time: the overlap is arranged, not hoped for.
    const rescorer = api.app.get(ConversationRescorer) as unknown as {
      scoreRows: ScoreRows;
    };
    const scoreRows = rescorer.scoreRows.bind(rescorer);
    const committedAt: string[] = [];
    let firstCommitted!: () => void;
    const firstBatch = new Promise<void>((resolve) => (firstCommitted = resolve));
    let openGate!: () => void;
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    jest.spyOn(rescorer, 'scoreRows').mockImplementation(async (rows, result) => {
      if (committedAt.length > 0) {
        await gate;
      }
      await scoreRows(rows, result);
      committedAt.push(new Date().toISOString());
      firstCommitted();
    });
    const scoring = api.app.get(ScoringWorker);
    scoring.resume();
    scoring.kick();
    await firstBatch;

    const second = join(dir, 'export-and-more.jsonl');
    writeFileSync(second, Array.from({ length: CONVERSATIONS + NEW_IN_SECOND_RUN }, (_, i) => line(i)).join('\n'));
    const again = runCli(['import', second, '--format', 'jsonl', '--no-score'], cliEnv(api));
    let exited = false;
    void again.done.then(() => (exited = true));
    await importRunning(api, () => exited);
    openGate();
    const result = lastJson(await again.done);
    // The command stores without scoring and does not tell the API: the API is told here to score what came new.
    scoring.kick();
    await scoring.idle();

    expect(result).toMatchObject({
      status: 'completed',
      failure: null,
      counts: {
        received: CONVERSATIONS + NEW_IN_SECOND_RUN,
        created: NEW_IN_SECOND_RUN,
        unchanged: CONVERSATIONS,
        failed: 0,
      },
    });
    // The API committed scoring batches while the command's import ran: the two really wrote side by side.
    const [job] = await api.dataSource.query(
      `SELECT started_at, finished_at FROM import_jobs WHERE id = '${String(result['id'])}'`,
    );
    const during = committedAt.filter((at) => at > job.started_at && at < job.finished_at);
    expect(committedAt.length).toBeGreaterThan(2);
    expect(during.length).toBeGreaterThan(0);
    const [{ pending }] = await api.dataSource.query(
      `SELECT COUNT(*) AS pending FROM conversations WHERE score_status = 'pending'`,
    );
    expect(Number(pending)).toBe(0);
    expect(await count(api, 'conversations')).toBe(CONVERSATIONS + NEW_IN_SECOND_RUN);
  });
});
