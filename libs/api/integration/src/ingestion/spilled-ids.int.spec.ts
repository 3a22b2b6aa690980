import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConversationWriter } from '@rapport/api-conversations';
import { FileImporter, ImportJobStore, ImportRunner } from '@rapport/api-ingestion';
import { buildConversation, createTestApi, loginAs, seedVendor, TestApi } from '@rapport/api-testing';
import { count, errorLines } from './import-helpers';

jest.setTimeout(120_000);

/**
 * A file with more record ids than an import keeps in memory: the rest go to sorted runs in a temporary file, and a
 * repeated id is still rejected with the line it first appeared on, however long ago.
 */
describe('duplicate ids beyond those kept in memory', () => {
  let api: TestApi;
  let dir: string;

  beforeEach(async () => {
    api = await createTestApi();
    await seedVendor(api, { slug: 'acme' });
    dir = mkdtempSync(join(tmpdir(), 'rapport-spill-'));
  });
  afterEach(async () => {
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('rejects a repeated id by its first line after the ids went to a temporary file, and stores everything else', async () => {
    const line = (externalId: string) => JSON.stringify(buildConversation({ vendor: 'acme', externalId }));
    // 1,000 conversations with 100 ids in memory: ten runs are written out before the repeats arrive.
    const lines = [
      ...Array.from({ length: 1000 }, (_, i) => line(`conv-${i}`)),
      line('conv-3'),
      line('conv-999'),
      line('conv-new'),
    ];
    const file = join(dir, 'export.jsonl');
    writeFileSync(file, lines.join('\n'));
    const importer = new FileImporter(
      api.app.get(ImportJobStore),
      api.app.get(ImportRunner),
      api.app.get(ConversationWriter),
    );

    const { job } = await importer.import(file, 'jsonl', {}, { idsInMemory: 100 });

    expect(job).toMatchObject({ status: 'completed', received: 1003, created: 1001, failed: 2 });
    const errors = await errorLines(api, (await loginAs(api, 'admin')).headers, job.id);
    expect(errors.map((error) => [error.line, error.reason])).toEqual([
      [1001, expect.stringMatching(/duplicate externalId "conv-3" \(first on line 4\)/)],
      [1002, expect.stringMatching(/duplicate externalId "conv-999" \(first on line 1000\)/)],
    ]);
    expect(await count(api, 'conversations')).toBe(1001);
  });
});
