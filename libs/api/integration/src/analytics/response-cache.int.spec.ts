import { RollupMaintainer } from '@rapport/api-analytics';
import { createTestApi, getJson, loginAs, seedVendor, TestApi } from '@rapport/api-testing';
import type { ComparisonResponse, GapsResponse, ScorecardResponse } from '@rapport/contracts';
import { getOk, ingestPlanted } from './analytics-setup';
import { plantedData } from './planted-data';

const MONTH = '2026-03';

const volumes = (scorecard: ScorecardResponse) => Object.fromEntries(scorecard.rows.map((row) => [row.vendor.slug, row.volume.current]));

/**
 * Scorecards, comparisons and gaps are answered from a cache keyed by the data version of the months they read: these
 * tests show that a cached answer is really reused, that every change to the rollups it reads (an import, a rebuild)
 * retires it while changes to other months do not, and that one caller's cached answer never reaches a caller with
 * another vendor scope.
 */
describe('cached analytics answers', () => {
  let api: TestApi;
  let admin: Record<string, string>;
  const vendorIds: Record<string, string> = {};

  /** Moves the stored monthly rollups behind the cache's back (no version change), to see whether it answers. */
  const shiftVendorVolumes = (by: number) =>
    api.dataSource.query(`UPDATE analytics_monthly_rollups SET n = n + ${by} WHERE grain = 'vendor' AND month = '${MONTH}'`);

  beforeAll(async () => {
    api = await createTestApi();
    for (const slug of ['north', 'south']) {
      vendorIds[slug] = (await seedVendor(api, { slug, name: slug.toUpperCase() })).id;
    }
    admin = (await loginAs(api, 'admin')).headers;
    await ingestPlanted(
      api,
      admin,
      plantedData(31, MONTH, [
        { vendor: 'north', language: 'de', conversations: 40 },
        { vendor: 'north', language: 'en', conversations: 40 },
        { vendor: 'south', language: 'de', conversations: 40 },
        { vendor: 'south', language: 'en', conversations: 40 },
      ]),
    );
  }, 180_000);
  afterAll(() => api.close());

  it('answers a repeated question from the cache, and anew after an import that changes the data', async () => {
    const scorecardPath = `/api/analytics/scorecard?month=${MONTH}`;
    const comparePath = `/api/analytics/compare?month=${MONTH}&vendors=north,south`;
    const gapsPath = `/api/analytics/gaps?month=${MONTH}`;
    const before = { scorecard: await getOk(api, scorecardPath, admin), compare: await getOk(api, comparePath, admin), gaps: await getOk(api, gapsPath, admin) };
    expect(volumes(before.scorecard)).toEqual({ north: 80, south: 80 });

    // A caller holding this answer already is told so, without the body (as a browser revalidating its copy asks;
    // fetch() alone would add `Cache-Control: no-cache` to a conditional request).
    const etag = (await fetch(api.url + scorecardPath, { headers: admin })).headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    const revalidated = await fetch(api.url + scorecardPath, { headers: { ...admin, 'if-none-match': etag, 'cache-control': 'max-age=0' } });
    expect(revalidated.status).toBe(304);

    // With the rollups changed behind its back, the same question still gets the cached answer…
    await shiftVendorVolumes(1_000);
    expect(await getOk(api, scorecardPath, admin)).toEqual(before.scorecard);
    // …while a question not asked before reads the rollups as they are.
    expect(volumes(await getOk(api, `${scorecardPath}&minSample=20`, admin))).toEqual({ north: 1_080, south: 1_080 });
    await shiftVendorVolumes(-1_000);

    // South's French customers arrive: every answer about March changes.
    await ingestPlanted(api, admin, plantedData(32, MONTH, [{ vendor: 'south', language: 'fr', conversations: 40, englishReplies: 0.5 }]));
    const after: { scorecard: ScorecardResponse; compare: ComparisonResponse; gaps: GapsResponse } = {
      scorecard: await getOk(api, scorecardPath, admin),
      compare: await getOk(api, comparePath, admin),
      gaps: await getOk(api, gapsPath, admin),
    };
    expect(volumes(after.scorecard)).toEqual({ north: 80, south: 120 });
    expect(after.compare.vendors.map((vendor) => [vendor.slug, vendor.volume])).toEqual([
      ['north', 80],
      ['south', 120],
    ]);
    expect(before.gaps.languages).toEqual(['de', 'en']);
    expect(after.gaps.languages).toEqual(['de', 'en', 'fr']);
  }, 180_000);

  it('answers anew after the rollups are rebuilt', async () => {
    const path = `/api/analytics/scorecard?month=${MONTH}&minSample=10`;
    // An answer computed from rollups that were changed behind the cache's back is cached like any other…
    await shiftVendorVolumes(500);
    expect(volumes(await getOk(api, path, admin))).toEqual({ north: 580, south: 620 });
    // …until a rebuild recomputes every rollup from the facts, which retires every cached answer.
    await api.dataSource.transaction((manager) => api.app.get(RollupMaintainer).rebuild(manager));
    expect(volumes(await getOk(api, path, admin))).toEqual({ north: 80, south: 120 });
  });

  it('never gives a caller an answer cached for another vendor scope', async () => {
    const south = (await loginAs(api, 'partner', vendorIds['south'])).headers;
    const north = (await loginAs(api, 'partner', vendorIds['north'])).headers;
    const gapsPath = `/api/analytics/gaps?month=${MONTH}`;
    // The administrator's answers are cached first: both vendors, and south ranked among both.
    const everyone: GapsResponse = await getOk(api, gapsPath, admin);
    expect(everyone.vendors.map((vendor) => vendor.slug).sort()).toEqual(['north', 'south']);
    const southForAdmin: ScorecardResponse = await getOk(api, `/api/analytics/scorecard?month=${MONTH}&vendors=south`, admin);
    expect(southForAdmin.rows[0]?.metrics.overall.rankedAmong).toBe(2);
    const compared: ComparisonResponse = await getOk(api, `/api/analytics/compare?month=${MONTH}&vendors=north,south`, admin);
    expect(compared.vendors).toHaveLength(2);

    for (const [slug, headers] of [['south', south], ['north', north]] as const) {
      const gaps: GapsResponse = await getOk(api, gapsPath, headers);
      expect(gaps.vendors.map((vendor) => vendor.slug)).toEqual([slug]);
      expect(new Set(gaps.metrics.flatMap((metric) => metric.cells.map((cell) => cell.vendorId)))).toEqual(new Set([vendorIds[slug]]));
      const scorecard: ScorecardResponse = await getOk(api, `/api/analytics/scorecard?month=${MONTH}`, headers);
      expect(scorecard.rows.map((row) => row.vendor.slug)).toEqual([slug]);
      expect(scorecard.rows[0]?.metrics.overall.rankedAmong).toBe(1);
      if (slug === 'south') {
        // Word for word the administrator's question, with the same period and vendor: ranked only among the vendors
        // this caller may see all the same.
        const named: ScorecardResponse = await getOk(api, `/api/analytics/scorecard?month=${MONTH}&vendors=south`, headers);
        expect(named.rows[0]?.metrics.overall.rankedAmong).toBe(1);
      }
      expect((await getJson(api, `/api/analytics/compare?month=${MONTH}&vendors=north,south`, headers)).status).toBe(404);
    }
    expect(await getOk(api, gapsPath, admin)).toEqual(everyone);
  });

  it('keeps answers about a month while data for a later month arrives, and retires the answers that read the month written', async () => {
    const march = `/api/analytics/scorecard?month=${MONTH}&minSample=12`;
    const marchGaps = `/api/analytics/gaps?month=${MONTH}&minSample=12`;
    const april = '/api/analytics/scorecard?month=2026-04&minSample=12';
    const before = { scorecard: await getOk(api, march, admin), gaps: await getOk(api, marchGaps, admin) };
    expect(volumes(before.scorecard)).toEqual({ north: 80, south: 120 });
    await shiftVendorVolumes(1_000);

    // April's conversations arrive: what was said about March still holds and is answered from the cache…
    await ingestPlanted(api, admin, plantedData(33, '2026-04', [{ vendor: 'north', language: 'de', conversations: 40 }]));
    expect(await getOk(api, march, admin)).toEqual(before.scorecard);
    expect(await getOk(api, marchGaps, admin)).toEqual(before.gaps);
    // …while April's scorecard is computed now, reading March (its previous month) as the rollups hold it.
    const aprilScorecard: ScorecardResponse = await getOk(api, april, admin);
    expect(aprilScorecard.rows.map((row) => [row.vendor.slug, row.volume.current, row.volume.previousMonth])).toEqual([['north', 40, 1_080]]);
    await shiftVendorVolumes(-1_000);

    // More of March arrives: March's answers and April's (which compares with March) are computed anew.
    await ingestPlanted(api, admin, plantedData(34, MONTH, [{ vendor: 'north', language: 'fr', conversations: 40 }]));
    expect(volumes(await getOk(api, march, admin))).toEqual({ north: 120, south: 120 });
    const frenchCells = (answer: GapsResponse) => (answer.metrics[0]?.cells ?? []).filter((cell) => cell.language === 'fr').map((cell) => cell.vendorId).sort();
    expect(frenchCells(before.gaps)).toEqual([vendorIds['south']]);
    expect(frenchCells(await getOk(api, marchGaps, admin))).toEqual([vendorIds['north'], vendorIds['south']].sort());
    const aprilAgain: ScorecardResponse = await getOk(api, april, admin);
    expect(aprilAgain.rows.map((row) => [row.vendor.slug, row.volume.current, row.volume.previousMonth])).toEqual([['north', 40, 120]]);
  }, 180_000);
});
