/**
 * L2-regularised logistic regression on sparse examples, written for this scorer because no maintained npm
 * package fits: ml-logistic-regression (mljs) is dense and unregularised, and none offers what this model needs —
 * hashed sparse features, an L2 penalty pulling shared weights towards a prior (the v1 rule weights) instead of
 * zero, and one free intercept per data set. Full-batch Adam: deterministic, order-free, no random state.
 */

export interface Example {
  readonly shared: Float64Array;
  readonly hashed: Int32Array;
  readonly hashedValue: number;
  /** 1 = positive class. */
  readonly y: number;
  /** Data set index: each data set has its own intercept (its base rate and domain). */
  readonly group: number;
}

export interface FitOptions {
  /** Prior mean of the shared weights; the penalty pulls them towards it. */
  readonly prior: Float64Array;
  readonly lambdaShared: number;
  readonly lambdaHashed: number;
  readonly groups: number;
  readonly hashBits: number;
  readonly iterations: number;
  readonly learningRate: number;
  /** Shared features whose weights stay at their prior (1 = frozen). */
  readonly frozen?: Uint8Array;
}

export interface Fit {
  readonly shared: Float64Array;
  readonly table: Float64Array;
  readonly intercepts: Float64Array;
}

/** Score without the data set's intercept: what the product computes for a message. */
export function rawScore(fit: Pick<Fit, 'shared' | 'table'>, e: Example): number {
  let z = 0;
  for (let k = 0; k < e.shared.length; k++) {
    z += (fit.shared[k] as number) * (e.shared[k] as number);
  }
  let sum = 0;
  for (let i = 0; i < e.hashed.length; i++) {
    sum += fit.table[e.hashed[i] as number] as number;
  }
  return z + sum * e.hashedValue;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

class Adam {
  private readonly m: Float64Array;
  private readonly v: Float64Array;
  constructor(
    size: number,
    private readonly rate: number,
  ) {
    this.m = new Float64Array(size);
    this.v = new Float64Array(size);
  }
  step(params: Float64Array, grad: Float64Array, t: number): void {
    const b1 = 0.9;
    const b2 = 0.999;
    const c1 = 1 - b1 ** t;
    const c2 = 1 - b2 ** t;
    for (let i = 0; i < params.length; i++) {
      const g = grad[i] as number;
      if (g === 0 && this.m[i] === 0) {
        continue;
      }
      const m = b1 * (this.m[i] as number) + (1 - b1) * g;
      const v = b2 * (this.v[i] as number) + (1 - b2) * g * g;
      this.m[i] = m;
      this.v[i] = v;
      params[i] = (params[i] as number) - (this.rate * (m / c1)) / (Math.sqrt(v / c2) + 1e-8);
    }
  }
}

/** Minimises mean log-loss + λs/2·|w − prior|² + λh/2·|table|². */
export function fitLogistic(examples: readonly Example[], o: FitOptions): Fit {
  const shared = Float64Array.from(o.prior);
  const table = new Float64Array(1 << o.hashBits);
  const intercepts = new Float64Array(o.groups);
  const gShared = new Float64Array(shared.length);
  const gTable = new Float64Array(table.length);
  const gIntercepts = new Float64Array(o.groups);
  const adamShared = new Adam(shared.length, o.learningRate);
  const adamTable = new Adam(table.length, o.learningRate);
  const adamIntercepts = new Adam(o.groups, o.learningRate);
  const n = examples.length;
  const touched = new Uint8Array(table.length);
  for (const e of examples) {
    e.hashed.forEach((b) => (touched[b] = 1));
  }
  for (let t = 1; t <= o.iterations; t++) {
    gShared.fill(0);
    gTable.fill(0);
    gIntercepts.fill(0);
    for (const e of examples) {
      const g = (sigmoid((intercepts[e.group] as number) + rawScore({ shared, table }, e)) - e.y) / n;
      gIntercepts[e.group] = (gIntercepts[e.group] as number) + g;
      for (let k = 0; k < shared.length; k++) {
        gShared[k] = (gShared[k] as number) + g * (e.shared[k] as number);
      }
      const gh = g * e.hashedValue;
      for (let i = 0; i < e.hashed.length; i++) {
        const b = e.hashed[i] as number;
        gTable[b] = (gTable[b] as number) + gh;
      }
    }
    for (let k = 0; k < shared.length; k++) {
      gShared[k] =
        o.frozen?.[k] === 1
          ? 0
          : (gShared[k] as number) + o.lambdaShared * ((shared[k] as number) - (o.prior[k] as number));
    }
    for (let b = 0; b < table.length; b++) {
      if (touched[b] === 1) {
        gTable[b] = (gTable[b] as number) + o.lambdaHashed * (table[b] as number);
      }
    }
    adamShared.step(shared, gShared, t);
    adamTable.step(table, gTable, t);
    adamIntercepts.step(intercepts, gIntercepts, t);
  }
  return { shared, table, intercepts };
}

/**
 * Platt scaling with one slope shared by every data set and an offset per data set (its base rate), by Newton's
 * method: the same cue must move every language's score alike.
 */
export function fitPlatt(
  scores: readonly number[],
  ys: readonly number[],
  groups: readonly number[],
): { slope: number; offsets: number[] } {
  const g = Math.max(0, ...groups) + 1;
  let a = 1;
  let c = new Array<number>(g).fill(0);
  const loss = (slope: number, offsets: readonly number[]): number =>
    scores.reduce((sum, s, i) => {
      const z = slope * s + (offsets[groups[i] as number] as number);
      // log(1 + e^z) − y·z, computed without overflow.
      return sum + Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - (ys[i] as number) * z;
    }, 0);
  let current = loss(a, c);
  for (let it = 0; it < 100; it++) {
    // Gradient and Hessian over (a, c_1..c_g); the Hessian is an arrow matrix, solved by elimination.
    let ga = 0;
    let haa = 1e-6;
    const gc = new Array<number>(g).fill(0);
    const hac = new Array<number>(g).fill(0);
    const hcc = new Array<number>(g).fill(1e-6);
    scores.forEach((s, i) => {
      const k = groups[i] as number;
      const p = sigmoid(a * s + (c[k] as number));
      const r = p - (ys[i] as number);
      const w = p * (1 - p);
      ga += r * s;
      haa += w * s * s;
      gc[k] = (gc[k] as number) + r;
      hac[k] = (hac[k] as number) + w * s;
      hcc[k] = (hcc[k] as number) + w;
    });
    let schur = haa;
    let rhs = ga;
    for (let k = 0; k < g; k++) {
      schur -= (hac[k] as number) ** 2 / (hcc[k] as number);
      rhs -= ((hac[k] as number) * (gc[k] as number)) / (hcc[k] as number);
    }
    const da = rhs / schur;
    const dc = c.map((_, k) => ((gc[k] as number) - (hac[k] as number) * da) / (hcc[k] as number));
    // Backtracking: Newton steps overshoot when the scores nearly separate the classes.
    let step = 1;
    let next = c;
    let nextA = a;
    let nextLoss = Infinity;
    for (let half = 0; half < 30; half++) {
      nextA = a - step * da;
      next = c.map((v, k) => v - step * (dc[k] as number));
      nextLoss = loss(nextA, next);
      if (nextLoss <= current) {
        break;
      }
      step /= 2;
    }
    if (!(nextLoss <= current) || current - nextLoss < 1e-10) {
      break;
    }
    a = nextA;
    c = next;
    current = nextLoss;
  }
  return { slope: a, offsets: c };
}
