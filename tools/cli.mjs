#!/usr/bin/env node
/**
 * Runs a TypeScript entry point of the workspace (default: the command-line app). Workspace sources are bundled
 * with esbuild into node_modules/.cache (rebuilt only when a source changed); npm packages stay external.
 *   node tools/cli.mjs score-messages < in.jsonl
 *   node tools/cli.mjs --entry bench/scoring.bench.ts
 */
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';

// Imports run here (and in the API, see tools/start.mjs). With memory to spare V8 lets the heap grow to four times
// what survived the last full collection before collecting again: an import holding 70-100 MB peaked at 440-540 MB
// RSS. Collecting at 1.35 times the live set keeps a 1 GB import near 300 MB, for no more time in the collector.
// This is not a cap: the heap still grows as far as live data needs.
setFlagsFromString('--heap-growing-percent=35');

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let entry = 'apps/cli/src/main.ts';
if (args[0] === '--entry') {
  entry = args[1];
  args.splice(0, 2);
}
// RAPPORT_CLI_CACHE: a bundle directory of one's own (inside the workspace, so that npm packages still resolve), for
// working trees that share one node_modules.
const cacheDir = process.env.RAPPORT_CLI_CACHE
  ? resolve(process.env.RAPPORT_CLI_CACHE)
  : join(root, 'node_modules/.cache/rapport-cli');
const name = relative(root, resolve(root, entry)).replace(/[^A-Za-z0-9]+/g, '_');
const outfile = join(cacheDir, `${name}.mjs`);
const inputsFile = join(cacheDir, `${name}.inputs.json`);

function upToDate() {
  if (!existsSync(outfile) || !existsSync(inputsFile)) {
    return false;
  }
  const builtAt = statSync(outfile).mtimeMs;
  const inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
  return inputs.every((file) => existsSync(join(root, file)) && statSync(join(root, file)).mtimeMs <= builtAt);
}

if (!upToDate()) {
  mkdirSync(cacheDir, { recursive: true });
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    packages: 'external',
    tsconfig: join(root, 'tsconfig.json'),
    metafile: true,
    write: false,
    logLevel: 'error',
  });
  // Write then rename, so that two commands started together never run a half-written bundle.
  const temporary = `${outfile}.${process.pid}.tmp`;
  writeFileSync(temporary, result.outputFiles[0].contents);
  renameSync(temporary, outfile);
  const inputs = Object.keys(result.metafile.inputs).map((file) => relative(root, resolve(process.cwd(), file)));
  writeFileSync(`${inputsFile}.${process.pid}.tmp`, JSON.stringify([...inputs, 'tsconfig.json']));
  renameSync(`${inputsFile}.${process.pid}.tmp`, inputsFile);
}
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
