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

export interface TestApiExtras {
  /** Modules mounted beside the real ones (e.g. a probe controller without an access policy). */
  imports?: Type[];
  /** Receives every JSON log line at the configured `logLevel` (the default discards all but errors). */
  log?: (line: string) => void;
}

interface TestDatabase {
  database: DatabaseConfig;
  dispose: () => Promise<void>;
}

/** The database each running test API owns, dropped when the last app on it closes. */
const ownedDatabases = new WeakMap<TestApi, TestDatabase>();

/**
 * Boots the whole API on a real HTTP port against a fresh database: a temporary SQLite file by default,
 * or a fresh schema in PostgreSQL when DATABASE_URL points there (the CI's PostgreSQL pass).
 */
export async function createTestApi(overrides: Partial<AppConfig> = {}, extra: TestApiExtras = {}): Promise<TestApi> {
  return bootTestApi(await freshDatabase(), overrides, extra);
}

/**
 * Stops `previous` and starts the API again on the same database, as a restart with other settings would
 * (e.g. demo mode on a database that already holds data). Closing the new one drops the database.
 */
export async function restartTestApi(
  previous: TestApi,
  overrides: Partial<AppConfig> = {},
  extra: TestApiExtras = {},
): Promise<TestApi> {
  const owned = ownedDatabases.get(previous);
  if (!owned) {
    throw new Error(
      'restartTestApi: the previous test API was not made by createTestApi or has been restarted already',
    );
  }
  ownedDatabases.delete(previous);
  await previous.app.close();
  return bootTestApi(owned, overrides, extra);
}

async function bootTestApi(owned: TestDatabase, overrides: Partial<AppConfig>, extra: TestApiExtras): Promise<TestApi> {
  const config: AppConfig = {
    ...loadAppConfig({}),
    port: 0,
    host: '127.0.0.1',
    database: owned.database,
    demoData: false,
    dashboardDir: join(tmpdir(), 'rapport-no-dashboard'),
    logLevel: 'error',
    corsOrigins: [],
    // Tests sign in many users from one address; the rate-limit tests set their own limits.
    rateLimits: { loginPerMinute: 1_000, ingestionPerMinute: 100_000 },
    ...overrides,
  };
  // Extra modules let a test mount a probe controller beside the real ones (e.g. one without an access policy).
  const root: DynamicModule = extra.imports?.length
    ? {
        module: TestRootModule,
        imports: [ApiModule.forRoot(config), ...extra.imports],
      }
    : ApiModule.forRoot(config);
  const logger = extra.log ? new JsonLogger(config.logLevel, extra.log) : new JsonLogger('error');
  const app = await NestFactory.create<NestExpressApplication>(root, {
    logger,
    bodyParser: false,
  });
  configureHttpApp(app, config);
  await app.listen(0, '127.0.0.1');
  await assertEngine(app.get(DataSource), owned.database.kind);
  const address = app.getHttpServer().address() as { port: number };
  const api: TestApi = {
    app,
    url: `http://127.0.0.1:${address.port}`,
    dataSource: app.get(DataSource),
    database: owned.database,
    close: async () => {
      await app.close();
      if (ownedDatabases.get(api) === owned) {
        ownedDatabases.delete(api);
        await owned.dispose();
      }
    },
  };
  ownedDatabases.set(api, owned);
  return api;
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

async function freshDatabase(): Promise<TestDatabase> {
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
