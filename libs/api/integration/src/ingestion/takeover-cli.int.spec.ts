import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliEnv, lastJson, runCli } from '../cli/cli-process';
import { CLI_REFUSAL, takeoverWorld, ticket } from './takeover-world';

jest.setTimeout(300_000);

describe('ingestion keys conversations by vendor: one vendor’s writes never reveal or change another vendor’s data: the command line’s --vendor', () => {
  const w = takeoverWorld();

  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rapport-takeover-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function cliImport(
    name: string,
    record: object,
    vendorArgs: string[],
  ): Promise<{ code: number | null; job: Record<string, unknown>; errors: string }> {
    const file = join(dir, name);
    const errors = join(dir, `${name}.errors.csv`);
    writeFileSync(file, JSON.stringify(record) + '\n');
    const exit = await runCli(
      ['import', file, '--format', 'jsonl', '--source', 'crm', ...vendorArgs, '--no-score', '--errors', errors],
      cliEnv(w.api),
    ).done;
    // The command writes the errors file only when there are errors.
    return { code: exit.code, job: lastJson(exit), errors: existsSync(errors) ? readFileSync(errors, 'utf8') : '' };
  }

  it('binds the import to that vendor: another vendor’s id is its own, a record of another vendor is refused', async () => {
    const onTaken = await cliImport('taken.jsonl', ticket('x-1', 'alpha', 'Alpha’s own x-1'), ['--vendor', 'alpha']);
    expect(onTaken.code).toBe(0);
    expect(onTaken.job).toMatchObject({
      status: 'completed',
      counts: { received: 1, created: 1, updated: 0, unchanged: 0, failed: 0 },
      errorCount: 0,
    });
    const onFree = await cliImport('free.jsonl', ticket('x-free', 'alpha'), ['--vendor', 'alpha']);
    expect(onFree.errors).toBe(onTaken.errors);
    expect(onFree.job['counts']).toEqual(onTaken.job['counts']);
    const named = await cliImport('named.jsonl', ticket('x-1', 'beta', 'Replaced'), ['--vendor', 'alpha']);
    expect(named.job['counts']).toMatchObject({ received: 1, created: 0, failed: 1 });
    expect(named.errors).toBe(`kind,line,item,field,reason\r\nerror,1,,vendor,${CLI_REFUSAL}\r\n`);
    const namedFree = await cliImport('named-free.jsonl', ticket('x-new', 'beta'), ['--vendor', 'alpha']);
    expect(namedFree.errors).toBe(named.errors);
    expect(await w.rowsOf(w.betaId)).toEqual(w.betaBefore);
    expect((await w.rowsOf(w.alphaId))['conversations']).toHaveLength(2);
  });

  it('refuses an unknown --vendor before reading the file', async () => {
    const file = join(dir, 'any.jsonl');
    writeFileSync(file, JSON.stringify(ticket('x-new', 'alpha')) + '\n');
    const exit = await runCli(
      ['import', file, '--format', 'jsonl', '--source', 'crm', '--vendor', 'no-such-vendor', '--no-score'],
      cliEnv(w.api),
    ).done;
    expect(exit.code).toBe(2);
    expect(exit.stderr).toContain('unknown vendor "no-such-vendor"');
    expect(await w.rowsOf(w.betaId)).toEqual(w.betaBefore);
  });

  it('without --vendor, never moves a conversation between vendors', async () => {
    const file = join(dir, 'move.jsonl');
    const errors = join(dir, 'move.errors.csv');
    writeFileSync(file, JSON.stringify(ticket('x-1', 'alpha', 'Moved')) + '\n');
    const exit = await runCli(
      ['import', file, '--format', 'jsonl', '--source', 'crm', '--no-score', '--errors', errors],
      cliEnv(w.api),
    ).done;
    expect(lastJson(exit)).toMatchObject({ status: 'completed', counts: { received: 1, failed: 1 } });
    expect(readFileSync(errors, 'utf8')).toBe(
      'kind,line,item,field,reason\r\nerror,1,,vendor,"conversation ""x-1"" of source ""crm"" belongs to vendor ""beta""; ingestion never moves a conversation to another vendor"\r\n',
    );
    expect(await w.rowsOf(w.betaId)).toEqual(w.betaBefore);
  });
});
