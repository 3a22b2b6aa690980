import type { GapCellDto, GapComparisonDto, GapsResponse, StatEstimate } from '@rapport/contracts';

export const estimate = (value: number, lower: number, upper: number, n: number): StatEstimate => ({
  status: 'ok',
  estimate: value,
  lower,
  upper,
  n,
  method: 'student-t',
});
export const tooFew = (n: number): StatEstimate => ({
  status: 'insufficient',
  estimate: null,
  lower: null,
  upper: null,
  n,
  method: 'student-t',
});

export function comparison(
  difference: number | null,
  lower: number | null,
  upper: number | null,
  options: {
    flagged?: boolean;
    q?: number | null;
    coverage?: number;
    kind?: GapComparisonDto['comparison'];
    adjustedFor?: GapComparisonDto['adjustedFor'];
    shortfall?: GapComparisonDto['shortfall'];
  } = {},
): GapComparisonDto {
  const base = {
    comparison: options.kind ?? 'other-vendors-same-language',
    coverage: options.coverage ?? 1,
    strataUsed: 3,
    missingStrata: 0,
    adjustedFor: options.adjustedFor ?? ['channel', 'queue', 'hour band'],
    shortfall: options.shortfall ?? null,
    qValue: options.q ?? null,
    nA: 120,
    nB: 480,
  } as const;
  if (difference === null || lower === null || upper === null) {
    return {
      ...base,
      status: 'insufficient',
      difference: null,
      lower: null,
      upper: null,
      pValue: null,
      method: 'standardised-difference-satterthwaite',
      intervalExcludesZero: false,
      flagged: false,
      qValue: null,
    };
  }
  const excludes = lower > 0 || upper < 0;
  return {
    ...base,
    status: 'ok',
    difference,
    lower,
    upper,
    pValue: 0.01,
    method: 'standardised-difference-satterthwaite',
    intervalExcludesZero: excludes,
    flagged: options.flagged ?? false,
  };
}

export function gapCell(
  vendorId: string,
  language: string,
  cell: StatEstimate,
  vsOtherVendors: GapComparisonDto,
  vsOtherLanguages = comparison(0.5, -2, 3),
): GapCellDto {
  return {
    vendorId,
    language,
    cell,
    vsOtherVendors,
    vsOtherLanguages: { ...vsOtherLanguages, comparison: 'same-vendor-other-languages' },
    flagged: vsOtherVendors.flagged || vsOtherLanguages.flagged,
    conversations: `/api/conversations?from=2025-03-01&to=2025-05-31&vendors=${vendorId}&languages=${language}`,
  };
}

/** Two vendors × two languages: a flagged gap, an unclear cell, a cell without enough data and a missing one. */
export function gapsResponse(): GapsResponse {
  return {
    minimumSample: 30,
    filters: { from: '2025-03-01', to: '2025-05-31', vendors: [], channels: [], languages: [], queues: [], sites: [] },
    metricInfo: {},
    vendors: [
      { id: 'v1', slug: 'lisboa-contact', name: 'Lisboa Contact' },
      { id: 'v2', slug: 'manila-desk', name: 'Manila Desk' },
    ],
    languages: ['de', 'pt'],
    strata: ['channel', 'queue', 'hour band'],
    metrics: [
      {
        metric: 'overall',
        direction: 'higher-is-better',
        tests: 3,
        cells: [
          gapCell(
            'v1',
            'de',
            estimate(61.2, 58.4, 64, 120),
            comparison(-8.1, -11.5, -4.7, { flagged: true, q: 0.0004, coverage: 0.92 }),
          ),
          gapCell(
            'v1',
            'pt',
            estimate(74.5, 72.9, 76.1, 410),
            comparison(1.2, -0.8, 3.2, { q: 0.31, adjustedFor: ['channel'] }),
          ),
          gapCell(
            'v2',
            'de',
            tooFew(12),
            comparison(null, null, null, { shortfall: { reason: 'too-few-in-cell', cellN: 12, referenceN: 120, minimum: 30 } }),
          ),
        ],
      },
      {
        metric: 'languageMismatch',
        direction: 'lower-is-better',
        tests: 1,
        cells: [
          gapCell(
            'v1',
            'de',
            { ...estimate(0.18, 0.12, 0.25, 120), method: 'wilson-score' },
            comparison(0.09, 0.03, 0.15, { q: 0.2 }),
          ),
        ],
      },
    ],
    flagged: [
      {
        metric: 'overall',
        vendorId: 'v1',
        language: 'de',
        comparison: 'other-vendors-same-language',
        difference: -8.1,
        lower: -11.5,
        upper: -4.7,
        nA: 120,
        nB: 480,
        qValue: 0.0004,
        worse: true,
        adjustedFor: ['channel', 'queue', 'hour band'],
      },
    ],
    multipleComparisons: 'benjamini-hochberg',
    clustering: [
      {
        vendorId: 'v1',
        agents: 12,
        unattributed: 0,
        method: 'agents-as-clusters',
        designEffect: 1.96,
        intraAgentCorrelation: 0.08,
      },
      {
        vendorId: 'v2',
        agents: 0,
        unattributed: 140,
        method: 'independent',
        designEffect: null,
        intraAgentCorrelation: null,
      },
    ],
  };
}
