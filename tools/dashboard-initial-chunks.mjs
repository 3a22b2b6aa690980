#!/usr/bin/env node
/**
 * Reads the dashboard's production build stats (dist/apps/dashboard/stats.json) and checks its first download:
 * the files a browser must fetch before the app starts. Prints their raw and compressed sizes and biggest modules, and
 * fails when one of them holds a module that belongs to a lazy page (zod, chart.js, forms, a feature library) or
 * when the app's eager code imports a whole dashboard library instead of the shell's own entry points.
 *   node tools/dashboard-initial-chunks.mjs [path/to/stats.json]
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const statsFile = resolve(process.argv[2] ?? join(root, 'dist/apps/dashboard/stats.json'));
const { inputs, outputs } = JSON.parse(readFileSync(statsFile, 'utf8'));
const browserDir = join(dirname(statsFile), 'browser');

// Packages and libraries only pages use; in the first download they would slow every sign-in.
const LAZY_ONLY = [
  'node_modules/zod/',
  'node_modules/chart.js/',
  'node_modules/ng2-charts/',
  'node_modules/@angular/forms/',
  'node_modules/@angular/animations/',
  'libs/dashboard/feature-',
  'libs/dashboard/ui-charts/',
];
// Whole-library barrels: an eager import of one keeps every component or store of the library in the first
// download (each is kept for its decorators' side effects). The shell imports `/shell` and `/session` instead.
const BARRELS = ['libs/dashboard/ui/src/index.ts', 'libs/dashboard/data-access/src/index.ts'];

/** Every node reachable from `starts` through static imports (dynamic imports are the lazy pages). */
function staticClosure(starts, graph) {
  const seen = new Set();
  const queue = [...starts];
  while (queue.length > 0) {
    const node = queue.pop();
    if (seen.has(node) || !graph[node]) {
      continue;
    }
    seen.add(node);
    for (const edge of graph[node].imports ?? []) {
      if (edge.kind !== 'dynamic-import' && !edge.external) {
        queue.push(edge.path);
      }
    }
  }
  return seen;
}

const MAIN = 'apps/dashboard/src/main.ts';
if (!inputs[MAIN]) {
  console.error(`${statsFile} does not name ${MAIN}: is it the dashboard's build?`);
  process.exit(1);
}
const entries = Object.entries(outputs)
  .filter(([, output]) => output.entryPoint === MAIN || output.entryPoint?.startsWith('angular:styles/global'))
  .map(([file]) => file);
const initialFiles = [...staticClosure(entries, outputs)].filter((file) => !file.endsWith('.map'));

const moduleBytes = new Map();
for (const file of initialFiles) {
  for (const [input, { bytesInOutput }] of Object.entries(outputs[file].inputs ?? {})) {
    moduleBytes.set(input, (moduleBytes.get(input) ?? 0) + bytesInOutput);
  }
}

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
let raw = 0;
let gzip = 0;
let brotli = 0;
for (const file of initialFiles) {
  const content = readFileSync(join(browserDir, file));
  raw += content.length;
  gzip += gzipSync(content).length;
  brotli += brotliCompressSync(content).length;
}
console.log(
  `Dashboard first download: ${initialFiles.length} files, ${kB(raw)} raw, ${kB(gzip)} gzip, ${kB(brotli)} brotli`,
);
const biggest = [...moduleBytes].sort((a, b) => b[1] - a[1]).slice(0, 12);
for (const [input, bytes] of biggest) {
  console.log(`  ${kB(bytes).padStart(10)}  ${input.replace(/^.*node_modules\//, '')}`);
}

// Workspace paths as the build names them; packages from wherever node_modules resolves.
const modules = [...moduleBytes.keys()].map((input) => input.replace(/^.*node_modules\//, 'node_modules/'));
const problems = [];
for (const prefix of LAZY_ONLY) {
  const found = modules.filter((input) => input.startsWith(prefix));
  if (found.length > 0) {
    problems.push(
      `${found.length} modules of ${prefix} are in the first download (${found[0]}…); only lazy pages may import them`,
    );
  }
}
const eagerSources = staticClosure([MAIN], inputs);
for (const barrel of BARRELS.filter((file) => eagerSources.has(file))) {
  problems.push(`the app's eager code imports ${barrel}; import the shell's entry point of that library instead`);
}

if (problems.length > 0) {
  console.error(problems.map((problem) => `  - ${problem}`).join('\n'));
  process.exit(1);
}
