import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { DatabaseConfig } from '@rapport/api-core';
import { ScoringWorker } from '@rapport/api-scoring';
import { ImportRecovery } from '@rapport/api-ingestion';
import { createTestApi, seedVendor, TestApi } from '@rapport/api-testing';

const CLI = resolve(__dirname, '../../../../../tools/cli.mjs');

export interface CliExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliRun {
  child: ChildProcess;
  done: Promise<CliExit>;
}

/** Starts `npm run cli -- <args>` as its own process, as an operator would. */
export function runCli(args: string[], env: NodeJS.ProcessEnv): CliRun {
  const child = spawn(process.execPath, [CLI, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<CliExit>((resolveDone) => child.on('exit', (code, signal) => resolveDone({ code, signal, stdout, stderr })));
  return { child, done };
}

/** The last line the command printed on stdout, as JSON (the finished job or the rescore counts). */
export function lastJson(exit: CliExit): Record<string, unknown> {
  const line = exit.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line);
  } catch {
    throw new Error(`the command exited with ${exit.code ?? exit.signal} without JSON on stdout; stderr:\n${exit.stderr.slice(-2000)}`);
  }
}

/** The environment that points the command line at the test API's database, as DATABASE_URL reaches production. */
export function cliEnv(api: TestApi): NodeJS.ProcessEnv {
  return { ...process.env, DATABASE_URL: databaseUrl(api.database), DEMO_DATA: 'false', LOG_LEVEL: 'error' };
}

function databaseUrl(database: DatabaseConfig): string {
  return database.kind === 'sqlite' ? `sqlite:${database.file}` : `${database.url}${database.url.includes('?') ? '&' : '?'}schema=${database.schema}`;
}

/**
 * Keeps the test API from writing on its own while a command-line process works on the same database: its scoring
 * sweep would score what the command stores, and its recovery sweep would take over an interrupted import that the
 * test wants the command itself to resume.
 */
export async function quietBackgroundWork(api: TestApi): Promise<void> {
  api.app.get(ImportRecovery).onModuleDestroy();
  const scoring = api.app.get(ScoringWorker);
  scoring.pause();
  await scoring.idle();
}

/** What a test of the command line beside a running API works with: the API, and a folder for the files to import. */
export interface BesideTheApi {
  api: TestApi;
  dir: string;
}

/**
 * Registers, for the enclosing describe, a fresh test API with its background work quiet and a vendor `acme`, and a
 * fresh folder, both removed after each test. Read them from the returned object inside tests.
 */
export function besideTheApi(folderPrefix: string): BesideTheApi {
  const fixture = {} as BesideTheApi;
  beforeEach(async () => {
    fixture.api = await createTestApi();
    await quietBackgroundWork(fixture.api);
    await seedVendor(fixture.api, { slug: 'acme' });
    fixture.dir = mkdtempSync(join(tmpdir(), folderPrefix));
  });
  afterEach(async () => {
    await fixture.api.close();
    rmSync(fixture.dir, { recursive: true, force: true });
  });
  return fixture;
}
