import type { FdrProcedureName, VendorClusteringDto } from '@rapport/contracts';

/** The false-discovery-rate procedure in plain words; its name is on the methodology page, not in the sentence. */
export function fdrWords(procedure: FdrProcedureName): string {
  return procedure === 'benjamini-yekutieli'
    ? 'the strict check against chance findings, valid however the comparisons depend on each other'
    : 'the standard check against chance findings among many comparisons';
}

function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * How the intervals treat agents, in words: conversations of one agent resemble each other, so intervals that allow
 * for it are wider than if every conversation were independent (by √design effect). Vendors without agent ids are
 * named, because their intervals cannot allow for it.
 */
export function clusteringWords(entries: readonly VendorClusteringDto[], nameOf: (vendorId: string) => string): string {
  const clustered = entries.filter((entry) => entry.method === 'agents-as-clusters');
  const independent = entries.filter((entry) => entry.method === 'independent');
  const sentences: string[] = [];
  if (clustered.length > 0) {
    const widths = clustered.flatMap((entry) =>
      entry.designEffect !== null ? [Math.sqrt(Math.max(1, entry.designEffect))] : [],
    );
    const correlations = clustered.flatMap((entry) =>
      entry.intraAgentCorrelation !== null ? [entry.intraAgentCorrelation] : [],
    );
    const range = (values: number[], digits: number) => {
      const low = Math.min(...values).toFixed(digits);
      const high = Math.max(...values).toFixed(digits);
      return low === high ? low : `${low}–${high}`;
    };
    const detail =
      widths.length > 0 && correlations.length > 0
        ? ` (intra-agent correlation of the overall score ${range(correlations, 2)}; intervals ${range(widths, 1)}× as wide as if every conversation stood alone)`
        : '';
    sentences.push(
      `Intervals allow for agents: conversations handled by the same agent tend to resemble each other, so they count for less than independent ones${detail}.`,
    );
  }
  if (independent.length > 0) {
    const names = joinNames(independent.map((entry) => nameOf(entry.vendorId)));
    sentences.push(
      `${names} ${independent.length === 1 ? 'has' : 'have'} no agent ids on ${independent.length === 1 ? 'its' : 'their'} conversations, so each conversation counts as independent and ${independent.length === 1 ? 'its' : 'their'} intervals may be too narrow.`,
    );
  }
  return sentences.join(' ');
}
