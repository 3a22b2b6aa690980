/** A rule as the picker offers it: stable id, plain name and the quality dimension it belongs to. */
export interface PickableRule {
  id: string;
  name: string;
  dimension: string;
}

const DIMENSIONS: Record<string, string> = { courtesy: 'Courtesy', comprehension: 'Comprehension', responsiveness: 'Responsiveness' };

export function dimensionName(dimension: string): string {
  return DIMENSIONS[dimension] ?? 'Other';
}

/** Lower case without accents, so "apologises" finds "Apologises" and "resume" finds "résumé". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/**
 * The rules whose name, dimension or id contain every word typed, in the order given. An empty query keeps them all;
 * the id still matches so someone who knows a code can type it, though the page never shows codes.
 */
export function filterRules(rules: readonly PickableRule[], query: string): PickableRule[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) {
    return [...rules];
  }
  return rules.filter((rule) => {
    const haystack = fold(`${rule.name} ${dimensionName(rule.dimension)} ${rule.id}`);
    return words.every((word) => haystack.includes(word));
  });
}
