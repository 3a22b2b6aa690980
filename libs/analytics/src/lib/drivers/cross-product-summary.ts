/**
 * Additive sums and cross-products of k variables (CSAT first, then its candidate drivers), from which
 * covariances, correlations and regressions follow. Products are stored as the upper triangle, row by
 * row: (0,0), (0,1), …, (0,k−1), (1,1), …; every field is a plain sum, so rollups merge with SUM().
 */
export interface CrossProductSummary {
  n: number;
  sums: number[];
  products: number[];
}

export function productIndex(i: number, j: number, variables: number): number {
  const [row, column] = i <= j ? [i, j] : [j, i];
  return row * variables - (row * (row - 1)) / 2 + (column - row);
}

export function emptyCrossProductSummary(variables: number): CrossProductSummary {
  if (!Number.isInteger(variables) || variables < 1) {
    throw new RangeError(`need at least one variable, got ${variables}`);
  }
  return {
    n: 0,
    sums: new Array<number>(variables).fill(0),
    products: new Array<number>((variables * (variables + 1)) / 2).fill(0),
  };
}

export function addObservationToCrossProducts(summary: CrossProductSummary, values: readonly number[]): CrossProductSummary {
  const k = summary.sums.length;
  if (values.length !== k || !values.every(Number.isFinite)) {
    throw new RangeError(`expected ${k} finite values, got [${values.join(', ')}]`);
  }
  const sums = summary.sums.map((sum, i) => sum + values[i]);
  const products = summary.products.slice();
  for (let i = 0; i < k; i++) {
    for (let j = i; j < k; j++) {
      products[productIndex(i, j, k)] += values[i] * values[j];
    }
  }
  return { n: summary.n + 1, sums, products };
}

export function crossProductSummaryOf(rows: readonly (readonly number[])[], variables: number): CrossProductSummary {
  return rows.reduce(addObservationToCrossProducts, emptyCrossProductSummary(variables));
}

export function mergeCrossProductSummaries(first: CrossProductSummary, ...rest: readonly CrossProductSummary[]): CrossProductSummary {
  const k = first.sums.length;
  let merged: CrossProductSummary = { n: first.n, sums: first.sums.slice(), products: first.products.slice() };
  for (const summary of rest) {
    if (summary.sums.length !== k || summary.products.length !== first.products.length) {
      throw new RangeError('cannot merge cross-product summaries of different variable counts');
    }
    merged = {
      n: merged.n + summary.n,
      sums: merged.sums.map((sum, i) => sum + summary.sums[i]),
      products: merged.products.map((product, i) => product + summary.products[i]),
    };
  }
  return merged;
}

/** Sample covariance matrix (divisor n − 1); null below two observations. */
export function covarianceMatrix(summary: CrossProductSummary): number[][] | null {
  const { n, sums, products } = summary;
  const k = sums.length;
  if (n < 2) {
    return null;
  }
  return Array.from({ length: k }, (_, i) =>
    Array.from({ length: k }, (_, j) => {
      const covariance = (products[productIndex(i, j, k)] - (sums[i] * sums[j]) / n) / (n - 1);
      // Variances cannot be negative; tiny negatives are cancellation noise.
      return i === j ? Math.max(0, covariance) : covariance;
    }),
  );
}
