import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ScoringWorker } from '@rapport/api-conversations';
import { buildConversation } from '@rapport/api-testing';
import { besideTheApi, cliEnv, lastJson, runCli } from '../cli/cli-process';
import { count } from './import-helpers';

jest.setTimeout(300_000);

const CONVERSATIONS = 6000;

describe('command-line import beside a running API', () => {
  const beside = besideTheApi('rapport-beside-');

  it('waits for the API’s own writes instead of failing with a busy database', async () => {
    const { api, dir } = beside;
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
