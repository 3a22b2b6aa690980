/** Small, dependency-free statistics for the validation report. */

function ranks(values: readonly number[]): number[] {
  const order = values
    .map((v, i) => [v, i] as const)
    .sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(values.length);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]?.[0] === order[i]?.[0]) {
      j++;
    }
    for (let k = i; k <= j; k++) {
      out[order[k]?.[1] as number] = (i + j) / 2 + 1;
    }
    i = j + 1;
  }
  return out;
}

function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] as number) - mx;
    const dy = (y[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** Spearman rank correlation (ties get average ranks). */
export function spearman(x: readonly number[], y: readonly number[]): number {
  return pearson(ranks(x), ranks(y));
}

/** ROC AUC: probability that a random positive scores above a random negative (ties count half). */
export function rocAuc(
  scores: readonly number[],
  positive: readonly boolean[],
): number {
  const r = ranks(scores);
  let rankSum = 0;
  let pos = 0;
  positive.forEach((p, i) => {
    if (p) {
      rankSum += r[i] as number;
      pos++;
    }
  });
  const neg = positive.length - pos;
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

export interface BinaryReport {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly accuracy: number;
  readonly support: number;
}

export function binaryReport(
  predicted: readonly boolean[],
  actual: readonly boolean[],
): BinaryReport {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  predicted.forEach((p, i) => {
    const a = actual[i];
    if (p && a) {
      tp++;
    } else if (p) {
      fp++;
    } else if (a) {
      fn++;
    } else {
      tn++;
    }
  });
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  return {
    precision,
    recall,
    f1:
      precision + recall === 0
        ? 0
        : (2 * precision * recall) / (precision + recall),
    accuracy: (tp + tn) / predicted.length,
    support: tp + fn,
  };
}

export function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
