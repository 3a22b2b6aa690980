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
  /** The same analysis per customer language, in language order. */
  byLanguage: LanguageDriverRow[];
}

/** One language's drivers at the vendor: the rule going with the lowest CSAT, when one does. */
export interface LanguageDriverRow {
  language: string;
  n: number;
  enoughData: boolean;
  /** The most harmful rule, or null when none goes with lower CSAT (or too little data). */
  rule: RuleEffectDto | null;
}

/** Rules whose firing goes with lower CSAT (estimate below zero), most harmful first. */
function harmfulRules(rules: readonly RuleEffectDto[]): RuleEffectDto[] {
  return rules
    .filter((rule) => rule.effect.status === 'ok' && rule.effect.difference < 0)
    .sort((a, b) => (a.effect.difference ?? 0) - (b.effect.difference ?? 0));
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
  const rules = harmfulRules(group.rules).slice(0, TOP_RULES);
  const byLanguage = response.groups
    .flatMap((candidate) => (candidate.vendorId === vendorId && candidate.language !== null ? [{ ...candidate, language: candidate.language }] : []))
    .sort((a, b) => a.language.localeCompare(b.language))
    .map((languageGroup) => ({
      language: languageGroup.language,
      n: languageGroup.n,
      enoughData: languageGroup.status === 'ok',
      rule: languageGroup.status === 'ok' ? (harmfulRules(languageGroup.rules)[0] ?? null) : null,
    }));
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
    byLanguage,
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
