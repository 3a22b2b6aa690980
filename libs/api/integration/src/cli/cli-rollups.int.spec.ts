import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RollupMaintainer } from '@rapport/api-analytics';
import { buildConversation, createTestApi, getJson, loginAs, seedVendor, TestApi } from '@rapport/api-testing';
import { rollupRows } from '../analytics/rollup-rows';
import { cliEnv, lastJson, quietBackgroundWork, runCli } from './cli-process';

jest.setTimeout(300_000);

const CONVERSATIONS = 12;

describe('command line and the analytics rollups', () => {
  let api: TestApi;
  let dir: string;
  let admin: Record<string, string>;

  beforeEach(async () => {
    api = await createTestApi();
    // Only the command line writes, so what the dashboard shows comes from its own rollup maintenance.
    await quietBackgroundWork(api);
    await seedVendor(api, { slug: 'acme' });
    admin = (await loginAs(api, 'admin')).headers;
    dir = mkdtempSync(join(tmpdir(), 'rapport-cli-'));
  });
  afterEach(async () => {
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refreshes the rollups on import and on rescore, so the dashboard shows command-line data at once', async () => {
    const file = join(dir, 'march.jsonl');
    const lines = Array.from({ length: CONVERSATIONS }, (_, i) => {
      const at = (minute: number) => new Date(Date.UTC(2026, 2, 2 + (i % 5), 9) + minute * 60_000).toISOString();
      return JSON.stringify(
        buildConversation({
          vendor: 'acme',
          externalId: `cli-${i}`,
          language: 'en',
          messages: [
            { role: 'customer', at: at(0), text: 'Hello, my parcel has not arrived yet.' },
            { role: 'agent', at: at(2), text: 'Hello, thank you for your patience. I am checking it now.', agentId: `agent-${i % 3}` },
          ],
        }),
      );
    });
    writeFileSync(file, lines.join('\n') + '\n');

    const imported = await runCli(['import', file, '--format', 'jsonl'], cliEnv(api)).done;
    expect(imported.code).toBe(0);
    // Scored in the batches that stored them: the pass after the import finds nothing left pending.
    expect(lastJson(imported)).toMatchObject({ status: 'completed', counts: { created: CONVERSATIONS }, scoring: { rescored: 0 } });

    const scorecard = await getJson(api, '/api/analytics/scorecard?month=2026-03', admin);
    expect(scorecard.status).toBe(200);
    expect(scorecard.body.rows).toHaveLength(1);
    expect(scorecard.body.rows[0]).toMatchObject({ vendor: { slug: 'acme' }, volume: { current: CONVERSATIONS } });
    expect(scorecard.body.rows[0].metrics.courtesy.current.n).toBe(CONVERSATIONS);

    const rescored = await runCli(['rescore', '--all'], cliEnv(api)).done;
    expect(rescored.code).toBe(0);
    expect(lastJson(rescored)).toMatchObject({ scope: 'all', rescored: CONVERSATIONS });

    // What the command line maintained equals a rebuild of every rollup from scratch.
    const maintained = await rollupRows(api);
    expect(maintained.length).toBeGreaterThan(0);
    await api.dataSource.transaction((manager) => api.app.get(RollupMaintainer).rebuild(manager));
    expect(await rollupRows(api)).toEqual(maintained);
  });
});
