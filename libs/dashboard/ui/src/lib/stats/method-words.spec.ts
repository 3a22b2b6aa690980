import type { VendorClusteringDto } from '@rapport/contracts';
import { clusteringWords, fdrWords } from './method-words';

const entry = (
  vendorId: string,
  method: VendorClusteringDto['method'],
  designEffect: number | null,
  icc: number | null,
): VendorClusteringDto => ({
  vendorId,
  agents: method === 'independent' ? 0 : 12,
  unattributed: method === 'independent' ? 160 : 0,
  method,
  designEffect,
  intraAgentCorrelation: icc,
});
const names: Record<string, string> = { a: 'Alpen Service', b: 'Manila Desk', c: 'Lisboa Contact' };

describe('method words', () => {
  it('names the false-discovery procedure in plain words', () => {
    expect(fdrWords('benjamini-hochberg')).toBe('the standard check against chance findings among many comparisons');
    expect(fdrWords('benjamini-yekutieli')).not.toMatch(/Benjamini/);
    expect(fdrWords('benjamini-yekutieli')).toContain('strict');
  });

  it('says how much agents widen the intervals (√ design effect) and names vendors without agent ids', () => {
    const words = clusteringWords(
      [
        entry('a', 'agents-as-clusters', 2.25, 0.1),
        entry('b', 'agents-as-clusters', 4, 0.2),
        entry('c', 'independent', null, null),
      ],
      (id) => names[id] ?? id,
    );
    expect(words).toContain('intra-agent correlation of the overall score 0.10–0.20');
    expect(words).toContain('intervals 1.5–2.0× as wide');
    expect(words).toContain('Lisboa Contact has no agent ids');
  });

  it('leaves out what it does not know', () => {
    expect(clusteringWords([entry('a', 'agents-as-clusters', null, null)], (id) => id)).toBe(
      'Intervals allow for agents: conversations handled by the same agent tend to resemble each other, so they count for less than independent ones.',
    );
    expect(clusteringWords([], (id) => id)).toBe('');
  });
});
