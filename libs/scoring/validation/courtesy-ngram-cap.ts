/**
 * Courtesy n-gram study (issue #14): how the cap on the English n-gram term trades TyDiP's cross-validated AUC
 * against the gap it opens between a plain English support message and the same message in a language without
 * courtesy n-grams. Trains the politeness head through the product's pipeline with each cap; not part of `npm test`.
 * Run: node tools/cli.mjs --entry libs/scoring/validation/courtesy-ngram-cap.ts
 */
import { analyseMessage } from '../src/lib/message/analyze-message';
import { messageFeatures } from '../src/lib/model/features';
import { loadHead, readLoadedHead } from '../src/lib/model/model';
import { HASH_BITS } from '../src/lib/model/features';
import { loadDatasets } from '../training/corpus';
import { DEFAULT_TRAIN_OPTIONS, HEAD_OPTIONS, trainHead } from '../training/train-model';
import { devDataDir } from './public-data';
import { PLAIN_QUESTIONS, PLAIN_STATEMENTS } from './support-plain.data';

const CAPS: readonly (number | undefined)[] = [0.1, 0.13, 0.2, undefined];
const LAMBDAS: readonly number[] = [DEFAULT_TRAIN_OPTIONS.lambdaHashed, 0.001];
const NO_NGRAMS = new Int32Array(0);

const quantile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;

function gapSummary(gaps: number[]): string {
  const s = [...gaps].sort((a, b) => a - b);
  const f = (x: number): string => x.toFixed(1);
  return `${f(s[0] as number)} / ${f(quantile(s, 0.1))} / ${f(quantile(s, 0.5))} / ${f(quantile(s, 0.9))} / ${f(s[s.length - 1] as number)}`;
}

function main(): void {
  const datasets = loadDatasets(devDataDir()).filter((d) => d.head === 'politeness');
  const features = (texts: readonly string[]) =>
    texts.map((t) => messageFeatures(analyseMessage(t, { lang: 'en' }), true));
  const statements = features(PLAIN_STATEMENTS);
  const questions = features(PLAIN_QUESTIONS);
  const lines = [
    '| λ n-grams | cap | en courtesy AUC (5-fold) | English-only gap, plain statements: min / p10 / median / p90 / max | plain questions: same |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const lambdaHashed of LAMBDAS) {
    for (const cap of CAPS) {
      const { ngramCap: _, ...rest } = HEAD_OPTIONS.politeness;
      const { file, figures } = trainHead(
        'politeness',
        datasets,
        { ...DEFAULT_TRAIN_OPTIONS, lambdaHashed },
        cap === undefined ? rest : { ...rest, ngramCap: cap },
      );
      const head = loadHead(file, HASH_BITS);
      // Courtesy points the English n-grams move a message: its gap to the same message elsewhere.
      const gap = (f: ReturnType<typeof messageFeatures>): number =>
        100 *
        (readLoadedHead(head, f, 'en').probability -
          readLoadedHead(head, { ...f, hashed: NO_NGRAMS, hashedValue: 0 }, 'en').probability);
      const auc = figures[0]?.auc.model;
      lines.push(
        `| ${lambdaHashed} | ${cap ?? 'none'} | ${auc?.value.toFixed(3)} [${auc?.low.toFixed(3)}–${auc?.high.toFixed(3)}] | ${gapSummary(statements.map(gap))} | ${gapSummary(questions.map(gap))} |`,
      );
      process.stderr.write(`${lines[lines.length - 1]}\n`);
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
