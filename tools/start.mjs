#!/usr/bin/env node
// `npm start`: builds the API and the dashboard when their sources changed (Nx caches the rest), then serves both
// on one port. The SQLite file is created and migrated on first run and filled with demo data while empty.
import { spawnSync, spawn } from 'node:child_process';

const env = { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false' };
const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'dashboard', '--output-style=static'], { stdio: 'inherit', env });
if (build.status !== 0) {
  process.stderr.write('The build failed; see the output above.\n');
  process.exit(build.status ?? 1);
}
const server = spawn(process.execPath, ['dist/apps/api/main.js'], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code) => process.exit(code ?? 0));
