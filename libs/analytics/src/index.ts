export * from './lib/core/estimate';
export * from './lib/distributions/normal';
export * from './lib/distributions/student-t';
export * from './lib/summaries/mean-summary';
export * from './lib/summaries/proportion-summary';
export * from './lib/summaries/duration-histogram';
export * from './lib/intervals/wilson';
export * from './lib/intervals/t-interval';
export * from './lib/intervals/differences';
export * from './lib/intervals/quantile';
export * from './lib/multiple-testing/benjamini-hochberg';
export { stratumKey } from './lib/standardisation/strata';
export type {
  StratifiedData,
  StratumMeanSummary,
  StratumProportionSummary,
  StratumWeights,
} from './lib/standardisation/strata';
export * from './lib/standardisation/direct-standardisation';
export * from './lib/gaps/gap-analysis';
export * from './lib/gaps/indexed-gap-matrix';
export * from './lib/gaps/gap-layout';
export * from './lib/gaps/gap-fallback';
export * from './lib/shrinkage/empirical-bayes';
export * from './lib/ranking/rank-with-data';
export * from './lib/csat/csat-scales';
export * from './lib/calendar/months';
export * from './lib/calendar/hour-of-week';
export * from './lib/coverage/coverage-heatmap';
export * from './lib/drivers/cross-product-summary';
export * from './lib/drivers/csat-drivers';
export * from './lib/comparison/metric';
export * from './lib/comparison/metric-with-changes';
export * from './lib/comparison/compare-vendors';
export * from './lib/random/seeded-random';
export * from './lib/intervals/bootstrap';
export * from './lib/agreement/krippendorff-alpha';
export * from './lib/agreement/weighted-kappa';
export * from './lib/agreement/paired-agreement';
export * from './lib/agreement/coder-deviations';
export * from './lib/clustering/cluster-robust';
export * from './lib/distributions/chi-square';
export * from './lib/shrinkage/between-agent-variance';
export * from './lib/shrinkage/morris-shrinkage';
export * from './lib/clustering/cluster-robust-difference';
export * from './lib/clustering/clustered-metric';
