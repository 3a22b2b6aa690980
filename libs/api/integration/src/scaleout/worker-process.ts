import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { Redis } from 'ioredis';
import type { AppConfig, RedisConfig } from '@rapport/api-core';
import type { TestApi } from '@rapport/api-testing';
import { cliEnv } from '../cli/cli-process';

const ROOT = resolve(__dirname, '../../../../..');
export const REDIS_URL = process.env['RAPPORT_TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/** A key prefix of its own per test, so parallel runs on the machine's Redis never see each other's jobs. */
export function testRedis(): RedisConfig {
  // A worker killed mid-job hands it over after this lock; short, so the takeover happens within the test.
  return { url: REDIS_URL, prefix: `rapport-test-${randomUUID().slice(0, 8)}`, jobLockMs: 2_000 };
}

/** What a test API needs to queue its jobs in Redis instead of running them. */
export function redisOverrides(redis: RedisConfig): Partial<AppConfig> {
  return { redis, redisUrl: redis.url };
}

export interface WorkerProcess {
  child: ChildProcess;
  /** What the worker wrote on stderr (warnings and errors), for failure messages. */
  output: () => string;
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/** Starts `npm run worker` as its own process on the test API's database and Redis prefix, as an operator would. */
export function startWorkerProcess(api: TestApi, redis: RedisConfig, name: string, env: NodeJS.ProcessEnv = {}): WorkerProcess {
  return startNodeProcess('apps/worker/src/main.ts', {
    ...cliEnv(api),
    REDIS_URL: redis.url,
    REDIS_PREFIX: redis.prefix,
    JOB_LOCK_SECONDS: String(redis.jobLockMs / 1000),
    LOG_LEVEL: 'warn',
    PGAPPNAME: name,
    ...env,
  });
}

/** Starts one of the apps' entry points from source as its own process. */
export function startNodeProcess(entry: string, env: NodeJS.ProcessEnv): WorkerProcess {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', entry], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return {
    child,
    output: () => output,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}

/** Waits until `check` holds, polling; fails with `what` after the deadline. */
export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 120_000, everyMs = 25): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((done) => setTimeout(done, everyMs));
  }
}

/** Drops every Redis connection of this prefix (the API's and the workers'), as a network cut or failover would. */
export async function killRedisClients(redis: RedisConfig): Promise<number> {
  const admin = new Redis(redis.url);
  try {
    const list = String(await admin.client('LIST'));
    const ids = list
      .split('\n')
      .filter((line) => / name=(\S+)/.exec(line)?.[1]?.startsWith(redis.prefix))
      .map((line) => /(?:^| )id=(\d+)/.exec(line)?.[1])
      .filter((id): id is string => id !== undefined);
    for (const id of ids) {
      await admin.client('KILL', 'ID', id).catch(() => undefined);
    }
    return ids.length;
  } finally {
    admin.disconnect();
  }
}

/** Removes every key of this prefix. */
export async function dropRedisKeys(redis: RedisConfig): Promise<void> {
  const admin = new Redis(redis.url);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await admin.scan(cursor, 'MATCH', `${redis.prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) {
        await admin.del(...keys);
      }
    } while (cursor !== '0');
  } finally {
    admin.disconnect();
  }
}
