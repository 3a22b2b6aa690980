import { Estimate, insufficientEstimate, resolveMinSample, SampleOptions } from '../core/estimate';
import { MeanSummary, sampleVariance } from '../summaries/mean-summary';
import { satterthwaiteInterval } from './satterthwaite';

/** Mean with its 95% Student t interval, mean ± t(0.975, n − 1)·s/√n. */
export function tInterval(summary: MeanSummary, options?: SampleOptions): Estimate {
  const { n } = summary;
  const variance = sampleVariance(summary);
  if (n < Math.max(2, resolveMinSample(options)) || variance === null) {
    return insufficientEstimate(n, 'student-t');
  }
  const mean = summary.sum / n;
  const { lower, upper } = satterthwaiteInterval(mean, [{ variance: variance / n, df: n - 1 }]);
  return { status: 'ok', n, estimate: mean, lower, upper, method: 'student-t' };
}
