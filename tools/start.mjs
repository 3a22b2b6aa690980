#!/usr/bin/env node
// `npm start`: builds the API and the dashboard when their sources changed (Nx caches the rest), then serves both
// on one port. The SQLite file is created and migrated on first run and filled with demo data while empty.
import { spawnSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const env = { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false' };
const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'dashboard', '--output-style=static'], { stdio: 'inherit', env });
if (build.status !== 0) {
  process.stderr.write('The build failed; see the output above.\n');
  process.exit(build.status ?? 1);
}
// Memory of a large import (see tools/cli.mjs): V8 collects when the heap reaches 1.35 times its live set instead of
// up to 4 times (not a heap cap), and glibc keeps two malloc arenas instead of one per thread, each holding on to what
// the SQLite driver's threads freed (half the native memory of a 100,000-conversation import).
// Customer ids are kept only as keyed hashes (the 72-hour recontact rate): without a key of its own, a local install
// makes one once and keeps it beside its database, so that the same customer keeps the same pseudonym across restarts.
function customerIdKey() {
  if (process.env.CUSTOMER_ID_KEY) {
    return process.env.CUSTOMER_ID_KEY;
  }
  const file = 'data/customer-id.key';
  if (!existsSync(file)) {
    mkdirSync('data', { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

// Help-desk API tokens (connectors) are sealed with AES-256-GCM under CONNECTOR_SECRET_KEY: a local install makes one
// once beside its database, as for the customer-id key, so a saved token stays readable across restarts.
function connectorSecretKey() {
  if (process.env.CONNECTOR_SECRET_KEY) {
    return process.env.CONNECTOR_SECRET_KEY;
  }
  const file = 'data/connector-secret.key';
  if (!existsSync(file)) {
    mkdirSync('data', { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

const server = spawn(process.execPath, ['--heap-growing-percent=35', 'dist/apps/api/main.js'], {
  stdio: 'inherit',
  env: { ...env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2', CUSTOMER_ID_KEY: customerIdKey(), CONNECTOR_SECRET_KEY: connectorSecretKey() },
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code) => process.exit(code ?? 0));
