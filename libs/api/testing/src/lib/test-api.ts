import { DynamicModule, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig, DatabaseConfig, JsonLogger, loadAppConfig, parseDatabaseUrl } from '@rapport/api-core';
import { ApiModule, configureHttpApp } from '@rapport/api-shell';

@Module({})
class TestRootModule {}

export interface TestApi {
  app: NestExpressApplication;
  /** Base URL of the real HTTP server, e.g. http://127.0.0.1:41234 */
  url: string;
  dataSource: DataSource;
  database: DatabaseConfig;
  close(): Promise<void>;
}

/**
 * Boots the whole API on a real HTTP port against a fresh database: a temporary SQLite file by default,
 * or a fresh schema in PostgreSQL when DATABASE_URL points there (the CI's PostgreSQL pass).
 */
export async function createTestApi(overrides: Partial<AppConfig> = {}, extra: { imports?: Type[] } = {}): Promise<TestApi> {
  const { database, dispose } = await freshDatabase();
  const config: AppConfig = {
    ...loadAppConfig({}),
    port: 0,
    host: '127.0.0.1',
    database,
    demoData: false,
    dashboardDir: join(tmpdir(), 'rapport-no-dashboard'),
    logLevel: 'error',
    corsOrigins: [],
    // Tests sign in many users from one address; the rate-limit tests set their own limits.
    rateLimits: { loginPerMinute: 1_000, ingestionPerMinute: 100_000 },
    ...overrides,
  };
  // Extra modules let a test mount a probe controller beside the real ones (e.g. one without an access policy).
  const root: DynamicModule = extra.imports?.length ? { module: TestRootModule, imports: [ApiModule.forRoot(config), ...extra.imports] } : ApiModule.forRoot(config);
  const app = await NestFactory.create<NestExpressApplication>(root, { logger: new JsonLogger('error'), bodyParser: false });
  configureHttpApp(app, config);
  await app.listen(0, '127.0.0.1');
  await assertEngine(app.get(DataSource), database.kind);
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    url: `http://127.0.0.1:${address.port}`,
    dataSource: app.get(DataSource),
    database,
    close: async () => {
      await app.close();
      await dispose();
    },
  };
}

/** The engine a test run asked for (`RAPPORT_TEST_DATABASE`, set by the test runner for each pass), if any. */
export function expectedTestEngine(): DatabaseConfig['kind'] | undefined {
  const expected = process.env['RAPPORT_TEST_DATABASE'];
  if (expected !== undefined && expected !== 'sqlite' && expected !== 'postgres') {
    throw new Error(`RAPPORT_TEST_DATABASE must be sqlite or postgres, not "${expected}"`);
  }
  return expected;
}

/**
 * Fails the test when the database that answers is not the engine the run asked for: a PostgreSQL pass that quietly
 * ran on SQLite would otherwise look green. Asks the database itself, not the configuration.
 */
async function assertEngine(dataSource: DataSource, configured: DatabaseConfig['kind']): Promise<void> {
  const expected = expectedTestEngine() ?? configured;
  const [row] = await dataSource.query(dataSource.options.type === 'postgres' ? 'SELECT version() AS version' : "SELECT 'SQLite ' || sqlite_version() AS version");
  const version = String(row?.version ?? '');
  const running = version.startsWith('PostgreSQL ') ? 'postgres' : version.startsWith('SQLite ') ? 'sqlite' : 'unknown';
  if (running !== expected || configured !== expected) {
    throw new Error(`the tests asked for ${expected} but run on ${running} (${version}), configured as ${configured}`);
  }
}

async function freshDatabase(): Promise<{ database: DatabaseConfig; dispose: () => Promise<void> }> {
  const url = process.env['DATABASE_URL'];
  if (url) {
    const base = parseDatabaseUrl(url);
    if (base.kind !== 'postgres') {
      // Every test gets a fresh SQLite file of its own; a DATABASE_URL is only for the PostgreSQL pass.
      throw new Error(`DATABASE_URL is set for the tests but does not point at PostgreSQL: ${url.split('@').pop()}`);
    }
    const schema = `t_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
    await withClient(base.url, (client) => client.query(`CREATE SCHEMA ${schema}`));
    return {
      database: { kind: 'postgres', url: base.url, schema },
      dispose: async () => {
        await withClient(base.url, (client) => client.query(`DROP SCHEMA ${schema} CASCADE`));
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'rapport-test-'));
  return {
    database: { kind: 'sqlite', file: join(dir, 'rapport.sqlite') },
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function withClient<T>(url: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
