import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ScoringWorker } from '@rapport/api-conversations';
import { buildConversation, createTestApi, seedVendor, TestApi } from '@rapport/api-testing';
import { cliEnv, lastJson, quietBackgroundWork, runCli } from '../cli/cli-process';
import { count } from './import-helpers';

jest.setTimeout(300_000);

const CONVERSATIONS = 6000;

describe('command-line import beside a running API', () => {
  let api: TestApi;
  let dir: string;

  beforeEach(async () => {
    api = await createTestApi();
    await quietBackgroundWork(api);
    await seedVendor(api, { slug: 'acme' });
    dir = mkdtempSync(join(tmpdir(), 'rapport-beside-'));
  });
  afterEach(async () => {
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('waits for the API’s own writes instead of failing with a busy database', async () => {
    const file = join(dir, 'export.jsonl');
    writeFileSync(file, Array.from({ length: CONVERSATIONS }, (_, i) => JSON.stringify(buildConversation({ vendor: 'acme', externalId: `beside-${i}` }))).join('\n'));
    const command = ['import', file, '--format', 'jsonl', '--no-score'];
    expect(lastJson(await runCli(command, cliEnv(api)).done)).toMatchObject({ status: 'completed', counts: { created: CONVERSATIONS } });

    // The API scores what the command stored, committing batch after batch, while the same file is imported again.
    const scoring = api.app.get(ScoringWorker);
    scoring.resume();
    scoring.kick();
    const again = lastJson(await runCli(command, cliEnv(api)).done);
    await scoring.idle();
    expect(again).toMatchObject({ status: 'completed', failure: null, counts: { received: CONVERSATIONS, unchanged: CONVERSATIONS, failed: 0 } });
    const [{ pending }] = await api.dataSource.query(`SELECT COUNT(*) AS pending FROM conversations WHERE score_status = 'pending'`);
    expect(Number(pending)).toBe(0);
    expect(await count(api, 'conversations')).toBe(CONVERSATIONS);
  });
});
