import { createTestApi, loginAs, seedVendor, TestApi } from '@rapport/api-testing';
import type { GapCellDto, GapsResponse } from '@rapport/contracts';
import { getOk, ingestPlanted } from './analytics-setup';
import { PlantedCell, plantedData } from './planted-data';

const MONTH = '2026-03';
const LANGUAGES = ['de', 'en', 'fr'] as const;

/**
 * South answers half of its German customers in English (a planted language gap, which customers rate lower);
 * East's French work is mostly in the technical queue, where every vendor's customers are less satisfied (a case
 * mix, not a gap); Tiny has too few conversations to say anything. Nothing else differs between cells.
 */
const CELLS: PlantedCell[] = [
  ...['north', 'south', 'east'].flatMap((vendor) =>
    LANGUAGES.map(
      (language): PlantedCell => ({
        vendor,
        language,
        conversations: 110,
        englishReplies: vendor === 'south' && language === 'de' ? 0.5 : 0,
        technicalShare: vendor === 'east' && language === 'fr' ? 0.8 : 0.25,
      }),
    ),
  ),
  { vendor: 'tiny', language: 'fr', conversations: 12 },
];

describe('GET /api/analytics/gaps on data with planted gaps', () => {
  let api: TestApi;
  let headers: Record<string, string>;
  const vendorIds: Record<string, string> = {};
  let gaps: GapsResponse;

  const cellOf = (metric: string, vendor: string, language: string): GapCellDto => {
    const cell = gaps.metrics.find((entry) => entry.metric === metric)?.cells.find((entry) => entry.vendorId === vendorIds[vendor] && entry.language === language);
    if (!cell) {
      throw new Error(`no ${metric} cell for ${vendor} × ${language}`);
    }
    return cell;
  };

  beforeAll(async () => {
    api = await createTestApi();
    for (const slug of ['north', 'south', 'east', 'tiny']) {
      vendorIds[slug] = (await seedVendor(api, { slug, name: slug[0]?.toUpperCase() + slug.slice(1) })).id;
    }
    headers = (await loginAs(api, 'admin')).headers;
    await ingestPlanted(api, headers, plantedData(20260301, MONTH, CELLS));
    gaps = await getOk(api, `/api/analytics/gaps?month=${MONTH}`, headers);
  }, 120_000);
  afterAll(() => api.close());

  it('flags the planted language-mismatch gap against both comparison groups, with sample sizes', () => {
    const cell = cellOf('languageMismatch', 'south', 'de');
    expect(cell.flagged).toBe(true);
    for (const comparison of [cell.vsOtherVendors, cell.vsOtherLanguages]) {
      expect(comparison).toMatchObject({ status: 'ok', flagged: true, intervalExcludesZero: true });
      expect(comparison.lower).toBeGreaterThan(0.2);
      expect(comparison.nA).toBeGreaterThanOrEqual(100);
      expect(comparison.nB).toBeGreaterThanOrEqual(100);
      expect(comparison.qValue).toBeLessThanOrEqual(0.05);
    }
    expect(gaps.flagged).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ metric: 'languageMismatch', vendorId: vendorIds['south'], language: 'de', comparison: 'other-vendors-same-language', worse: true }),
        expect.objectContaining({ metric: 'csat', vendorId: vendorIds['south'], language: 'de', worse: true }),
      ]),
    );
  });

  it('flags nothing worse anywhere else, and nothing at all on metrics where nothing was planted', () => {
    const worse = gaps.flagged.filter((gap) => gap.worse).map((gap) => `${gap.vendorId}|${gap.language}`);
    expect(new Set(worse)).toEqual(new Set([`${vendorIds['south']}|de`]));
    for (const metric of ['withinSla', 'responsiveness', 'asksOtherAgent']) {
      expect(gaps.flagged.filter((gap) => gap.metric === metric)).toEqual([]);
    }
  });

  it('does not blame a vendor for harder work: a case-mix difference is not a gap', () => {
    const eastFrench = cellOf('csat', 'east', 'fr');
    const northFrench = cellOf('csat', 'north', 'fr');
    expect(eastFrench.cell.status).toBe('ok');
    expect(northFrench.cell.status).toBe('ok');
    // The crude CSAT of East's French work is far lower, because most of it is technical…
    expect((northFrench.cell.estimate ?? 0) - (eastFrench.cell.estimate ?? 0)).toBeGreaterThan(10);
    // …but standardised to that mix, East does as well as the others.
    expect(eastFrench.vsOtherVendors.status).toBe('ok');
    expect(eastFrench.vsOtherVendors.flagged).toBe(false);
    expect(eastFrench.vsOtherVendors.lower).toBeLessThan(0);
    expect(eastFrench.vsOtherVendors.upper).toBeGreaterThan(0);
  });

  it('shows "not enough data" below the minimum sample, never a flag', () => {
    expect(gaps.minimumSample).toBe(30);
    for (const metric of gaps.metrics) {
      const tiny = metric.cells.find((cell) => cell.vendorId === vendorIds['tiny']);
      expect(tiny).toMatchObject({
        flagged: false,
        cell: { status: 'insufficient', estimate: null, n: 12 },
        vsOtherLanguages: { status: 'insufficient', flagged: false, difference: null },
        vsOtherVendors: { status: 'insufficient', flagged: false, difference: null },
      });
      // Which side lacked data, in the answer: the 12 conversations of the cell against the 30 it needs.
      expect(tiny?.vsOtherVendors.shortfall).toMatchObject({ reason: 'too-few-in-cell', cellN: 12, minimum: 30 });
    }
  });

  it('says which strata it standardised over and links each cell to its conversations', async () => {
    expect(gaps.strata).toEqual(['channel', 'queue', 'hour band']);
    const cell = cellOf('languageMismatch', 'south', 'de');
    expect(cell.vsOtherVendors.adjustedFor).toEqual(['channel', 'queue', 'hour band']);
    const list = await getOk(api, cell.conversations, headers);
    expect(list.total).toBe(110);
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.filter((item: { vendor: { id: string }; language: string }) => item.vendor.id !== vendorIds['south'] || item.language !== 'de')).toEqual([]);
  });
});
