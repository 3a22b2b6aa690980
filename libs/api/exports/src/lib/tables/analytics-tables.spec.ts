import type { GapCellDto, GapComparisonDto, GapsResponse } from '@rapport/contracts';
import { GAP_COLUMNS, gapRows } from './analytics-tables';

const estimate = { status: 'ok', estimate: 80, lower: 75, upper: 85, n: 120, method: 'student-t' } as const;

function comparison(overrides: Partial<GapComparisonDto>): GapComparisonDto {
  return {
    comparison: 'same-vendor-other-languages',
    status: 'ok',
    difference: -6,
    lower: -9,
    upper: -3,
    nA: 120,
    nB: 400,
    pValue: 0.001,
    method: 'standardised-difference-satterthwaite',
    coverage: 1,
    strataUsed: 4,
    missingStrata: 0,
    adjustedFor: ['channel', 'queue', 'hour band'],
    shortfall: null,
    intervalExcludesZero: true,
    qValue: 0.01,
    flagged: true,
    ...overrides,
  } as GapComparisonDto;
}

function cell(vsOtherLanguages: GapComparisonDto, vsOtherVendors: GapComparisonDto): GapCellDto {
  return { vendorId: 'v1', language: 'es', cell: estimate, vsOtherLanguages, vsOtherVendors, flagged: true, conversations: '' };
}

function exported(gapCell: GapCellDto): Record<string, unknown> {
  const response = { vendors: [{ id: 'v1', slug: 'andes', name: 'Andes Support' }], metrics: [{ metric: 'overall', cells: [gapCell] }] };
  const [row] = [...gapRows(response as unknown as GapsResponse)];
  return Object.fromEntries(GAP_COLUMNS.map((column, index) => [column, row[index]]));
}

describe('gap matrix export', () => {
  it('says what each comparison is adjusted for, in full, after the fallback, or not at all', () => {
    const row = exported(
      cell(comparison({ adjustedFor: ['channel', 'queue', 'hour band'] }), comparison({ comparison: 'other-vendors-same-language', adjustedFor: ['channel'] })),
    );
    expect(row['vs_other_languages_adjusted_for']).toBe('channel+queue+hour band');
    expect(row['vs_other_vendors_adjusted_for']).toBe('channel');
    expect(row['vs_other_languages_no_figure_reason']).toBeNull();
    expect([row['vs_other_languages_cell_n'], row['vs_other_languages_reference_n']]).toEqual([120, 400]);

    const unadjusted = exported(cell(comparison({ adjustedFor: [] }), comparison({ adjustedFor: [] })));
    expect(unadjusted['vs_other_vendors_adjusted_for']).toBe('none');
  });

  it('gives the reason and the counts where a comparison has no figure', () => {
    const missing = comparison({
      comparison: 'other-vendors-same-language',
      status: 'insufficient',
      difference: null,
      lower: null,
      upper: null,
      pValue: null,
      qValue: null,
      flagged: false,
      nA: 0,
      nB: 0,
      adjustedFor: [],
      shortfall: { reason: 'too-few-in-reference', cellN: 45, referenceN: 12, minimum: 30 },
    } as Partial<GapComparisonDto>);
    const row = exported(cell(comparison({}), missing));
    expect(row).toMatchObject({
      vs_other_vendors_difference: null,
      vs_other_vendors_status: 'insufficient',
      vs_other_vendors_no_figure_reason: 'too-few-in-reference',
      vs_other_vendors_cell_n: 45,
      vs_other_vendors_reference_n: 12,
      vs_other_vendors_minimum_n: 30,
    });
  });
});
