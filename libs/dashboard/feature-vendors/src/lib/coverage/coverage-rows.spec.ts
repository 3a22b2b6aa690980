import type { CoverageCellDto, CoverageResponse, VendorProfileDto } from '@rapport/contracts';
import { conversationsText, toCoverageRows } from './coverage-rows';

const MINUS = '\u2212';
const thin = { status: 'insufficient', estimate: null, lower: null, upper: null, n: 0, method: 'wilson-score' } as const;
/** One hour of the week; only volume and the within-target counts matter here. */
const hour = (hourOfWeek: number, volume: number, n: number, within: number): CoverageCellDto => ({
  hourOfWeek,
  volume,
  firstResponseMedian: thin,
  withinSla: thin,
  withinSlaCounts: { n, within },
  csat: thin,
});
const vendor = (id: string, name: string) => ({ id, slug: id, name });
const closed: VendorProfileDto['businessHours'] = { sun: [], mon: [], tue: [], wed: [], thu: [], fri: [], sat: [] };
const office = [{ from: '08:00', to: '18:00' }];
const allDay = [{ from: '00:00', to: '24:00' }];
const profile = (id: string, businessHours: VendorProfileDto['businessHours']): VendorProfileDto => ({
  id,
  slug: id,
  name: id,
  country: 'DE',
  timeZone: 'Europe/Berlin',
  sites: [],
  businessHours,
  expectedFormality: {},
  holidays: [],
  createdAt: '2025-01-01T00:00:00.000Z',
});
const WEEKDAYS = { ...closed, mon: office, tue: office, wed: office, thu: office, fri: office };
const ALWAYS = { sun: allDay, mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay };

const row = (id: string, name: string, hours: CoverageCellDto[]) => ({
  vendor: vendor(id, name),
  businessHours: closed,
  timeZone: 'Europe/Berlin',
  hours,
  conversations: `/api/conversations?vendors=${id}`,
});

const RESPONSE: CoverageResponse = {
  minimumSample: 30,
  metricInfo: {},
  filters: { from: '2025-03-01', to: '2025-03-31', vendors: [], channels: [], languages: [], queues: [], sites: [] },
  rows: [
    // Monday 09:00 (hour 9) is promised; Monday 20:00 (hour 20) and Saturday 10:00 (5 × 24 + 10 = 130) are not.
    row('v-man', 'Manila Desk', [hour(9, 12, 10, 9), hour(20, 5, 5, 1)]),
    row('v-alp', 'Alpen Service', [hour(9, 50, 50, 45), hour(20, 40, 40, 8), hour(130, 10, 10, 5)]),
    row('v-and', 'Andes Support', [hour(9, 40, 40, 38), hour(130, 20, 20, 19)]),
    row('v-lis', 'Lisboa Contact', [hour(9, 70, 70, 60)]),
  ],
};

const PROFILES = [profile('v-alp', WEEKDAYS), profile('v-and', ALWAYS), profile('v-man', WEEKDAYS)];

describe('toCoverageRows', () => {
  const rows = toCoverageRows(RESPONSE, PROFILES);

  it('lists every vendor by name with its promise in words', () => {
    expect(rows.map((r) => [r.name, r.promise])).toEqual([
      ['Alpen Service', 'Mon–Fri 08:00–18:00: 50 of 168 hours a week'],
      ['Andes Support', 'Round the clock (24/7)'],
      ['Lisboa Contact', 'Opening hours not set'],
      ['Manila Desk', 'Mon–Fri 08:00–18:00: 50 of 168 hours a week'],
    ]);
  });

  it('sums the hourly counts inside and outside the promise and gives each share its 95% Wilson interval', () => {
    const alpen = rows[0];
    // Inside: hour 9 alone, 50 conversations, 45 of 50 within target = 90%.
    // Wilson, z = 1.96: centre (0.9 + 1.96²/100) / (1 + 1.96²/50) = 0.8715, half-width 1.96·√(0.9·0.1/50 + 1.96²/10000) / 1.0768 = 0.0851
    // → 78.6% to 95.7%.
    expect(alpen?.inside?.conversations).toBe(50);
    expect(alpen?.inside?.withinTarget).toBe('90.0% (78.6%–95.7%), n = 50');
    // Outside: hours 20 and 130, 40 + 10 = 50 conversations, (8 + 5) / (40 + 10) = 13 / 50 = 26% (not the mean of 20% and 50%).
    // Wilson: centre (0.26 + 0.0384) / 1.0768 = 0.2771, half-width 1.96·√(0.26·0.74/50 + 0.000384) / 1.0768 = 0.1184 → 15.9% to 39.6%.
    expect(alpen?.outside?.conversations).toBe(50);
    expect(alpen?.outside?.withinTarget).toBe('26.0% (15.9%–39.6%), n = 50');
    expect(conversationsText(alpen?.outside ?? null)).toBe('50');
  });

  it('says how much lower the share is outside the promise, with its 95% interval (Newcombe)', () => {
    // 26% − 90% = −64 pts; lower −64 − √((26 − 15.87)² + (95.65 − 90)²) = −64 − 11.60 = −75.6;
    // upper −64 + √((39.55 − 26)² + (90 − 78.64)²) = −64 + 17.68 = −46.3.
    expect(rows[0]?.difference).toBe(`64.0 pts lower outside promised hours (95% interval ${MINUS}75.6 pts to ${MINUS}46.3 pts)`);
  });

  it('has no hours outside a round-the-clock promise', () => {
    const andes = rows[1];
    // Every hour is promised: 40 + 20 = 60 conversations, (38 + 19) / 60 = 95%; Wilson 86.3% to 98.3%.
    expect(andes?.inside?.conversations).toBe(60);
    expect(andes?.inside?.withinTarget).toBe('95.0% (86.3%–98.3%), n = 60');
    expect(andes?.outside).toBeNull();
    expect(conversationsText(andes?.outside ?? null)).toBe('–');
    expect(andes?.difference).toBe('No hours outside the promise');
  });

  it('says "Not enough data" under 30 and does not compare then', () => {
    const manila = rows[3];
    expect(manila?.inside?.withinTarget).toBe('Not enough data, n = 10');
    expect(manila?.outside?.withinTarget).toBe('Not enough data, n = 5');
    expect(manila?.difference).toBe('Not enough data to compare (n = 10 inside, n = 5 outside)');
  });

  it('leaves the split out for a vendor whose opening hours are not known', () => {
    const lisboa = rows[2];
    expect(lisboa?.inside).toBeNull();
    expect(lisboa?.outside).toBeNull();
    expect(lisboa?.difference).toBe('Not known without opening hours');
  });
});
