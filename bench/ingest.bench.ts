/**
 * Ingestion throughput: end-to-end file imports (JSON Lines and message CSV: read, parse, validate, hash, store with
 * counts and resume cursor, one transaction per batch) against the raw rate of inserting the same rows into the same
 * database with the driver alone (node-sqlite3, multi-row prepared INSERTs in one transaction), in the same run.
 * Each phase runs in its own process on a fresh SQLite database, started like `npm run cli` (tools/cli.mjs, with the
 * collector setting of the processes that import), so peak RSS is the phase's own and what an import really needs.
 * Prints one JSON object. Run: npm run bench:ingest   (BENCH_CONVERSATIONS, BENCH_MESSAGES_PER, BENCH_HEAP_MB to vary;
 * BENCH_FORMATS=csv imports one format only, e.g. for a 1 GB file: BENCH_CONVERSATIONS=800000 BENCH_FORMATS=csv).
 * BENCH_SCORE_ALL=1 also measures end to end: from the first byte of the import to every conversation scored and in
 * the rollups (`endToEnd`, its ratio to raw). BENCH_DATABASE=postgres runs every phase on PostgreSQL (DATABASE_URL),
 * each in a fresh schema, the raw phase with node-postgres.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import sqlite3 from 'sqlite3';
import type { DatabaseConfig } from '@rapport/api-core';
import { DataSource } from 'typeorm';
import { conversationContentHash } from '@rapport/api-conversations';
import { commandLineDataSourceOptions, commandLineServices } from '../apps/cli/src/commands/cli-database';
import { benchConversation, BENCH_VENDORS, writeBenchFiles } from './ingest-data';

const CONVERSATIONS = Number(process.env['BENCH_CONVERSATIONS'] ?? 100_000);
const MESSAGES_PER = Number(process.env['BENCH_MESSAGES_PER'] ?? 10);
/** Conversations scored after the import to measure the scoring worker's rate (all of them would take minutes). */
const SCORING_SAMPLE = Number(process.env['BENCH_SCORING_SAMPLE'] ?? 3_000);
const RAW_ROWS_PER_STATEMENT = 500;
/** An optional V8 heap limit for the import phases (MB), to see how they fare on a small machine; 0: none. */
const HEAP_MB = Number(process.env['BENCH_HEAP_MB'] ?? 0);
const FORMATS = (process.env['BENCH_FORMATS'] ?? 'jsonl,csv').split(',');
const SCORE_ALL = process.env['BENCH_SCORE_ALL'] === '1';
const POSTGRES = process.env['BENCH_DATABASE'] === 'postgres';
const TARGET_RATIO = 1 / 3;
const RSS_LIMIT_MB = 300;

interface PhaseResult {
  seconds: number;
  rows: number;
  peakRssMb: number;
  [key: string]: unknown;
}

/** A phase's database: a SQLite file, or on PostgreSQL a schema named after it. */
function databaseOf(name: string): DatabaseConfig {
  if (!POSTGRES) {
    return { kind: 'sqlite', file: name };
  }
  return { kind: 'postgres', url: process.env['DATABASE_URL'] as string, schema: `bench_${name.replace(/[^a-z0-9]/gi, '_').slice(-40).toLowerCase()}` };
}

