import { DemoDataSeeder } from '@rapport/api-demo';
import { DEMO_VENDORS } from '@rapport/demo-data';
import { createTestApi, loginAs, TestApi } from '@rapport/api-testing';
import type { GapsResponse, ScorecardResponse } from '@rapport/contracts';
import { getOk, scored } from './analytics-setup';

// Loads the whole demo data set (a year of five vendors) before asking the product about it.
jest.setTimeout(900_000);

/**
 * The demo data plants three effects (libs/demo-data demo-vendors.ts): Manila Desk answers a third of its German,
 * French and Swedish customers in English (englishFallback 0.35 against 0.02–0.05 elsewhere), Alpen Service is
 * curt (curtness 0.22 against 0.04–0.08) and the slowest (9 minutes), open 08–18 on weekdays only: its customers who
 * write at night or at the weekend wait for the opening. The product must find all three with its own statistics.
 */
describe('the demo data’s planted effects are found by the product', () => {
  let api: TestApi;
  let admin: Record<string, string>;
  let period: string;

  beforeAll(async () => {
    api = await createTestApi();
    const now = new Date();
    await api.app.get(DemoDataSeeder).seed(now);
    await scored(api);
    admin = (await loginAs(api, 'admin')).headers;
    const month = (back: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)).toISOString().slice(0, 7);
    period = `from=${month(3)}&to=${month(1)}`;
  });
  afterAll(() => api.close());

  it("flags Manila Desk's English answers to non-English customers as a language gap", async () => {
    const gaps: GapsResponse = await getOk(api, `/api/analytics/gaps?${period}&metrics=languageMismatch`, admin);
    const manila = gaps.flagged.filter((flag) => flag.vendorId === gaps.vendors.find((vendor) => vendor.slug === 'manila-desk')?.id && flag.worse);
    expect(new Set(manila.map((flag) => flag.language))).toEqual(new Set(['de', 'fr', 'sv']));
  });

  it('compares Spanish with other vendors (coarser case mix where the finest leaves too little overlap) and says why Slovenian cannot be', async () => {
    const month = period.slice(period.indexOf('to=') + 3);
    for (const asked of [period, `from=${month}&to=${month}`]) {
      const gaps: GapsResponse = await getOk(api, `/api/analytics/gaps?${asked}&metrics=overall`, admin);
      const id = (slug: string) => gaps.vendors.find((vendor) => vendor.slug === slug)?.id;
      const cells = gaps.metrics[0].cells;
      for (const slug of ['lisboa-contact', 'andes-support']) {
        const spanish = cells.find((cell) => cell.vendorId === id(slug) && cell.language === 'es');
        expect(spanish?.vsOtherVendors).toMatchObject({ status: 'ok', shortfall: null });
        // Dimensions are dropped from the finest end: channel × queue, channel, or none.
        const adjustedFor = spanish?.vsOtherVendors.adjustedFor ?? [];
        expect(adjustedFor).toEqual(['channel', 'queue', 'hour band'].slice(0, adjustedFor.length));
      }
      // Only Alpen Service serves Slovenian: nobody to compare it with.
      const slovenian = cells.find((cell) => cell.vendorId === id('alpen-service') && cell.language === 'sl');
      expect(slovenian?.vsOtherVendors.status).toBe('insufficient');
      expect(slovenian?.vsOtherVendors.shortfall).toMatchObject({ reason: 'too-few-in-reference', referenceN: 0, minimum: 30 });
      expect(slovenian?.vsOtherVendors.shortfall?.cellN).toBe(slovenian?.cell.n);
      // Flagged gaps come largest first.
      const sizes = gaps.flagged.map((flag) => Math.abs(flag.difference));
      expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    }
  });

  it('ranks Alpen Service last on courtesy', async () => {
    const card: ScorecardResponse = await getOk(api, `/api/analytics/scorecard?${period}`, admin);
    const lastMonth = card.months[card.months.length - 1];
    const rows = card.rows.filter((row) => row.month === lastMonth);
    expect(rows.map((row) => row.vendor.slug).sort()).toEqual(DEMO_VENDORS.map((vendor) => vendor.slug).sort());
    const alpen = rows.find((row) => row.vendor.slug === 'alpen-service');
    expect(alpen?.metrics.courtesy.rank).toBe(rows.length);
  });

  it("shows the coverage gap of Alpen Service, closed at night and at the weekend, in the last month", async () => {
    const card: ScorecardResponse = await getOk(api, `/api/analytics/scorecard?${period}`, admin);
    const lastMonth = card.months[card.months.length - 1];
    const rows = card.rows.filter((row) => row.month === lastMonth);
    const bySlug = new Map(rows.map((row) => [row.vendor.slug, row.metrics]));
    const alpen = bySlug.get('alpen-service');
    // Weekend: no answer in time (the desk opens on Monday), clearly below every desk staffed at the weekend.
    const weekend = alpen?.weekendCoverage.current;
    expect(weekend?.status).toBe('ok');
    for (const open of ['lisboa-contact', 'andes-support', 'manila-desk']) {
      const other = bySlug.get(open)?.weekendCoverage.current;
      expect(other?.status).toBe('ok');
      expect(weekend?.upper).toBeLessThan(other?.lower ?? 0);
    }
    // After hours (18–08): far below the desk's own figure within SLA over the whole week.
    const afterHours = alpen?.afterHoursCoverage.current;
    expect(afterHours?.status).toBe('ok');
    expect(afterHours?.upper).toBeLessThan(alpen?.withinSla.current.lower ?? 0);
  });
});
