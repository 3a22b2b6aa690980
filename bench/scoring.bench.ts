/**
 * Throughput of the scoring commands on one core (the main thread), in-process: JSON parsing, scoring and
 * serialisation of each line, as `score-messages` and `score-conversations` do, without the pipe I/O; then the cost
 * of hostile message shapes per MB for the scorer and the PII redaction (bench/scoring-adversarial.ts).
 * Prints one JSON object. Run: npm run bench:scoring
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SCORING_CONTEXT } from '@rapport/scoring';
import { scoreConversationLine } from '../apps/cli/src/commands/score-conversations';
import { scoreMessageLine } from '../apps/cli/src/commands/score-messages';
import { adversarialFigures } from './scoring-adversarial';
import { benchConversations, benchMessageTexts } from './scoring-inputs';

// Issue #14: score-messages at 50,000 messages per CPU-second, the scorer loaded in under 200 ms.
const TARGET_MESSAGES_PER_SECOND = 50_000;
const TARGET_LOAD_MS = 200;
const LOAD_RUNS = 5;
const MEASURE_MS = 4_000;
const WARM_UP_MS = 1_000;

interface Rate {
  readonly items: number;
  readonly seconds: number;
  readonly perSecond: number;
  readonly perCpuSecond: number;
}

function measure(lines: readonly string[], run: (line: string) => string, itemsPerLine: (i: number) => number): Rate {
  let i = 0;
  const warmUntil = performance.now() + WARM_UP_MS;
  while (performance.now() < warmUntil) {
    run(lines[i++ % lines.length] as string);
  }
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  let items = 0;
  let checksum = 0;
  i = 0;
  while (performance.now() - t0 < MEASURE_MS) {
    for (let k = 0; k < 100; k++, i++) {
      checksum += run(lines[i % lines.length] as string).length;
      items += itemsPerLine(i % lines.length);
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  const used = process.cpuUsage(cpu);
  if (checksum === 0) {
    throw new Error('scoring produced no output');
  }
  const cpuSeconds = (used.user + used.system) / 1e6;
  return {
    items,
    seconds: Math.round(seconds * 100) / 100,
    perSecond: Math.round(items / seconds),
    perCpuSecond: Math.round(items / cpuSeconds),
  };
}

/** Median CPU and wall time of loading the scorer in fresh processes (bench/scoring-load.ts). */
function loadFigures(): { cpuMs: number; wallMs: number; runs: number; targetMs: number; meetsTarget: boolean } {
  const runs: { cpuMs: number; wallMs: number }[] = [];
  for (let i = 0; i < LOAD_RUNS; i++) {
    const child = spawnSync(process.execPath, [join('tools', 'cli.mjs'), '--entry', join('bench', 'scoring-load.ts')], {
      encoding: 'utf8',
    });
    if (child.status !== 0) {
      throw new Error(`scorer load run failed: ${child.stderr}`);
    }
    runs.push(JSON.parse(child.stdout));
  }
  const median = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
  const cpuMs = Math.round(median(runs.map((r) => r.cpuMs)));
  return {
    cpuMs,
    wallMs: Math.round(median(runs.map((r) => r.wallMs))),
    runs: LOAD_RUNS,
    targetMs: TARGET_LOAD_MS,
    meetsTarget: cpuMs < TARGET_LOAD_MS,
  };
}

const load = loadFigures();
const messageLines = benchMessageTexts().map((text, i) => JSON.stringify({ id: `m${i}`, text }));
const conversationInputs = benchConversations();
const conversationLines = conversationInputs.map((c) => JSON.stringify(c));

const messages = measure(messageLines, scoreMessageLine, () => 1);
const convs = measure(
  conversationLines,
  (line) => scoreConversationLine(line, DEFAULT_SCORING_CONTEXT),
  () => 1,
);
const convMessages = conversationInputs.reduce((sum, c) => sum + c.messages.length, 0) / conversationInputs.length;

process.stdout.write(
  `${JSON.stringify(
    {
      benchmark: 'scoring',
      node: process.version,
      loadAverage1m: Math.round((loadavg()[0] ?? 0) * 100) / 100,
      // CPU time to load the scorer (lexicons, language-id tables, model) and score a first message in a fresh process.
      load,
      scoreMessages: {
        distinctInputs: messageLines.length,
        messages: messages.items,
        seconds: messages.seconds,
        messagesPerSecond: messages.perSecond,
        messagesPerCpuSecond: messages.perCpuSecond,
        targetPerSecond: TARGET_MESSAGES_PER_SECOND,
        // On a shared machine the wall-clock rate also counts time the core spent on other processes.
        meetsTarget: messages.perCpuSecond >= TARGET_MESSAGES_PER_SECOND,
      },
      scoreConversations: {
        distinctInputs: conversationLines.length,
        meanMessagesPerConversation: Math.round(convMessages * 10) / 10,
        conversations: convs.items,
        seconds: convs.seconds,
        conversationsPerSecond: convs.perSecond,
        conversationsPerCpuSecond: convs.perCpuSecond,
        messagesPerSecond: Math.round(convs.perSecond * convMessages),
        messagesPerCpuSecond: Math.round(convs.perCpuSecond * convMessages),
      },
      adversarial: adversarialFigures(),
      note: 'one core (main thread), in-process line handling: JSON parse + score + JSON stringify. perSecond = wall clock; perCpuSecond = per second of CPU time used by this process (equal on an idle machine); meetsTarget uses perCpuSecond',
    },
    null,
    2,
  )}\n`,
);
