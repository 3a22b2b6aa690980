#!/usr/bin/env node
// `npm run bench`: runs every `bench:*` script of package.json one after the other (so they do not compete for the
// two cores) and prints one JSON object keyed by benchmark. Each benchmark prints its own JSON on stdout.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const scripts = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).scripts).filter((name) => name.startsWith('bench:'));
const only = process.argv.slice(2);
const results = {};
for (const script of scripts.filter((name) => only.length === 0 || only.includes(name.slice('bench:'.length)))) {
  process.stderr.write(`running ${script}\n`);
  const run = spawnSync('npm', ['run', '-s', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
  const name = script.slice('bench:'.length);
  if (run.status !== 0) {
    results[name] = { error: `exited with ${run.status}` };
    continue;
  }
  const text = run.stdout.trim();
  try {
    results[name] = JSON.parse(text.slice(text.indexOf('{')));
  } catch {
    results[name] = { error: 'did not print JSON', output: text.slice(-500) };
  }
}
process.stdout.write(`${JSON.stringify({ node: process.version, results }, null, 2)}\n`);
