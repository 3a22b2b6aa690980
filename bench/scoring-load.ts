/**
 * Start-up cost of the scorer: CPU time to load `@rapport/scoring` (lexicons, language-id tables, the model) and
 * score a first message, in a fresh process. Run by bench/scoring.bench.ts as a child process (a module already
 * loaded in the bench itself costs nothing the second time); prints one JSON object.
 */
export {};

const before = process.cpuUsage();
const wallStart = performance.now();
// A dynamic import: the bundle defers the scorer's module initialisation to here, so it is measured alone.
const scoring = await import('@rapport/scoring');
scoring.scoreMessage('Hello Maria, thank you for waiting: your parcel left our warehouse on Monday.');
const used = process.cpuUsage(before);
process.stdout.write(
  `${JSON.stringify({ cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - wallStart })}\n`,
);