async function migratedDatabase(file: string): Promise<DataSource> {
  const database = databaseOf(file);
  if (database.kind === 'postgres') {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${database.schema} CASCADE`);
    await client.query(`CREATE SCHEMA ${database.schema}`);
    await client.end();
  }
  const dataSource = new DataSource(commandLineDataSourceOptions(database));
  await dataSource.initialize();
  const p = (index: number) => (POSTGRES ? `$${index + 1}` : '?');
  for (const slug of BENCH_VENDORS) {
    await dataSource.query(
      `INSERT INTO vendors (id, slug, name, country, time_zone, sites, business_hours, expected_formality, created_at) VALUES (${p(0)}, ${p(1)}, ${p(2)}, 'PT', 'Europe/Lisbon', '[]', ${p(3)}, '{}', ${p(4)})`,
      [randomUUID(), slug, slug, JSON.stringify({ 1: [[480, 1080]], 2: [[480, 1080]], 3: [[480, 1080]], 4: [[480, 1080]], 5: [[480, 1080]] }), new Date().toISOString()],
    );
  }
  return dataSource;
}

function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** The driver alone: the same conversation and message rows, multi-row prepared INSERTs, one transaction. */
async function rawPhase(file: string): Promise<PhaseResult> {
  const setup = await migratedDatabase(file);
  const vendorIds = new Map<string, string>((await setup.query('SELECT id, slug FROM vendors')).map((row: { id: string; slug: string }) => [row.slug, row.id]));
  // The import creates the agents it meets; here they exist beforehand so messages carry the same agent ids.
  const agentIds = new Map<string, string>();
  for (const [slug, vendorId] of vendorIds) {
    for (let agent = 0; agent < 40; agent++) {
      const id = randomUUID();
      agentIds.set(`${slug}/agent-${agent}`, id);
      await setup.query(`INSERT INTO agents (id, vendor_id, external_id, display_name) VALUES (${POSTGRES ? '$1, $2, $3' : '?, ?, ?'}, NULL)`, [id, vendorId, `agent-${agent}`]);
    }
  }
  await setup.destroy();
  const driver = await rawDriver(file);
  const { run, prepare, execute } = driver;
  const conversationColumns = 22;
  const messageColumns = 8;
  const values = (rows: number, columns: number) =>
    Array.from({ length: rows }, (_, row) => `(${Array.from({ length: columns }, (_, column) => (POSTGRES ? `$${row * columns + column + 1}` : '?')).join(', ')})`).join(', ');
  const conversationSql = (rows: number) =>
    `INSERT INTO conversations (id, source, external_id, vendor_id, channel, queue, site, declared_language, language, created_at, closed_at, tags, content_hash, message_count, score_status, scorer_version, responsiveness, courtesy, comprehension, overall, first_response_seconds, updated_at) VALUES ${values(rows, conversationColumns)}`;
  const messageSql = (rows: number) => `INSERT INTO messages (conversation_id, position, author_role, agent_id, sent_at, text, is_internal, language) VALUES ${values(rows, messageColumns)}`;
  const fullConversations = await prepare(conversationSql(RAW_ROWS_PER_STATEMENT));
  type Statement = typeof fullConversations;
  const fullMessages = await prepare(messageSql(RAW_ROWS_PER_STATEMENT));
  const now = new Date().toISOString();
  let insertMs = 0;
  let rows = 0;
  const timed = async (work: () => Promise<void>) => {
    const started = performance.now();
    await work();
    insertMs += performance.now() - started;
  };
  const flush = async (pending: unknown[][], full: Statement, sql: (n: number) => string) => {
    for (let start = 0; start + RAW_ROWS_PER_STATEMENT <= pending.length; start += RAW_ROWS_PER_STATEMENT) {
      const chunk = pending.slice(start, start + RAW_ROWS_PER_STATEMENT).flat();
      await timed(() => execute(full, chunk));
    }
    const rest = pending.length % RAW_ROWS_PER_STATEMENT;
    if (rest > 0) {
      const tail = await prepare(sql(rest));
      await timed(() => execute(tail, pending.slice(pending.length - rest).flat()));
    }
    rows += pending.length;
  };
  await timed(() => run('BEGIN'));
  for (let start = 0; start < CONVERSATIONS; start += 1000) {
    // Rows are built outside the timed part: this phase measures the driver and the database only.
    const conversations: unknown[][] = [];
    const messages: unknown[][] = [];
    for (let index = start; index < Math.min(CONVERSATIONS, start + 1000); index++) {
      const conversation = benchConversation(index, MESSAGES_PER);
      const id = randomUUID();
      conversations.push([
        id, conversation.source, conversation.externalId, vendorIds.get(conversation.vendor), conversation.channel, null, null,
        conversation.language, conversation.language, conversation.createdAt, conversation.closedAt, JSON.stringify(conversation.tags),
        conversationContentHash(conversation), conversation.messages.length, 'pending', null, null, null, null, null, null, now,
      ]);
      conversation.messages.forEach((message, position) =>
        messages.push([id, position, message.role, message.agentId ? agentIds.get(`${conversation.vendor}/${message.agentId}`) : null, message.at, message.text, POSTGRES ? false : 0, null]),
      );
    }
    await flush(conversations, fullConversations, conversationSql);
    await flush(messages, fullMessages, messageSql);
  }
  await timed(() => run('COMMIT'));
  await driver.close();
  return { seconds: insertMs / 1000, rows, rowsPerSecond: Math.round(rows / (insertMs / 1000)), peakRssMb: peakRssMb() };
}

interface RawDriver {
  run(sql: string): Promise<void>;
  prepare(sql: string): Promise<{ sql: string; statement?: sqlite3.Statement }>;
  execute(statement: { sql: string; statement?: sqlite3.Statement }, params: unknown[]): Promise<void>;
  close(): Promise<void>;
}

/** The driver alone: node-sqlite3 prepared statements, or node-postgres with the same multi-row statements. */
async function rawDriver(file: string): Promise<RawDriver> {
  const database = databaseOf(file);
  if (database.kind === 'postgres') {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    await client.query(`SET search_path TO ${database.schema}`);
    return {
      run: async (sql) => void (await client.query(sql)),
      prepare: async (sql) => ({ sql }),
      execute: async ({ sql }, params) => void (await client.query(sql, params)),
      close: () => client.end(),
    };
  }
  const db = new sqlite3.Database(file);
  const run = (sql: string) => new Promise<void>((resolve, reject) => db.run(sql, [], (error) => (error ? reject(error) : resolve())));
  await run('PRAGMA journal_mode = WAL');
  await run('PRAGMA foreign_keys = ON');
  const statements: sqlite3.Statement[] = [];
  return {
    run,
    prepare: (sql) =>
      new Promise((resolve, reject) => {
        const statement = db.prepare(sql, (error) => (error ? reject(error) : resolve({ sql, statement })));
        statements.push(statement);
      }),
    execute: ({ statement }, params) => new Promise<void>((resolve, reject) => (statement as sqlite3.Statement).run(params, (error) => (error ? reject(error) : resolve()))),
    close: async () => {
      statements.forEach((statement) => statement.finalize());
      await new Promise<void>((resolve) => db.close(() => resolve()));
    },
  };
}

/**
 * The product path: the import the command line runs (the API's is the same), analytics rollups included, then a
 * scoring sample.
 */
async function importPhase(file: string, path: string, format: 'jsonl' | 'message-csv'): Promise<PhaseResult> {
  const dataSource = await migratedDatabase(file);
  const services = commandLineServices(dataSource);
  services.scoring.pause();
  const started = performance.now();
  const { job } = await services.files.import(path, format, {});
  const seconds = (performance.now() - started) / 1000;
  const importRssMb = peakRssMb();
  const [{ messages }] = await dataSource.query('SELECT COUNT(*) AS messages FROM messages');
  const rows = job.created + Number(messages);

  const stop = new AbortController();
  const scoringStarted = performance.now();
  const scoring = await services.rescorer.rescore({
    scope: 'pending',
    batchSize: 500,
    signal: stop.signal,
    onProgress: ({ done }) => {
      if (!SCORE_ALL && done >= SCORING_SAMPLE) {
        stop.abort();
      }
    },
  });
  const scoringSeconds = (performance.now() - scoringStarted) / 1000;
  // End to end: every conversation scored (none left pending) and counted in the rollups, which follow each write.
  const [{ pending }] = await dataSource.query(`SELECT COUNT(*) AS pending FROM conversations WHERE score_status = 'pending'`);
  const endToEndSeconds = seconds + scoringSeconds;
  await dataSource.destroy();
  return {
    seconds,
    rows,
    rowsPerSecond: Math.round(rows / seconds),
    conversationsPerSecond: Math.round(job.created / seconds),
    megabytesPerSecond: Number((statSync(path).size / 1024 ** 2 / seconds).toFixed(1)),
    status: job.status,
    counts: { received: job.received, created: job.created, failed: job.failed },
    peakRssMb: importRssMb,
    ...(SCORE_ALL ? { endToEnd: { seconds: Number(endToEndSeconds.toFixed(2)), rowsPerSecond: Math.round(rows / endToEndSeconds), scoredAfterImport: scoring.rescored, leftPending: Number(pending) } } : {}),
    scoring: {
      conversations: scoring.rescored,
      conversationsPerSecond: Math.round(scoring.rescored / scoringSeconds),
      messagesPerSecond: Math.round((scoring.rescored * MESSAGES_PER) / scoringSeconds),
    },
  };
}

/** Runs a phase through tools/cli.mjs (the way `npm run cli -- import` starts), from the workspace root. */
function runPhase(args: string[], heapMb = 0): PhaseResult {
  const flags = heapMb > 0 ? [`--max-old-space-size=${heapMb}`] : [];
  const child = spawnSync(process.execPath, [...flags, 'tools/cli.mjs', '--entry', 'bench/ingest.bench.ts', ...args], {
    // As `npm run cli` sets it: glibc reads it only at process start (see libs/api/ingestion/README.md, Performance and memory).
    env: { ...process.env, MALLOC_ARENA_MAX: process.env['MALLOC_ARENA_MAX'] ?? '2' },
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.status !== 0) {
    throw new Error(`phase ${args.join(' ')} failed with ${child.status}`);
  }
  return JSON.parse(child.stdout.trim().split('\n').pop() as string) as PhaseResult;
}

async function main(args: string[]): Promise<void> {
  if (args[0] === '--phase') {
    const [, phase, db, path, format] = args;
    const result = phase === 'raw' ? await rawPhase(db as string) : await importPhase(db as string, path as string, format as 'jsonl' | 'message-csv');
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'rapport-ingest-bench-'));
  try {
    const files = { jsonl: join(dir, 'conversations.jsonl'), csv: join(dir, 'messages.csv') };
    const messages = await writeBenchFiles(files, CONVERSATIONS, MESSAGES_PER);
    const raw = runPhase(['--phase', 'raw', join(dir, 'raw.sqlite')]);
    const imported = (format: 'jsonl' | 'csv') =>
      FORMATS.includes(format) ? runPhase(['--phase', 'import', join(dir, `${format}.sqlite`), files[format], format === 'csv' ? 'message-csv' : 'jsonl'], HEAP_MB) : null;
    const jsonl = imported('jsonl');
    const csv = imported('csv');
    const rawRate = raw['rowsPerSecond'] as number;
    const ratio = (phase: PhaseResult) => Number(((phase['rowsPerSecond'] as number) / rawRate).toFixed(3));
    const endToEndRatio = (phase: PhaseResult) => {
      const endToEnd = phase['endToEnd'] as { rowsPerSecond: number } | undefined;
      return endToEnd ? { endToEndRatioToRaw: Number((endToEnd.rowsPerSecond / rawRate).toFixed(3)) } : {};
    };
    const judged = (phase: PhaseResult | null) => (phase ? { ...phase, ratioToRaw: ratio(phase), ...endToEndRatio(phase) } : 'not run (BENCH_FORMATS)');
    const passes = (phase: PhaseResult | null) => phase === null || (ratio(phase) >= TARGET_RATIO && phase.peakRssMb < RSS_LIMIT_MB);
    const report = {
      benchmark: 'ingest',
      database: POSTGRES ? 'postgres' : 'sqlite',
      conversations: CONVERSATIONS,
      messages,
      files: { jsonlMb: Math.round(statSync(files.jsonl).size / 1024 ** 2), csvMb: Math.round(statSync(files.csv).size / 1024 ** 2) },
      raw,
      jsonl: judged(jsonl),
      csv: judged(csv),
      heapLimitMb: HEAP_MB > 0 ? HEAP_MB : 'none',
      targets: { ratioToRaw: Number(TARGET_RATIO.toFixed(3)), peakRssMb: RSS_LIMIT_MB },
      pass: passes(jsonl) && passes(csv),
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    if (POSTGRES) {
      const client = new Client({ connectionString: process.env['DATABASE_URL'] });
      await client.connect();
      for (const name of ['raw.sqlite', 'jsonl.sqlite', 'csv.sqlite']) {
        const database = databaseOf(join(dir, name));
        await client.query(`DROP SCHEMA IF EXISTS ${database.kind === 'postgres' ? database.schema : ''} CASCADE`);
      }
      await client.end();
    }
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
