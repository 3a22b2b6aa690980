import { type DriversResponse, METRIC_INFO, type RuleEffectDto, type StatEstimate } from '@rapport/contracts';

/** How many rules the "driving low scores" list shows. */
export const TOP_RULES = 5;

export interface DriverView {
  n: number;
  enoughData: boolean;
  rSquared: number | null;
  dimensions: { id: string; label: string; correlation: StatEstimate; coefficient: StatEstimate }[];
  overallCorrelation: StatEstimate;
  /** Rules whose firing goes with the lowest CSAT, most harmful first; only rules with an estimate below zero. */
  rules: RuleEffectDto[];
}

/** A rule id as words: "courtesy.curt-reply" → "Courtesy: curt reply". */
export function ruleLabel(rule: string): string {
  const [family = '', name = ''] = rule.split('.', 2);
  const words = name.replace(/-/g, ' ');
  return name ? `${family.charAt(0).toUpperCase()}${family.slice(1)}: ${words}` : rule;
}

/** The vendor's own CSAT drivers (its group across all languages), or null when the API has no group for it. */
export function toDriverView(response: DriversResponse, vendorId: string): DriverView | null {
  const group = response.groups.find((candidate) => candidate.vendorId === vendorId && candidate.language === null);
  if (!group) {
    return null;
  }
  const rules = group.rules
    .filter((rule) => rule.effect.status === 'ok' && rule.effect.difference < 0)
    .sort((a, b) => (a.effect.difference ?? 0) - (b.effect.difference ?? 0))
    .slice(0, TOP_RULES);
  return {
    n: group.n,
    enoughData: group.status === 'ok',
    rSquared: group.rSquared,
    dimensions: group.dimensions.map((dimension) => ({
      id: dimension.name,
      label: METRIC_INFO[dimension.name].label,
      correlation: dimension.correlation,
      coefficient: dimension.coefficient,
    })),
    overallCorrelation: group.overallCorrelation,
    rules,
  };
}

const TWO_DECIMALS = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A correlation or standardised weight: "0.42 (0.35 to 0.49)", or "Not enough data". */
export function formatCoefficient(stat: StatEstimate): string {
  if (stat.status === 'insufficient') {
    return 'Not enough data';
  }
  const format = (value: number) => TWO_DECIMALS.format(value).replace('-', '\u2212');
  return `${format(stat.estimate)} (${format(stat.lower)} to ${format(stat.upper)})`;
}
