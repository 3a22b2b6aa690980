/**
 * Rudeness n-gram penalty study (issue #14): the L2 penalty of the rudeness head's n-grams chosen by inner
 * cross-validation, so that the AUC reported for it is not the best of several tries on the same folds. For each
 * outer fold (the training folds, same seed), every penalty of the grid is scored by 3-fold cross-validation on the
 * other four folds only; the one with the best mean AUC over GermEval and ToLD-Br is refitted on them and scores the
 * held-out fold. Not part of `npm test` (50 fits: many minutes).
 * Run: node tools/cli.mjs --entry libs/scoring/validation/rudeness-ngram-penalty.ts
 */
import { LabelledExample, loadDatasets } from '../training/corpus';
import { assignFolds, withInterval } from '../training/evaluate';
import { DEFAULT_TRAIN_OPTIONS, HEAD_OPTIONS, outOfFoldScores } from '../training/train-model';
import { rocAuc } from './metrics';
import { devDataDir } from './public-data';

const GRID: readonly number[] = [0.0001, 0.00003, 0.00001];
const INNER_FOLDS = 3;

function main(): void {
  const datasets = loadDatasets(devDataDir()).filter((d) => d.head === 'rudeness');
  const examples = datasets.flatMap((d) => d.examples);
  const groups = Math.max(...examples.map((e) => e.group)) + 1;
  const o = DEFAULT_TRAIN_OPTIONS;
  const outer = assignFolds(
    examples.map((e) => e.unit),
    o.folds,
    o.seed,
  );
  const outerOf = examples.map((e) => outer.get(e.unit) as number);
  const nested = new Array<number>(examples.length).fill(0);
  /** Mean over the data sets (groups) of the AUC of `scores`, aligned with `set`. */
  const meanAuc = (scores: readonly number[], set: readonly LabelledExample[]): number => {
    const byGroup = [...new Set(set.map((e) => e.group))].map((g) => {
      const mine = set.flatMap((e, i) => (e.group === g ? [i] : []));
      return rocAuc(
        mine.map((i) => scores[i] as number),
        mine.map((i) => set[i]?.y === 1),
      );
    });
    return byGroup.reduce((a, b) => a + b, 0) / byGroup.length;
  };
  for (let k = 0; k < o.folds; k++) {
    const trainIdx = examples.map((_, i) => i).filter((i) => outerOf[i] !== k);
    const train = trainIdx.map((i) => examples[i] as LabelledExample);
    const inner = assignFolds(
      train.map((e) => e.unit),
      INNER_FOLDS,
      o.seed + 1 + k,
    );
    const innerOf = train.map((e) => inner.get(e.unit) as number);
    const tried = GRID.map((lambdaHashed) => {
      const h = { ...HEAD_OPTIONS.rudeness, lambdaHashed };
      const scores = outOfFoldScores('rudeness', h, train, innerOf, groups, { ...o, folds: INNER_FOLDS });
      return { lambdaHashed, auc: meanAuc(scores, train) };
    });
    const best = tried.reduce((a, b) => (b.auc > a.auc ? b : a));
    process.stderr.write(
      `outer fold ${k}: inner mean AUC ${tried.map((t) => `${t.lambdaHashed} → ${t.auc.toFixed(3)}`).join(', ')}; chosen ${best.lambdaHashed}\n`,
    );
    // The held-out fold as the only fold of a one-fold run: scored by a fit on everything else, the training folds.
    const foldOf = examples.map((_, i) => (outerOf[i] === k ? 0 : 1));
    const h = { ...HEAD_OPTIONS.rudeness, lambdaHashed: best.lambdaHashed };
    const scores = outOfFoldScores('rudeness', h, examples, foldOf, groups, { ...o, folds: 1 });
    examples.forEach((_, i) => {
      if (outerOf[i] === k) {
        nested[i] = scores[i] as number;
      }
    });
  }
  let start = 0;
  for (const d of datasets) {
    const ys = d.examples.map((e) => e.y === 1);
    const s = nested.slice(start, start + d.examples.length);
    start += d.examples.length;
    const auc = withInterval(
      s.length,
      (idx) =>
        rocAuc(
          idx.map((i) => s[i] as number),
          idx.map((i) => ys[i] as boolean),
        ),
      o.seed,
    );
    process.stdout.write(
      `${d.lang} ${d.name}: nested-CV AUC ${auc.value.toFixed(3)} [${auc.low.toFixed(3)}–${auc.high.toFixed(3)}]\n`,
    );
  }
}

main();
