/**
 * Rollup groups of a gap analysis, as read once for several metrics: group g belongs to vendor `vendors[g]`,
 * customer language `languages[g]` and case-mix stratum `strata[g]`.
 */
export interface GapGroups {
  vendors: readonly string[];
  languages: readonly string[];
  strata: readonly string[];
}

/** One metric's summaries per group (same positions as GapGroups); groups with n = 0 have no data for it. */
export type GapMeasures =
  | { kind: 'mean'; n: ArrayLike<number>; sum: ArrayLike<number>; sumSq: ArrayLike<number> }
  | { kind: 'proportion'; n: ArrayLike<number>; successes: ArrayLike<number> };

/** Where every group goes in a gap matrix, worked out once and shared by every metric read with the groups. */
export interface GapLayout {
  /** Every stratum of the groups, sorted: the order standardisation sums in. */
  strata: string[];
  /** Vendor × language cells in order of their first group. */
  cells: Array<{ vendor: string; language: string }>;
  /** Per group: its cell's position in `cells` and its stratum's in `strata`. */
  cellOfGroup: Int32Array;
  stratumOfGroup: Int32Array;
}

export function gapLayout(groups: GapGroups): GapLayout {
  const count = groups.vendors.length;
  if (groups.languages.length !== count || groups.strata.length !== count) {
    throw new RangeError('gap groups need a vendor, a language and a stratum each');
  }
  const strata = [...new Set(groups.strata)].sort();
  const stratumPosition = new Map(strata.map((stratum, index) => [stratum, index]));
  const cells: GapLayout['cells'] = [];
  // Vendor, then language: the groups' own strings are looked up, never a key joined per group.
  const cellPosition = new Map<string, Map<string, number>>();
  const cellOfGroup = new Int32Array(count);
  const stratumOfGroup = new Int32Array(count);
  for (let group = 0; group < count; group++) {
    const vendor = groups.vendors[group] as string;
    const language = groups.languages[group] as string;
    let languages = cellPosition.get(vendor);
    if (!languages) {
      languages = new Map<string, number>();
      cellPosition.set(vendor, languages);
    }
    let cell = languages.get(language);
    if (cell === undefined) {
      cell = cells.length;
      cells.push({ vendor, language });
      languages.set(language, cell);
    }
    cellOfGroup[group] = cell;
    stratumOfGroup[group] = stratumPosition.get(groups.strata[group] as string) ?? 0;
  }
  return { strata, cells, cellOfGroup, stratumOfGroup };
}
